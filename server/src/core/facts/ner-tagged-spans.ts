import { Token } from '../types';
import type { NameOptions } from './names';
import type { NerType, TaggedSpan } from './ner-tagger';
import { shippedModel } from './ner-tagger';
import { HONORIFICS, NAME_PARTICLES, ORG_WORDS } from '../lexicon/roles';
import { PLACE_NOUNS } from '../lexicon/descriptions';
import { monthOf, weekdayOf } from './calendar-words';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { ACRONYM, capLike, isTitleHead, isTitleWord, nameEdge, officeEnd, placesIn } from './ner-words';
import { looksLikeVerb } from './negation';

// The tagger's spans made fit to combine with the rules' mentions (ner-combine.ts): cut to the words a later
// mention repeats, and repaired where a known place, a title or a digit stands in them. Apart from the combining,
// which settles these spans against the rules.

const COMPASS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'tenggara', 'laut', 'daya', 'pusat']);

/** Whether a token has a digit in it ("COVID-19", "G20"): no person's name has. */
export const hasDigit = (t: Token) => /\d/.test(t.text);

/** The type the gazetteer gives tokens [from, to) as a whole name, if it knows them. */
function knownPhrase(tokens: Token[], from: number, to: number): NerType | undefined {
  if (to - from < 2) return undefined;
  return shippedModel().gazetteer?.phrases.get(tokens.slice(from, to).map(t => t.norm).join(' '));
}

const numbered = (tokens: Token[], a: number, b: number) => b - 1 > a && /^[IVX]+$/.test(tokens[b - 1].text) && tokens[b - 2].cap;

// "on Tuesdays and Fridays": a weekday in the plural is a day too, never a name.
export const weekdayWord = (t: Token) => weekdayOf(/days$/.test(t.text) ? t.text.slice(0, -1) : t.text, t.cap) !== undefined;
const calendarWord = (t: Token) => weekdayWord(t) || monthOf(t.text, t.cap)?.abbreviated === false;

const edge = (t: Token) => nameEdge(t) && (ACRONYM.test(t.text) || !(isIndonesianStopword(t.norm) || isEnglishStopword(t.norm)));

/**
 * A verb without a capital inside a span ends one name and starts another: "tim Dinas Kesehatan memperlihatkan Darman
 * …" is the office and the man it showed, which no name of any source holds together.
 */
const verbInside = (t: Token) => t.kind === 'word' && !t.cap && looksLikeVerb(t.norm) && !isIndonesianStopword(t.norm);

/**
 * A tagger span cut to what a mention may be: "Mahkamah Konstitusi (MK)" becomes the name and its acronym (a verb
 * without a capital cuts it too), and
 * words without a capital go from either end ("kawasan Pantura" → "Pantura"), as do capitalised function words
 * where a sentence break went missing ("Ukraina Pada"), so a mention is always the words a later mention
 * repeats. Titles or organisation words alone ("Presiden", "University") are no name.
 */
export function cut(tokens: Token[], s: TaggedSpan): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let from = s.from;
  for (let i = s.from; i <= s.to; i++) {
    if (i < s.to && tokens[i].text !== '(' && tokens[i].text !== ')' && !verbInside(tokens[i])) continue;
    let a = from, b = i;
    while (a < b && !edge(tokens[a])) a++;
    // "Amanda Vanstone Selasa dicoret …": a day or month after a name starts the date, not the name. A Roman
    // numeral after a capitalised word is the name's number ("Angkasa Pura I"), not the English pronoun.
    while (b > a && (!edge(tokens[b - 1]) || calendarWord(tokens[b - 1])) && !numbered(tokens, a, b)) b--;
    if (a < b && !tokens.slice(a, b).every(t => t.kind !== 'word' || isTitleWord(t.norm) || ORG_WORDS.has(t.norm))) {
      out.push({ from: a, to: b, type: s.type });
    }
    from = i + 1;
  }
  return out;
}

/**
 * Keeps known places whole and apart. A person's name never starts or ends with a country ("Prancis Emmanuel
 * Macron" is a place and a person) or a title. A place goes inside a longer name only as the rules would put
 * it there: in an organisation named by an organisation word and otherwise ordinary words ("Bursa Efek
 * Indonesia", "Kementerian Luar Negeri Tiongkok"). Any other span holding a place ("Belarusia Lukashenko",
 * "Timur Jauh Rusia", "Soviet Uzbekistan") is a tagger mistake and is dropped, leaving the rules to decide.
 */
export function repair(tokens: Token[], s: TaggedSpan, opts: NameOptions): TaggedSpan[] {
  let { from, to } = s;
  // A name the training news wrote whole, with this type ("Jalur Gaza", "Afrika Bersatu"), is one name even
  // though a place stands in it.
  if (s.type !== 'PER' && knownPhrase(tokens, from, to) === s.type) return [s];
  const out: TaggedSpan[] = [];
  // "Selat Sunda", "Pulau Nusakambangan": a noun for a kind of place opening a span makes it a place, not a person.
  if (s.type === 'PER' && to - from > 1 && tokens[from].cap && PLACE_NOUNS.has(tokens[from].norm)) return [{ from, to, type: 'LOC' }];
  if (s.type === 'PER') {
    // No one's name has a digit in it: "Kotowi Mansati COVID-19" is a person and the illness after the name.
    while (to > from && hasDigit(tokens[to - 1])) to--;
    while (from < to && (hasDigit(tokens[from]) || isTitleHead(tokens[from].norm) || HONORIFICS.has(tokens[from].norm))) from++;
    // "Police Commissioner Teresa Vance": a title ending in an office word, the word before the span included.
    const lead = from > 0 && capLike(tokens[from - 1]) ? from - 1 : from;
    const office = officeEnd(tokens.slice(lead, to).map(t => t.norm));
    if (office > 0) from = Math.max(from, lead + office);
    const ps = placesIn(tokens.slice(from, to).map(t => t.norm));
    const head = ps.find(([a]) => a === 0), tail = ps.find(([, b]) => b === to - from);
    if (tail && tail !== head) { out.push({ from: from + tail[0], to, type: 'LOC' }); to = from + tail[0]; }
    if (head) { out.push({ from, to: from + head[1], type: 'LOC' }); from += head[1]; }
    if (from >= to) return out;
  }
  const words = tokens.slice(from, to);
  // "Jawa Barat", "Libya Barat": a compass word after another word makes a region; it is no place of its own.
  const places = placesIn(words.map(t => t.norm)).filter(([a, b]) => !(a > 0 && b - a === 1 && COMPASS.has(words[a].norm)));
  if (places.length > 1) return [];
  if (places.length === 1 && words.length > places[0][1] - places[0][0]) {
    const [a, b] = places[0];
    const ordinary = (t: Token, k: number) => (k >= a && k < b) || t.kind !== 'word' || opts.isCommonWord(t.norm) || COMPASS.has(t.norm) ||
      ORG_WORDS.has(t.norm) || isTitleWord(t.norm) || NAME_PARTICLES.has(t.norm);
    // "Jakarta Pusat", "Libya Barat": a place and compass words after it, tagged a location, is a region.
    const region = s.type === 'LOC' && a === 0 && words.slice(b).every(t => COMPASS.has(t.norm));
    if (!region && (!words.some(t => ORG_WORDS.has(t.norm)) || !words.every(ordinary))) return [];
  }
  out.push({ from, to, type: s.type });
  return out;
}
