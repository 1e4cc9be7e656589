import type { EntityKind } from '../facts/names';
import type { RawMention } from './entity-types';
import { nameKey } from '../facts/ner-words';

// Two names run together with no word between: "di kota kuno Jalur Sutra Samarkand" is the Silk Road and the city
// of Samarkand, but its capitals make one run that the name finder can only take whole, as a name of no kind. The
// document says where the run breaks: when its first words and its last words are each a name it writes on its
// own, one of them a place or an organisation, the run is those two names. The description in front of the
// run ("kota kuno") is the last name's (Indonesian puts the noun first), with the first name as part of it ("kota
// kuno Jalur Sutra": where the city is).

/** Mentions with every such run split in two; the others as they were. */
export function splitJoinedNames(raw: readonly RawMention[]): RawMention[] {
  const kinds = new Map<string, EntityKind>();
  for (const m of raw) {
    if (m.weak) continue;
    const had = kinds.get(m.name.key);
    if (had === undefined || had === 'other') kinds.set(m.name.key, m.name.kind);
  }
  const out: RawMention[] = [];
  for (const m of raw) {
    const parts = m.name.kind === 'other' && !m.name.role && !m.weak ? split(m, kinds) : undefined;
    if (parts) out.push(...parts); else out.push(m);
  }
  return out;
}

const named = (k: EntityKind | undefined) => k === 'place' || k === 'organization';

function split(m: RawMention, kinds: ReadonlyMap<string, EntityKind>): RawMention[] | undefined {
  const words = m.text.split(' ');
  if (words.length < 2 || words.length !== m.name.words.length) return undefined;
  for (let p = 1; p < words.length; p++) {
    const head = words.slice(0, p).join(' '), tail = words.slice(p).join(' ');
    const a = kinds.get(nameKey(head)), b = kinds.get(nameKey(tail));
    if (a === undefined || b === undefined || !(named(a) || named(b))) continue;
    const mid = m.start + head.length + 1;
    const first = part(m, m.start, head, a, p, 0);
    const last = part(m, mid, tail, b, words.length, p);
    // "kota kuno" before the run describes the last name, and the first name says where it is.
    last.stated = m.stated?.map(d => (d.end <= m.start ? { ...d, end: first.end, text: `${d.text} ${head}` } : d));
    if (!last.stated?.length) delete last.stated;
    if (m.acronym) last.acronym = m.acronym;
    return [first, last];
  }
  return undefined;
}

function part(m: RawMention, start: number, text: string, kind: EntityKind, to: number, from: number): RawMention {
  const name = { ...m.name, start, end: start + text.length, text, key: nameKey(text), kind, words: m.name.words.slice(from, to) };
  delete name.bracketed;
  delete name.modifier;
  return { doc: m.doc, sentence: m.sentence, start, end: name.end, text, name };
}
