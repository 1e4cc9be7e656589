import { Token } from '../types';
import type { TaggedSpan } from './ner-tagger';
import { PLACE_NOUNS } from '../lexicon/descriptions';
import { placesIn } from './ner-words';

// The words around a single unknown word that make it a place when the tagger reads a location there. Context
// alone tells people from places poorly in prose unlike the training news, and a place kind decides how the
// registry merges names, so ner-combine.ts asks for one of these before it trusts the tagger's location.

/**
 * Nouns that open the name of a place ("Kota Surakarta", "Selat Sunda", "Pulau Nusakambangan"): a name the
 * rules could not place that opens with one is that place.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['kota', 'kabupaten', 'provinsi', 'kecamatan', 'desa', 'kelurahan',
  'pulau', 'kepulauan', 'selat', 'gunung', 'sungai', 'danau', 'teluk', 'semenanjung', 'lembah', 'tanjung', 'mount', 'lake', 'cape', 'port', 'fort',
  'bandara', 'stasiun', 'terminal', 'gerbang', 'jembatan', 'bendungan', 'waduk', 'stadion']);

/**
 * Nouns that close the name of a place in English ("Skerra Island", "Calder River", "Bering Strait"): a name of
 * two words or more ending in one is that place, whatever the tagger read ("Skerra Island" as a person). None
 * of them closes the name of a person, and a body named after a place ends in its own noun ("Hudson River Trust").
 */
export const PLACE_TAILS: ReadonlySet<string> = new Set(['island', 'islands', 'isle', 'river', 'bay', 'lake', 'strait',
  'peninsula', 'sea', 'ocean', 'gulf', 'valley', 'canyon', 'desert', 'mountains', 'junction']);

/** Words after which a single unknown word names a place: "di Cirebon", "ke Salemba", "kota Medan". */
export const PLACE_CUES: ReadonlySet<string> = new Set(['di', 'ke', 'kota', 'provinsi', 'kabupaten', 'kecamatan', 'desa',
  'kelurahan', 'pulau', 'wilayah', 'daerah', 'kawasan', 'ibukota', 'in', 'at', 'near']);

/** Prepositions of place that a quantity word may separate from the place: "di berbagai SPBU", "ke setiap desa". */
const LOCATIVES = new Set(['di', 'ke', 'dari']);

/** Words of quantity between a preposition of place and the place: "di sebuah SPBU", "di seluruh Indonesia". */
const QUANTIFIERS = new Set(['sebuah', 'berbagai', 'setiap', 'tiap', 'beberapa', 'seluruh', 'semua']);

/**
 * Words after which a location the tagger reads is a place: "di Cirebon", "kota Medan", "di sebuah SPBU",
 * "berasal dari Medan", "menuju Nouakchott". A bare "dari" counts only here, where the tagger has already read a
 * location: elsewhere it as often introduces a person or an organisation.
 */
export function placeCue(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1]?.norm ?? '';
  if (PLACE_CUES.has(prev) || prev === 'dari' || prev === 'menuju') return true;
  return QUANTIFIERS.has(prev) && LOCATIVES.has(tokens[from - 2]?.norm ?? '');
}

/** Words that join the items of a list: each item is of the kind of the one before. */
const LIST_JOINERS = new Set(['dan', 'serta', 'atau']);

/**
 * "Pulau Nusakambangan, Cilacap", "ibukota Xinjiang, Urumqi": a word the tagger reads as a location, right
 * after a comma that follows a place (a place of the lexicon, a location the tagger found, or a noun for a
 * place just before the comma), is the place that one lies in or the name of the place that noun describes.
 * After "dan", "serta" or "atau" it is the next item of a list of places ("Kashgar dan Hotan", "Moskow dan
 * Cherkessk"), when the item before is a place of the lexicon or a location the tagger found.
 */
export function afterPlace(tokens: readonly Token[], from: number, tagged: readonly TaggedSpan[]): boolean {
  const joiner = tokens[from - 1];
  if (!joiner || from < 2 || (joiner.text !== ',' && !LIST_JOINERS.has(joiner.norm))) return false;
  const end = from - 1;
  if (tagged.some(t => t.type === 'LOC' && t.to === end)) return true;
  for (let a = Math.max(0, end - 3); a < end; a++) {
    if (placesIn(tokens.slice(a, end).map(t => t.norm)).some(([x, y]) => y === end - a && x >= 0)) return true;
  }
  return joiner.text === ',' && tokens.slice(Math.max(0, end - 3), end).some(t => PLACE_NOUNS.has(t.norm));
}

/**
 * A noun for a kind of place and ordinary words after it, tagged apart from the name right after ("Gerbang Tol" and
 * "Talang Padi", "Bandara" and "Sultan Hasanuddin"), are one place: "Gerbang Tol Talang Padi". The tagger read the
 * name as another kind, so the place would be the lone noun and the name a person.
 */
export function joinPlaceHeads(tokens: readonly Token[], spans: readonly TaggedSpan[], isCommonWord: (norm: string) => boolean): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    const head = !!last && last.to === s.from && PLACE_NOUNS.has(tokens[last.from].norm) &&
      tokens.slice(last.from + 1, last.to).every(t => isCommonWord(t.norm));
    if (head) out[out.length - 1] = { from: last.from, to: s.to, type: 'LOC' };
    else out.push(s);
  }
  return out;
}
