// Glob patterns for the corpus setting ("seeds/**/*.txt", "{news,notes}/*.md", "a/[!_]*.txt"), matched without
// regular expressions. A regex built from a glob backtracks exponentially on patterns such as
// `*a*a*a*a*a*a*a*b`, and patterns come from settings a person types, so every step here is bounded:
// braces expand to at most MAX_ALTERNATIVES patterns, `*` within a name is matched with the two-pointer
// wildcard algorithm (O(name × pattern)), and `**` across folders with a table over (pattern part, path part).

/** Most patterns brace expansion may produce; `{a,b}{c,d}…` multiplies quickly. */
export const MAX_ALTERNATIVES = 1024;
const MAX_PATTERN_LENGTH = 4096;

type Token =
  | { kind: 'char'; ch: string }
  | { kind: 'one' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; ranges: Array<[number, number]> };

/** One folder level of a pattern: `**` (any number of folders) or a name pattern. */
type Part = 'globstar' | Token[];

/** One alternative of a pattern after brace expansion: a literal folder to start from and the rest. */
export interface GlobBranch {
  /** The literal leading folders, '/'-separated as written ("seeds", "../notes", "/abs/dir"), or "" for none. */
  base: string;
  /** Whether a '/'-separated path relative to `base` matches the rest of the pattern. */
  matches(relToBase: string): boolean;
  /** Whether a folder at this path relative to `base` could hold a match (or is one). */
  mayContain(relToBase: string): boolean;
}

export interface Glob {
  pattern: string;
  /** The literal folder all branches share ("seeds" for "seeds/**\/*.txt"). */
  base: string;
  branches: GlobBranch[];
  /** Whether a '/'-separated path relative to the folder the pattern is relative to matches. */
  match(relPath: string): boolean;
}

/** Whether a string uses glob syntax at all (otherwise it is a plain path). */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function compileGlob(pattern: string): Glob | { error: string } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { error: `pattern ${short(pattern)} is longer than ${MAX_PATTERN_LENGTH} characters` };
  const expanded = expandBraces(pattern);
  if ('error' in expanded) return { error: `${expanded.error} in pattern ${short(pattern)}` };
  const branches: GlobBranch[] = [];
  for (const alt of expanded.list) {
    const b = compileBranch(alt);
    if ('error' in b) return { error: `${b.error} in pattern ${short(pattern)}` };
    branches.push(b);
  }
  const base = commonBase(branches.map(b => b.base));
  return {
    pattern, base, branches,
    match: rel => {
      const segs = splitPath(rel);
      return branches.some(b => {
        const baseSegs = splitPath(b.base);
        if (b.base.startsWith('/') || baseSegs.length > segs.length || baseSegs.some((s, i) => s !== segs[i])) return false;
        return b.matches(segs.slice(baseSegs.length).join('/'));
      });
    },
  };
}

function short(pattern: string): string {
  return JSON.stringify(pattern.length > 80 ? pattern.slice(0, 77) + '...' : pattern);
}

