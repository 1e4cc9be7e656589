import { Claim } from './types';
import { DateMention, Token } from '../types';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { PLACE_HEADS } from '../facts/ner-place-cues';
import { CAPITAL_NAMES, COUNTRY_NAMES } from '../lexicon/places';

// Where a sentence puts things: a name after a locative ("di Beijing", "in Brussels") or along a list of places one
// opens, and what it places there. The name-swap check (entity-swap.ts) weighs a place by these: "perang Moskow"
// names Moscow as an actor, not as where anything happened, and "Pertemuan di Uzbekistan" is not swapped with the
// passage's "serangan militer di Ukraina".

/** Countries swap for countries and cities for cities; "di Beijing" for "di ibu kota Tiongkok" is no swap. */
export function placeClass(name: string): 'country' | 'capital' | 'place' {
  const n = name.toLowerCase();
  return COUNTRY_NAMES.has(n) ? 'country' : CAPITAL_NAMES.has(n) ? 'capital' : 'place';
}

/**
 * Whether "asal" (from) before a place puts a person there as "di" does: "petani jagung asal Desa Lewoboleng" against
 * "… di Desa Waiwadan". Not before a country or a capital, where it is a nationality ("atlet asal India").
 */
export const originPlace = (before: string, name: NameMention): boolean => before === 'asal' && name.kind === 'place' && placeClass(name.text) === 'place';

/** The claim's terms of such an "asal" right before the place (starting at `from`): the slot's word, no passage need state it. */
export function originTerms(terms: ReadonlyArray<{ stem: string; end: number }>, name: NameMention, from: number): number[] {
  return originPlace('asal', name) ? terms.flatMap((t, k) => (t.stem === 'asal' && t.end <= from && from - t.end <= 2 ? [k] : [])) : [];
}

/** Prepositions that put an event somewhere: "di Beijing", "ke Moskow", "in Brussels". */
export const LOCATIVE = new Set(['di', 'ke', 'dari', 'in', 'at', 'to', 'from']);

/** Words that say what a place once was, between the locative and its name: "di bekas Soviet Uzbekistan". */
const FORMER = new Set(['bekas', 'eks', 'former']);

/**
 * The index of the token before a place's name, a word saying what it once was passed over, with the name of
 * what it was ("di bekas Soviet Uzbekistan", "in former Yugoslavia"): the locative is what stands before it.
 * The name of what it was is no place of its own there: "Soviet" is followed by the place it qualifies.
 */
export function tokenBeforePlace(tokens: readonly Token[], name: NameMention): number {
  const i = tokens.findIndex(t => t.start >= (name.role?.start ?? name.start)) - 1;
  if (i >= 1 && tokens[i].cap && FORMER.has(tokens[i - 1].norm)) return i - 2;
  const qualifies = tokens.find(t => t.start >= name.end)?.cap;
  if (i >= 0 && FORMER.has(tokens[i].norm) && !qualifies) return i - 1;
  // "di timur jauh Rusia", "in eastern Ukraine": the part of the place stands between the locative and its name.
  let k = i;
  while (k >= 0 && PART_OF_PLACE.has(tokens[k].norm)) k--;
  return k < i && k >= 0 && LOCATIVE.has(tokens[k].norm) ? k : i;
}

/** Words that name a part of a place between a locative and the place's name ("di utara Suriah", "in eastern Ukraine"). */
const PART_OF_PLACE = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'laut', 'daya', 'jauh', 'northern',
  'southern', 'eastern', 'western', 'central']);

/**
 * Whether a name stands where a place is given: after a locative preposition, or further along a list of places
 * that one opens ("di Pakis, Kabupaten Malang, Jawa Timur"; "di Osaka, Nagoya dan Kyoto").
 */
export function placedAt(tokens: readonly Token[], name: NameMention): boolean {
  for (let i = tokenBeforePlace(tokens, name); i >= 0; i--) {
    const t = tokens[i];
    if (LOCATIVE.has(t.norm)) return true;
    if (!(t.cap || t.norm === ',' || t.norm === 'dan' || t.norm === 'and' || PLACE_HEADS.has(t.norm))) return false;
  }
  return false;
}

/**
 * The word a sentence places at a name, as written: the one right before the locative that opens the name's place
 * ("rumah kos" of "ditangkap di sebuah rumah kos di Desa Sukamaju" gives "kos"). Undefined when a function word,
 * a punctuation mark or nothing stands there.
 */
