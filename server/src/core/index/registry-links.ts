import { aliasKey } from '../lexicon/aliases';
import type { Entity } from './entity-types';
import type { DocNames } from './registry-parts';
import { takesPartialNames } from './partial-names';

// What ties the registry's name groups together (registry.ts). The merges after folding join groups only through
// a shared key (dropSharedParts, absorb), an acronym a document defines after a name, an acronym and a longer name
// with its initials, and a one-word name and a longer name that starts or ends with it. Groups tied by none of
// these, directly or through others, never touch each other's entities: the registry splits into independent
// components. An update that refolds a few groups builds again only the components they were in or now join, and
// keeps every other entity as the last build made it (a file added to 10 MB of sources merged all 60,000 names
// again, 60-100 ms, for the dozen a file names).
//
// A group's links are tokens: `k` a key; `W` the word of a one-word name that may join a longer name (a person or
// an untyped name), `w` the first or last word of a longer name that takes such parts; `V` and `v` the same for
// names whose kind (a place, an organisation) keeps them out of those merges unless an acronym merge makes them a
// person; `I` a name that looks like an acronym, `i` a longer name's initials. Groups holding the same `k` token
// are tied; an `I` ties with the `I` and `i` holders of the same letters; the parts and the longer names of one
// word are tied when there are both. Two longer names sharing a first word are not tied by it, nor is a place
// named by one word ("Indonesia") to every longer name that ends with it, unless an acronym can make it a person.

/** A name that may stand for the initials of a longer one (mergeAcronyms). */
export const ACRONYM_NAME = /^[A-Z]{2,6}$/;

const STOP_INITIALS = /^(?:dan|of|and|the|de|der|von)$/;

function initials(words: string[]): string {
  return words.flatMap(w => w.split('-')).filter(w => w.length > 0 && !STOP_INITIALS.test(w)).map(w => w[0]).join('');
}

/**
 * A name's lower-case words, and its initials once asked for, worked out once per name: an update builds the
 * registry again from mostly the same names, and splitting them all again was a tenth of it.
 */
interface NameShape { words: string[]; initials?: string }
const shapes = new Map<string, NameShape>();
export function shapeOf(name: string): NameShape {
  let s = shapes.get(name);
  if (!s) {
    if (shapes.size > 500_000) shapes.clear();
    s = { words: name.toLowerCase().split(' ') };
    shapes.set(name, s);
  }
  return s;
}

export function initialsOf(name: string): string {
  const s = shapeOf(name);
  return (s.initials ??= initials(s.words));
}

/** The tokens of a group's folded entity (none for a group that founds no entity). */
export function tokensOf(e: Entity | undefined, out: string[] = []): string[] {
  if (!e) return out;
  for (const k of e.keys) out.push('k' + k);
  if (!e.name.includes(' ')) {
    out.push((e.kind === 'place' || e.kind === 'organization' ? 'V' : 'W') + e.name.toLowerCase());
    if (ACRONYM_NAME.test(e.name)) out.push('I' + e.name.toLowerCase());
  } else {
    const words = shapeOf(e.name).words, first = words[0], last = words[words.length - 1];
    // As a person it would take parts (not "Olimpiade Tokyo"): as itself, or once an acronym merge makes it one.
    const part = takesPartialNames(e.kind, words) ? 'w' : takesPartialNames('person', words) ? 'v' : undefined;
    if (part) {
      out.push(part + first);
      if (last !== first) out.push(part + last);
    }
    out.push('i' + initialsOf(e.name));
  }
  return out;
}

const WORD_TOKEN = /^[WVwv]/;

/** An acronym a document defines after a name, as the merges read it: two keys looked up (EntityRegistry.lookup). */
export interface AcronymPair { acronym: string; key: string }

/** The keys the registry may find a pair's two names under. */
export function pairTokens(p: AcronymPair, out: string[] = []): string[] {
  for (const x of [p.acronym, p.key]) {
    const alias = aliasKey(x);
    if (alias !== undefined && alias !== x) out.push('k' + alias);
    out.push('k' + x);
  }
  return out;
}

/** Which groups hold each token. Never changed once made: an update makes a new index over the one before. */
export class LinkIndex {
  /** `delta`: the tokens whose holders changed since `base` was made (a token with none has an empty list). */
  private constructor(private readonly base: Map<string, readonly string[]>, private readonly delta: Map<string, readonly string[]>) {}

  /** The index of every group with an entity, in the groups' order. */
  static of(groups: Iterable<[string, { entity: Entity | undefined }]>): LinkIndex {
    const base = new Map<string, string[]>(), tokens: string[] = [];
    for (const [key, g] of groups) {
      tokens.length = 0;
      for (const t of tokensOf(g.entity, tokens)) {
        const list = base.get(t);
        if (list) { if (list[list.length - 1] !== key) list.push(key); } else base.set(t, [key]);
      }
    }
    return new LinkIndex(base, new Map());
  }

  holders(token: string): readonly string[] {
    return this.delta.get(token) ?? this.base.get(token) ?? [];
  }

