import { Token } from '../types';
import type { NameMention } from './names';
import { HONORIFICS } from '../lexicon/roles';
import { SAYING_VERBS, isAnyTitleWord, isTitleHead, mention } from './ner-words';
import { looksLikeVerb } from './negation';

// "Bupati Batu Lintang, Hendra Wiratmaja, menetapkan …", "Kapolres Batu Lintang, AKBP Dedi Kurniawan, …": news
// copy writes an office with what it is of, then its holder's name after a comma. The name the title runs into is
// then the place or body the office is of, not a person; the person is the name after the comma, and the office is
// theirs. "Perdana Menteri Pakistan, Shehbaz Sharif" was read so for known places only (ner-combine.ts roleBefore):
// a regency or a town of a local story is known to no list.

/** Words that go on with a list of names: "Presiden Joko Widodo, Prabowo Subianto, dan …" names three people. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['dan', 'serta', 'atau', 'and', 'or']);

/** Whether the names after `b` go on as a list: a joining word, or a comma before a joining word or another name. */
function listGoesOn(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (!next) return false;
  if (LIST_JOINERS.has(next.norm)) return true;
  const then = tokens[after + 1];
  return next.text === ',' && !!then && (LIST_JOINERS.has(then.norm) || then.cap);
}

/**
 * Whether a one-word "place" after the comma is the subject of a verb right after it, or after its own closing comma:
 * "Kepala Desa Pasir Jambu, Sutrisno, menuturkan …" (the tagger reads a word after a comma in a run of places as one).
 */
function actsAfter(tokens: readonly Token[], b: NameMention): boolean {
  if (b.words.length !== 1) return false;
  let i = tokens.findIndex(t => t.start >= b.end);
  if (tokens[i]?.text === ',') i++;
  const verb = tokens[i]?.norm ?? '';
  return SAYING_VERBS.has(verb) || looksLikeVerb(verb);
}


/** A degree or a form of address before a holder's name: "Direktur RSUD Lubuk Seranai, dr. Maya Kusumawati". */
const BEFORE_HOLDER: ReadonlySet<string> = new Set([...HONORIFICS, 'dr', 'drs', 'dra', 'ir', 'prof', 'kh']);

/** Whether a word is such a degree or form of address. */
export const beforeHolder = (norm: string): boolean => BEFORE_HOLDER.has(norm);

/** The token after a degree or a form of address (and its full stop) at token i, or i. */
function afterHonorific(tokens: readonly Token[], i: number): number {
  if (!BEFORE_HOLDER.has(tokens[i]?.norm ?? '')) return i;
  return tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
}

/** How many title words may stand before a body's name: "Kepala Pelaksana Harian BPBD …". */
const TITLE_REACH = 4;

/**
 * The title right before a body or a place ("Kepala" of "Kepala Disdag Bukit Sungkai, Rosmawati Lubis"), reaching
 * through the body's name: the office is of the body, and the person after the comma holds it. Undefined when no
 * title head stands right before it.
 */
function titleBefore(tokens: readonly Token[], m: NameMention): { start: number; end: number; text: string } | undefined {
  const at = tokens.findIndex(t => t.start === m.start);
  let k = at;
  while (k > 0 && at - k < TITLE_REACH && tokens[k - 1].kind === 'word' && isAnyTitleWord(tokens[k - 1].norm)) k--;
  if (k === at || !tokens.slice(k, at).some(t => isTitleHead(t.norm))) return undefined;
  return { start: tokens[k].start, end: tokens[at - 1].end, text: tokens.slice(k, at).map(t => t.text).join(' ') };
}

/**
 * A title that opens a name read as one ("Kapolsek Bagarih Hulu" as a body or an unknown kind): its title words, and
 * the rest as a place. Undefined when no title head opens it or nothing is left after the title.
 */
function titleInside(tokens: readonly Token[], m: NameMention): { title: { start: number; end: number; text: string }; rest: NameMention } | undefined {
  const from = tokens.findIndex(t => t.start === m.start);
  let k = from;
  while (k < tokens.length && tokens[k].end <= m.end && tokens[k].kind === 'word' && isAnyTitleWord(tokens[k].norm)) k++;
  const to = tokens.findIndex(t => t.start >= m.end), end = to < 0 ? tokens.length : to;
  if (from < 0 || k === from || k >= end || !tokens.slice(from, k).some(t => isTitleHead(t.norm))) return undefined;
  const title = { start: tokens[from].start, end: tokens[k - 1].end, text: tokens.slice(from, k).map(t => t.text).join(' ') };
  return { title, rest: mention(tokens.slice(k, end), 'place') };
}

/**
 * The sentence's names with each titled "person" that a person's name follows after a comma read as what the title
 * is of: a place, its title moved, with it, to the person after the comma (who keeps a title of their own). A body
 * with a title before it ("Kepala Disdag Bukit Sungkai, Rosmawati Lubis") gives the person the title the same way.
 */
export function titledAppositions(tokens: readonly Token[], names: readonly NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k], b = names[k + 1];
    if (b.kind !== 'person' && b.kind !== 'other' && !(b.kind === 'place' && actsAfter(tokens, b))) continue;
    // The comma first: most pairs of names have none between them, and the title is read only where they do.
    const comma = tokens.findIndex(t => t.start >= a.end);
    if (comma < 0 || tokens[comma].text !== ',' || tokens[afterHonorific(tokens, comma + 1)]?.start !== (b.role?.start ?? b.start)) continue;
    // A title the tagger kept inside the name ("Kapolsek Bagarih Hulu" read as one body) opens it the same way.
    const inside = a.kind === 'person' && a.role ? undefined : titleInside(tokens, a);
    const title = inside?.title ?? (a.kind === 'person' ? a.role : titleBefore(tokens, a));
    if (!title) continue;
    const after = tokens.findIndex(t => t.start >= b.end);
    if (after >= 0 && listGoesOn(tokens, after)) continue;
    out ??= [...names];
    const place = inside?.rest ?? a;
    if (a.kind === 'person' || inside) out[k] = { ...place, kind: 'place', role: undefined };
    out[k + 1] = b.role ? b : { ...b, kind: 'person', role: { start: title.start, end: a.end, text: `${title.text} ${place.text}` } };
  }
  return out ?? (names as NameMention[]);
}