/** Expands `{a,b}` (nested too) into separate patterns; a `}` or `,` outside braces is literal. */
function expandBraces(s: string): { list: string[] } | { error: string } {
  const open = s.indexOf('{');
  if (open < 0) return { list: [s] };
  let depth = 0, close = -1;
  const commas: number[] = [];
  for (let i = open; i < s.length && close < 0; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) close = i;
    else if (s[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return { error: `unclosed { at character ${open + 1}` };
  const parts: string[] = [];
  let from = open + 1;
  for (const c of [...commas, close]) { parts.push(s.slice(from, c)); from = c + 1; }
  const head = s.slice(0, open);
  const tails = expandBraces(s.slice(close + 1));
  if ('error' in tails) return { error: offsetError(tails.error, close + 1) };
  const list: string[] = [];
  for (const part of parts) {
    const inner = expandBraces(part);
    if ('error' in inner) return { error: offsetError(inner.error, open + 1) };
    if (list.length + inner.list.length * tails.list.length > MAX_ALTERNATIVES) return { error: `braces expand to more than ${MAX_ALTERNATIVES} patterns` };
    for (const a of inner.list) for (const t of tails.list) list.push(head + a + t);
  }
  return { list };
}

/** Keeps "at character N" counting from the start of the whole pattern when a piece of it is expanded. */
function offsetError(error: string, by: number): string {
  return error.replace(/at character (\d+)/, (_m, n: string) => `at character ${Number(n) + by}`);
}

function splitPath(p: string): string[] {
  return p.split('/').filter(s => s !== '' && s !== '.');
}

function compileBranch(alt: string): GlobBranch | { error: string } {
  const absolute = alt.startsWith('/');
  const segs = splitPath(alt);
  const parts: Part[] = [];
  for (const seg of segs) {
    if (seg === '**') { if (parts[parts.length - 1] !== 'globstar') parts.push('globstar'); continue; }
    const tokens = tokenize(seg);
    if ('error' in tokens) return tokens;
    parts.push(tokens);
  }
  // The base is the run of literal folders before the first wildcard; the last part (the file name) stays
  // in the pattern even when literal, so that `matches` always has something to check.
  let n = 0;
  while (n < parts.length - 1 && isLiteral(parts[n])) n++;
  const base = (absolute ? '/' : '') + segs.slice(0, n).join('/');
  const rest = parts.slice(n);
  return {
    base,
    matches: rel => matchParts(rest, splitPath(rel), false),
    mayContain: rel => matchParts(rest, splitPath(rel), true),
  };
}

function isLiteral(part: Part): boolean {
  return part !== 'globstar' && part.every(t => t.kind === 'char');
}

function commonBase(bases: string[]): string {
  const split = bases.map(b => b.split('/'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every(s => s[n] === first[n])) n++;
  return first.slice(0, n).join('/') || (bases.every(b => b.startsWith('/')) && bases.length ? '/' : '');
}

/** The tokens of one folder level; `**` inside a longer name counts as `*`. */
function tokenize(seg: string): Token[] | { error: string } {
  const chars = Array.from(seg);
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') { if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' }); }
    else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[') {
      let j = i + 1;
      const negate = chars[j] === '!' || chars[j] === '^';
      if (negate) j++;
      const ranges: Array<[number, number]> = [];
      // A ']' right after the opening bracket is a member, as in shells.
      for (let first = true; j < chars.length && (first || chars[j] !== ']'); j++, first = false) {
        const lo = chars[j].codePointAt(0)!;
        if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') { ranges.push([lo, chars[j + 2].codePointAt(0)!]); j += 2; }
        else ranges.push([lo, lo]);
      }
      if (j >= chars.length) return { error: `unclosed [ in ${JSON.stringify(seg)}` };
      tokens.push({ kind: 'class', negate, ranges });
      i = j;
    } else tokens.push({ kind: 'char', ch: c });
  }
  return tokens;
}

function matchOne(t: Token, ch: string): boolean {
  if (t.kind === 'char') return t.ch === ch;
  if (t.kind === 'one') return true;
  if (t.kind === 'class') {
    const cp = ch.codePointAt(0)!;
    return t.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) !== t.negate;
  }
  return false;
}

/** Two-pointer wildcard match: on a mismatch, retry from the last `*` with it taking one more character. */
function matchName(tokens: readonly Token[], name: string): boolean {
  const s = Array.from(name);
  let p = 0, i = 0, starP = -1, starI = 0;
  while (i < s.length) {
    const t = tokens[p];
    if (t && t.kind === 'star') { starP = p++; starI = i; }
    else if (t && matchOne(t, s[i])) { p++; i++; }
    else if (starP >= 0) { p = starP + 1; i = ++starI; }
    else return false;
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

/**
 * Whether path parts match pattern parts, filling a table of reachable (pattern part, path part) states:
 * O(parts × path parts) name matches. With `prefix`, the path may stop early (a folder that could hold a match).
 */
function matchParts(parts: readonly Part[], segs: readonly string[], prefix: boolean): boolean {
  const P = parts.length, N = segs.length;
  // reach[i * (N + 1) + j]: pattern parts before i have consumed path parts before j.
  const reach = new Uint8Array((P + 1) * (N + 1));
  reach[0] = 1;
  for (let i = 0; i <= P; i++) {
    for (let j = 0; j <= N; j++) {
      if (!reach[i * (N + 1) + j]) continue;
      if (j === N && (i === P || prefix)) return true;
      if (i === P) continue;
      const part = parts[i];
      if (part === 'globstar') {
        reach[(i + 1) * (N + 1) + j] = 1;
        if (j < N) reach[i * (N + 1) + j + 1] = 1;
      } else if (j < N && matchName(part, segs[j])) reach[(i + 1) * (N + 1) + j + 1] = 1;
    }
  }
  return false;
}