  /**
   * The index after the groups under `keys` changed from their entity `before` to `after` (either may be
   * undefined). Changes are kept apart from the shared base until they reach a quarter of its size.
   */
  updated(keys: Iterable<string>, before: (key: string) => Entity | undefined, after: (key: string) => Entity | undefined): LinkIndex {
    const delta = new Map(this.delta);
    for (const key of keys) {
      const was = new Set(tokensOf(before(key))), is = new Set(tokensOf(after(key)));
      for (const t of was) if (!is.has(t)) delta.set(t, (delta.get(t) ?? this.base.get(t) ?? []).filter(k => k !== key));
      for (const t of is) {
        if (was.has(t)) continue;
        const list = delta.get(t) ?? this.base.get(t) ?? [];
        if (!list.includes(key)) delta.set(t, [...list, key]);
      }
    }
    if (delta.size <= this.base.size / 4) return new LinkIndex(this.base, delta);
    const base = new Map(this.base);
    for (const [t, list] of delta) if (list.length) base.set(t, list); else base.delete(t);
    return new LinkIndex(base, new Map());
  }
}

/** Where a document's acronym pair stands: its document's place and the pair's place among that document's. */
export interface PairRef { doc: number; at: number }

/** Every acronym pair of the documents, by token (a few thousand at 10 MB of sources: made anew each update). */
export function pairIndex(docs: readonly DocNames[]): Map<string, PairRef[]> {
  const out = new Map<string, PairRef[]>(), tokens: string[] = [];
  for (let doc = 0; doc < docs.length; doc++) {
    docs[doc].acronyms.forEach((p, at) => {
      tokens.length = 0;
      for (const t of pairTokens(p, tokens)) {
        const list = out.get(t);
        if (list) list.push({ doc, at }); else out.set(t, [{ doc, at }]);
      }
    });
  }
  return out;
}

/**
 * The groups whose entities an update must build again: every group tied, directly or through others, to a group
 * that changed (as it was or as it is) or to an acronym pair a changed document defined (before or now), and the
 * acronym pairs among them in document order. Undefined once more than `limit` groups are reached: building
 * everything again is then as quick.
 */
export function affectedGroups(
  changed: Iterable<string>, before: (key: string) => Entity | undefined, after: (key: string) => Entity | undefined,
  changedPairs: Iterable<AcronymPair>, links: LinkIndex, docs: readonly DocNames[], pairs: Map<string, PairRef[]>, limit: number,
): { groups: Set<string>; pairs: PairRef[] } | undefined {
  const groups = new Set<string>(), seenTokens = new Set<string>(), stack: string[] = [];
  const seenPairs = new Set<PairRef>();
  const visit = (key: string) => {
    if (groups.has(key)) return;
    groups.add(key);
    tokensOf(after(key), stack);
  };
  // What the changed groups and pairs were or are: a word's parts and longer names, an acronym, keys in pairs. The
  // present index no longer has what they were, and they may have tied groups that are no longer tied.
  const startTokens = new Set<string>(), changedPairTokens = new Set<string>(), changedKeys = new Set<string>();
  for (const key of changed) {
    groups.add(key);
    changedKeys.add(key);
    for (const t of [...tokensOf(before(key)), ...tokensOf(after(key))]) { stack.push(t); startTokens.add(t); }
  }
  for (const p of changedPairs) for (const t of pairTokens(p)) { stack.push(t); changedPairTokens.add(t); }
  // A place or an organisation becomes a person only by taking in an acronym's entity: through a pair that finds it
  // by one of its keys, or, for a longer name, an acronym of its initials.
  const inPairs = (key: string) => {
    const e = after(key);
    if (e) for (const k of e.keys) if (pairs.has('k' + k) || changedPairTokens.has('k' + k)) return true;
    return false;
  };
  // An acronym takes in the longer name of its initials only when there is one such name: with two that stay
  // as they are and that no acronym pair can empty before, it takes in none, before the update or after it.
  const initialsTie = (x: string) => {
    if (!links.holders('I' + x).length && !startTokens.has('I' + x)) return false;
    let stay = 0;
    for (const key of links.holders('i' + x)) if (!changedKeys.has(key) && !inPairs(key) && ++stay >= 2) return false;
    return true;
  };
  const mayBecomePerson = (key: string) => {
    if (inPairs(key)) return true;
    const e = after(key);
    return !!e && e.name.includes(' ') && initialsTie(initialsOf(e.name));
  };
  const word = (x: string) => {
    const parts = [...links.holders('W' + x), ...links.holders('V' + x).filter(mayBecomePerson)];
    const wholes = [...links.holders('w' + x), ...links.holders('v' + x).filter(mayBecomePerson)];
    const had = (kinds: string) => [...kinds].some(k => startTokens.has(k + x));
    if ((parts.length || had('WV')) && (wholes.length || had('wv'))) { parts.forEach(visit); wholes.forEach(visit); }
  };
  while (stack.length) {
    const t = stack.pop()!;
    // A word's four kinds of holder are handled at once, and so are an acronym and the initials it may stand for.
    const kind = t[0], rest = t.slice(1), seen = WORD_TOKEN.test(t) ? 'x' + rest : kind === 'i' ? 'I' + rest : t;
    if (seenTokens.has(seen)) continue;
    seenTokens.add(seen);
    if (kind === 'k') {
      for (const key of links.holders(t)) visit(key);
      for (const ref of pairs.get(t) ?? []) if (!seenPairs.has(ref)) { seenPairs.add(ref); pairTokens(docs[ref.doc].acronyms[ref.at], stack); }
    } else if (WORD_TOKEN.test(t)) {
      word(rest);
    } else if (initialsTie(rest)) {
      for (const key of links.holders('I' + rest)) visit(key);
      for (const key of links.holders('i' + rest)) visit(key);
    }
    if (groups.size > limit) return undefined;
  }
  return { groups, pairs: [...seenPairs].sort((a, b) => a.doc - b.doc || a.at - b.at) };
}
