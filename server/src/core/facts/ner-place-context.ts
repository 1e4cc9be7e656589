import { Token } from '../types';
import type { NameMention } from './names';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { TITLE_HEADS } from '../lexicon/roles';

// How news prose says that a name it has not typed is a place, when the place is in no lexicon (a small town, a
// made-up one in a test): the dateline that opens a story ("HARWICK – …"), a noun for a kind of place after the
// name ("Norland province", "the Calder estuary"), an apposition that says what the place is ("Kelso, a market
// town north of …"), the office or direction it is "of" ("the mayor of Harwick", "north of Harwick"), and a
// preposition of place before it ("live in Harwick"). A reader types such names at once; without it the hover
// calls a town a person and the registry may merge it with one.

/** Nouns for a kind of place written after its name. */
const PLACE_AFTER = new Set(['province', 'county', 'district', 'region', 'city', 'town', 'village', 'estuary', 'river',
  'valley', 'island', 'islands', 'harbour', 'harbor', 'bay', 'coast', 'state', 'municipality', 'borough', 'peninsula',
  'delta', 'basin', 'lake', 'metropolitan', 'township']);

/** Nouns an apposition names a place by: "Harwick, a fishing port", "Kelso, a market town". */
const PLACE_KINDS = new Set(['town', 'city', 'village', 'port', 'hamlet', 'suburb', 'district', 'region', 'province',
  'county', 'island', 'state', 'capital', 'municipality', 'borough', 'kota', 'desa', 'kabupaten', 'provinsi',
  'kecamatan', 'kelurahan', 'pulau', 'ibu']);

/** Words that are "of" a place: "the mayor of Harwick", "north of Harwick", "residents of Kelso". */
const OF_A_PLACE = new Set(['mayor', 'governor', 'residents', 'outskirts', 'north', 'south', 'east', 'west', 'northeast',
  'northwest', 'southeast', 'southwest', 'suburbs', 'centre', 'center', 'streets', 'port', 'city', 'town', 'village']);

/** Prepositions of place before a name. */
const IN_A_PLACE = new Set(['in', 'near', 'outside', 'across', 'throughout']);

const DASHES = new Set(['–', '—', '-']);
const ARTICLES = new Set(['a', 'an', 'the', 'sebuah']);
const isUpper = (t: Token) => t.kind === 'word' && /\p{Lu}{2,}/u.test(t.text) && t.text === t.text.toUpperCase();

/** Capitals opening the text, then a dash and the story's first sentence: "HARWICK – …", "MARLOW VALE — The …". */
function isDateline(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to];
  return from === 0 && tokens.slice(from, to).every(isUpper) && !!after && DASHES.has(after.text) && !!tokens[to + 1]?.cap;
}

/** Whether a name mention (by its offsets) is the dateline that opens a story ("SARI JAYA — …"). */
export function isDatelineMention(tokens: readonly Token[], m: { start: number; end: number }): boolean {
  const from = tokens.findIndex(t => t.start >= m.start);
  if (from !== 0) return false;
  const to = tokens.findIndex(t => t.start >= m.end);
  return to > 0 && isDateline(tokens, from, to);
}

/** Whether a name the finder gave no kind, or made a person with no title, is a place by the words around it. */
function isPlaceHere(tokens: readonly Token[], from: number, to: number, m: NameMention): boolean {
  const before = tokens[from - 1], after = tokens[to];
  // The dateline ("APEC – terdiri dari …" is an acronym with a parenthesis after it).
  if (isDateline(tokens, from, to)) return true;
  if (after && after.kind === 'word' && !after.cap && PLACE_AFTER.has(after.norm)) return true;
  if (before?.norm === 'of' && OF_A_PLACE.has(tokens[from - 2]?.norm ?? '')) return true;
  if (after?.text === ',' && ARTICLES.has(tokens[to + 1]?.norm ?? '') && appositionNamesPlace(tokens, to + 2)) return true;
  // A preposition of place: only for a name the finder left untyped or a person it found by context alone.
  const possessive = after?.norm === "'s" || after?.text === "'";
  return !possessive && !!before && IN_A_PLACE.has(before.norm) && (m.kind === 'other' || to - from === 1);
}

/** "a fishing port on …", "a market town north of …": a kind of place among its first words, and no occupation after it. */
function appositionNamesPlace(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (PLACE_KINDS.has(t.norm)) {
      const next = tokens[k + 1];
      return !(next && next.kind === 'word' && (OCCUPATIONS.has(next.norm) || TITLE_HEADS.has(next.norm)));
    }
  }
  return false;
}

/** The mentions with the places their context shows typed as places; the rest as they were. */
export function placesByContext(tokens: readonly Token[], mentions: NameMention[]): NameMention[] {
  return mentions.map(m => {
    if (m.kind === 'place' || (m.kind === 'person' && m.role)) return m;
    const from = tokens.findIndex(t => t.start === m.start);
    let to = from;
    while (to < tokens.length && tokens[to].end <= m.end) to++;
    // An organisation only by the dateline, and only of two words or more: one word in capitals may be an acronym.
    if (m.kind === 'organization') return from >= 0 && to - from >= 2 && isDateline(tokens, from, to) ? { ...m, kind: 'place' } : m;
    return from >= 0 && isPlaceHere(tokens, from, to, m) ? { ...m, kind: 'place' } : m;
  });
}
