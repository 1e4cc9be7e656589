import { EntityKind, NameMention } from '../facts/names';
import { nameKey } from '../facts/ner-words';
import { Token } from '../types';
import type { Description } from '../facts/descriptions';

// A document's name mentions as they are kept (stored-doc.ts): eight integers each, in sentence order. A name's
// text, key and words, and its role's text, are what the document's text and tokens give in nearly every case;
// only a value that is not is kept, beside the numbers. Both are checked when stored, so decoding gives back
// exactly what analysis made, and a field the store does not know stops the storing instead of being lost.

const NAME_INTS = 8;
const KINDS: EntityKind[] = ['person', 'organization', 'place', 'other'];
const MODIFIER = 4, ROLE = 8, BRACKETED = 16;
const NAME_FIELDS = new Set(['start', 'end', 'text', 'key', 'kind', 'words', 'role', 'modifier', 'bracketed']);

/**
 * What analysis read around a name besides the name itself: the acronym defined after it and what the text says
 * it is. Kept by name number (document order) for the few names that have any, so an update of the registry
 * takes a document's mentions from the store without reading its sentences again (indexing.ts).
 */
export interface NameNotes { acronym?: string; stated?: Description[] }

/** What a name has that its text and tokens do not give. */
interface Unusual { text?: string; key?: string; words?: string[]; roleText?: string }

export interface StoredNames {
  /** Per name: sentence, start, end, kind and flags, role start and end, bracketed start and end. */
  ints: Int32Array;
  /** By name number, for the few names that need it. */
  unusual?: Record<number, Unusual>;
}

/** The forms of the tokens inside a span: tokens are in text order, so the first one is found by bisection. */
function formsWithin(tokens: readonly Token[], start: number, end: number): string[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < start) lo = mid + 1; else hi = mid; }
  const out: string[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start < end; i++) if (tokens[i].end <= end) out.push(tokens[i].norm);
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Packs the names of every sentence; undefined when the document names nobody. */
export function encodeNames(sentences: ReadonlyArray<{ names: NameMention[]; tokens: Token[] }>, text: string): StoredNames | undefined {
  const count = sentences.reduce((n, s) => n + s.names.length, 0);
  if (!count) return undefined;
  const ints = new Int32Array(count * NAME_INTS);
  const unusual: Record<number, Unusual> = {};
  let k = 0;
  sentences.forEach((s, sentence) => {
    for (const n of s.names) {
      for (const field in n) if (!NAME_FIELDS.has(field)) throw new Error(`a name has a field the store does not keep: ${field}`);
      if (n.role && Object.keys(n.role).some(f => f !== 'start' && f !== 'end' && f !== 'text')) throw new Error('a role has a field the store does not keep');
      // A name has every field, those it lacks undefined (names.ts): one missing would not come back as it was.
      if (!('role' in n && 'bracketed' in n && 'modifier' in n) || (n.modifier !== undefined && n.modifier !== true)) throw new Error('a name lacks a field or has an empty one');
      const flags = KINDS.indexOf(n.kind) | (n.modifier ? MODIFIER : 0) | (n.role ? ROLE : 0) | (n.bracketed ? BRACKETED : 0);
      ints.set([sentence, n.start, n.end, flags, n.role?.start ?? 0, n.role?.end ?? 0, n.bracketed?.start ?? 0, n.bracketed?.end ?? 0], k * NAME_INTS);
      const odd: Unusual = {};
      if (n.text !== text.slice(n.start, n.end)) odd.text = n.text;
      if (n.key !== nameKey(n.text)) odd.key = n.key;
      if (!sameList(n.words, formsWithin(s.tokens, n.start, n.end))) odd.words = n.words;
      if (n.role && n.role.text !== text.slice(n.role.start, n.role.end)) odd.roleText = n.role.text;
      if (Object.keys(odd).length) unusual[k] = odd;
      k++;
    }
  });
  return Object.keys(unusual).length ? { ints, unusual } : { ints };
}

/** The numbers of the sentences that hold names, ascending, each once. */
export function namedSentenceNumbers(stored: StoredNames): number[] {
  const out: number[] = [];
  for (let at = 0; at < stored.ints.length; at += NAME_INTS) if (out[out.length - 1] !== stored.ints[at]) out.push(stored.ints[at]);
  return out;
}

/** Reads a document's names back sentence by sentence: call `of` with ascending sentence numbers. */
export class NameReader {
  private next = 0;
  constructor(private readonly stored: StoredNames | undefined, private readonly text: string) {}

  /** `forms` gives the forms of the tokens within a span: decoded tokens' (formsWithin) or read from the store's arrays. */
  of(sentence: number, tokens: readonly Token[] | ((start: number, end: number) => string[])): NameMention[] {
    const forms = typeof tokens === 'function' ? tokens : (start: number, end: number) => formsWithin(tokens, start, end);
    const out: NameMention[] = [];
    const a = this.stored?.ints;
    while (a && this.next * NAME_INTS < a.length && a[this.next * NAME_INTS] === sentence) {
      const at = this.next * NAME_INTS, odd = this.stored!.unusual?.[this.next];
      const start = a[at + 1], end = a[at + 2], flags = a[at + 3];
      const text = odd?.text ?? this.text.slice(start, end);
      const n: NameMention = { start, end, text, key: odd?.key ?? nameKey(text), kind: KINDS[flags & 3], words: odd?.words ?? forms(start, end),
        role: flags & ROLE ? { start: a[at + 4], end: a[at + 5], text: odd?.roleText ?? this.text.slice(a[at + 4], a[at + 5]) } : undefined,
        modifier: flags & MODIFIER ? true : undefined,
        bracketed: flags & BRACKETED ? { start: a[at + 6], end: a[at + 7] } : undefined };
      out.push(n);
      this.next++;
    }
    return out;
  }
}