export function thingPlacedAt(s: Pick<SentenceFacts, 'tokens' | 'words' | 'text' | 'start'>, name: NameMention): string | undefined {
  let i = tokenBeforePlace(s.tokens, name);
  while (i >= 0 && !LOCATIVE.has(s.tokens[i].norm)) {
    if (!(s.tokens[i].cap || s.tokens[i].norm === ',' || PLACE_HEADS.has(s.tokens[i].norm))) return undefined;
    i--;
  }
  const w = i > 0 ? s.words.find(x => x.token === i - 1) : undefined;
  return w && !w.stop ? s.text.slice(w.start - s.start, w.end - s.start) : undefined;
}

/**
 * Whether the passage or a sentence next to it puts something at the place. "perang Moskow" names Moscow as an
 * actor, not as where anything happened.
 */
export function placedNear(claim: Claim, a: Alignment, entity: Entity): boolean {
  return placesIn(claim, claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2), entity);
}

/** Whether any of the sentences puts something at the place (after a locative, or along a list one opens). */
export function placesIn(claim: Claim, sentences: readonly SentenceFacts[], entity: Entity): boolean {
  return sentences.some(s => s.names.some(m => placedAt(s.tokens, m) && claim.corpus.registry.resolve(m)?.id === entity.id));
}

/**
 * Whether the passage's story puts something at the place at the claim's time: a sentence dated apart from both the
 * claim and the passage (a month or year neither has, both dated) sets another moment's event there. The
 * story of the Samarkand summit puts the Winter Olympics "pada awal Februari … di Beijing": that is no source for
 * talks "di Beijing pada hari Jumat" its passage has on that Friday. An undated claim may be of any moment.
 */
export function placedInStory(claim: Claim, a: Alignment, entity: Entity): boolean {
  const passage = claim.corpus.sentence(a.ref);
  return placesIn(claim, claim.corpus.docs[a.ref.doc].facts.sentences.filter(x => !(datedApart(x, passage) && datedApart(x, claim.sentence))), entity);
}

/**
 * Whether sentence x sets its event at a month or year sentence y, dated too, does not share: weekdays alone are of
 * the story's own days ("pada hari Kamis" and "pada hari Jumat" of one summit), never apart.
 */
function datedApart(x: SentenceFacts, y: SentenceFacts): boolean {
  const dated = x.dates.filter(d => d.month !== undefined || d.year !== undefined);
  if (!dated.length || !y.dates.length) return false;
  const agree = (d: DateMention, e: DateMention) => (d.month !== undefined && d.month === e.month) || (d.year !== undefined && d.year === e.year);
  return !dated.some(d => y.dates.some(e => agree(d, e)));
}

/** Content words just before a locative: what it places ("Pertemuan di …", "serangan militer di …"). */
const PLACED_REACH = 3;

function placedStems(s: SentenceFacts, name: NameMention): Set<string> {
  const at = tokenBeforePlace(s.tokens, name);
  return new Set(s.words.filter(w => !w.stop && w.token < at && w.token >= at - PLACED_REACH).map(w => w.stem));
}

/**
 * Content words right after a place, up to a mark: what it is the place of when the sentence says it after ("di
 * Moskow untuk Olimpiade Musim Dingin"). Words of dates left out: "pada hari Kamis" follows any event.
 */
function placedAfter(s: SentenceFacts, name: NameMention): Set<string> {
  const from = s.tokens.findIndex(t => t.start >= name.end);
  const out = new Set<string>();
  if (from < 0) return out;
  const inDate = (start: number) => s.dates.some(d => start >= d.start && start < d.end);
  for (let i = from; i < s.tokens.length && i < from + PLACED_REACH + 1 && s.tokens[i].kind === 'word'; i++) {
    const w = s.words.find(x => x.token === i);
    if (w && !w.stop && !inDate(w.start)) out.add(w.stem);
  }
  return out;
}

/**
 * Whether the passage's place and the claim's place the same thing: a content word before the locative shared, or
 * one before the locative on one side and right after the place on the other.
 * "Pertemuan di Uzbekistan" is not swapped with "serangan militer di Ukraina" of the same passage.
 */
export function placesSameThing(claimSentence: SentenceFacts, name: NameMention, source: SentenceFacts, rival: NameMention): boolean {
  const ours = placedStems(claimSentence, name), theirs = placedStems(source, rival);
  if ([...theirs].some(st => ours.has(st))) return true;
  // What one places before the locative, the other after the place: "Olimpiade Musim Dingin di Beijing" against "di
  // Moskow untuk Olimpiade Musim Dingin".
  const oursAfter = placedAfter(claimSentence, name), theirsAfter = placedAfter(source, rival);
  return [...theirs].some(st => oursAfter.has(st)) || [...theirsAfter].some(st => ours.has(st));
}
