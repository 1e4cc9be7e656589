import type { RawMention } from './entity-types';
import { EVENT_WORDS } from '../lexicon/roles';

// A surname or given name alone stands for the full name the same document gives ("Okafor said…" after "Mayor
// Diane Okafor"), whatever other documents say: two articles may each have their own Berg. So before the corpus
// is grouped by name, each one-word mention of a person is given the key of the full name its own document
// names with that word first or last: the nearest one before it, else the first one after (a headline may name
// the surname before the article gives the name in full). One pass per document, a map lookup per mention.

/** A name that a lone word of it may stand for: a person's (or unknown kind's) name of two words or more, no event. */
export function takesPartialNames(kind: string, words: readonly string[]): boolean {
  return takesPartialNamesBy(kind, words[0], words.length);
}

/** `takesPartialNames` from a name's first word and its number of words. */
export function takesPartialNamesBy(kind: string, first: string | undefined, wordCount: number): boolean {
  return (kind === 'person' || kind === 'other') && wordCount > 1 && !EVENT_WORDS.has(first ?? '');
}

const isPart = (m: RawMention) => (m.name.kind === 'person' || m.name.kind === 'other') && m.name.words.length === 1;

/**
 * The registry key of each mention, in order: its own name's key, or for a one-word mention of a person the key
 * of the full name its document gives with that word.
 */
export function groupKeys(raw: readonly RawMention[], keyOf: (m: RawMention) => string): string[] {
  const keys = raw.map(keyOf);
  for (let from = 0; from < raw.length; ) {
    let to = from;
    while (to < raw.length && raw[to].doc === raw[from].doc) to++;
    assignInDocument(raw, keys, from, to);
    from = to;
  }
  return keys;
}

function assignInDocument(raw: readonly RawMention[], keys: string[], from: number, to: number): void {
  // The first full name with each end word, for the one-word mentions that come before any full name.
  const firstWith = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const { kind, words } = raw[i].name;
    // A Title Case headline's capitals say nothing about where a name ends ("Hendra Kusuma Warns Fishermen …").
    if (!takesPartialNames(kind, words) || raw[i].weak) continue;
    for (const w of [words[0], words[words.length - 1]]) if (!firstWith.has(w)) firstWith.set(w, i);
  }
  if (!firstWith.size) return;
  const lastWith = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const m = raw[i];
    if (takesPartialNames(m.name.kind, m.name.words)) {
      if (m.weak) continue;
      lastWith.set(m.name.words[0], i);
      lastWith.set(m.name.words[m.name.words.length - 1], i);
      continue;
    }
    if (!isPart(m)) continue;
    const full = lastWith.get(m.name.words[0]) ?? firstWith.get(m.name.words[0]);
    if (full !== undefined) keys[i] = keys[full];
  }
}
