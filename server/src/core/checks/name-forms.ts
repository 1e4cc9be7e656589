import { Corpus } from '../index/corpus';
import { aliasNames, aliasVariants } from '../lexicon/aliases';
import { COUNTRY_NAMES } from '../lexicon/places';
import { tokenize } from '../text/tokens';
import { Lang } from '../types';

// Other forms of a name's words that the sources may use instead, so that a name is not called unknown for its
// form alone: an English demonym or plural ("Libyan" where the source says "Libya", "Presidents' Trophy" where it
// says "President's Trophy"), a country whose demonym the sources use ("England" where a source writes "the
// English game"), and a place under another of its names ("United States" where the source writes "U.S."). English
// only: Indonesian names take no such endings, and stripping letters off them would make different names meet
// ("Dahlan" is not "Dahl").

/**
 * Each written piece of a name with the words the tokenizer reads in it ("Games:" is "games", "–" none). The name's
 * own word list may hold punctuation the name finder took in ("Hunger Games: Mockingjay" gave "hunger", "games",
 * ":", "mockingjay"), so it cannot be paired with the pieces by position.
 */
export function namePieces(text: string): { pieces: string[]; words: string[][] } {
  const pieces = text.split(/\s+/).filter(Boolean);
  return { pieces, words: pieces.map(p => tokenize(p).filter(t => t.kind === 'word').map(t => t.norm)) };
}

/** Letters an English demonym or plural adds to the name it comes from, and what the name ended in. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ians', 'ia'], ['ian', 'ia'], ['ians', ''], ['ian', ''], ['ans', ''], ['an', ''], ['ns', ''], ['n', ''],
  ['ese', 'a'], ['ese', ''], ['is', ''], ['i', ''], ['s', ''],
];

/** Shortest stem a form may be read back to: "Ian" is no demonym of "I". */
const MIN_STEM = 4;

/** The word a demonym or plural of a name comes from, when the sources use it ("libyan" → "libya"). */
export function sourceFormOf(corpus: Corpus, norm: string, lang: Lang): string | undefined {
  if (lang !== 'en') return undefined;
  for (const [ending, base] of ENDINGS) {
    if (!norm.endsWith(ending)) continue;
    const form = norm.slice(0, -ending.length) + base;
    if (form.length >= MIN_STEM && corpus.knowsWord(form)) return form;
  }
  return undefined;
}

/**
 * English demonyms that are not the country's name with an ending added (those are tried by their endings,
 * DEMONYM_ENDINGS). General knowledge, not tied to any corpus.
 */
const DEMONYMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  england: ['english'], britain: ['british'], france: ['french'], netherlands: ['dutch'], spain: ['spanish'],
  ireland: ['irish'], denmark: ['danish'], sweden: ['swedish'], finland: ['finnish'], poland: ['polish'],
  turkey: ['turkish'], greece: ['greek'], switzerland: ['swiss'], philippines: ['filipino', 'philippine'],
  thailand: ['thai'], norway: ['norwegian'], peru: ['peruvian'], italy: ['italian'], germany: ['german'],
  mexico: ['mexican'], canada: ['canadian'], argentina: ['argentine', 'argentinian'], afghanistan: ['afghan'],
  iceland: ['icelandic'], morocco: ['moroccan'], czechia: ['czech'], myanmar: ['burmese'], ukraine: ['ukrainian'],
  belgium: ['belgian'], uzbekistan: ['uzbek'], kazakhstan: ['kazakh'], tajikistan: ['tajik'], kyrgyzstan: ['kyrgyz'],
  turkmenistan: ['turkmen'], 'united states': ['american', 'americans'], 'united kingdom': ['british'],
  'new zealand': ['zealander', 'zealanders'], 'south korea': ['korean', 'south korean'], 'north korea': ['north korean'],
}));
/** Endings a country's name takes as its demonym: "Russia" → "Russian", "Iraq" → "Iraqi", "Japan" → "Japanese". */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'i', 'ese'];

/** Whether the sources use the demonym of the country this word names ("english" for "england"). English only. */
export function demonymKnown(corpus: Corpus, norm: string, lang: Lang): boolean {
  if (lang !== 'en' || !COUNTRY_NAMES.has(norm)) return false;
  const forms = [...(DEMONYMS.get(norm) ?? []), ...(norm.includes(' ') ? [] : DEMONYM_ENDINGS.map(e => norm + e))];
  return forms.some(f => f.split(' ').every(w => corpus.knowsWord(w)));
}

/**
 * The words of a name that make up a country of two words or more whose demonym the sources use ("united states" in
 * "United States National Film Registry" where they write "American"). English only, like demonymKnown.
 */
export function demonymWords(corpus: Corpus, words: readonly string[], lang: Lang): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) {
    for (let j = Math.min(words.length, i + 3); j > i + 1; j--) {
      if (!demonymKnown(corpus, words.slice(i, j).join(' '), lang)) continue;
      for (let k = i; k < j; k++) out.add(k);
      break;
    }
  }
  return out;
}

/**
 * The words of a name (its matching forms) that belong to a place the sources name another way ("united states"
 * when they write "U.S."). A short one-word other name must be a word the sources never write in lower case: "us" is
 * also a pronoun. A longer one is no word of its own, and the press writes it in lower case too: "pemkab akan
 * memberlakukan …" is the regency's government, "Pemerintah Kabupaten Karangsela".
 */
export function aliasedWords(corpus: Corpus, words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    // No alias is longer than the longest one: a name of hundreds of words (a pasted run of capitals) costs its
    // length times that, not its length cubed.
    for (let j = Math.min(words.length, i + LONGEST_ALIAS); j > i; j--) {
      const phrase = words.slice(i, j).join(' ');
      if (!ALIASES.has(phrase)) continue;
      if (aliasVariants(phrase).some(v => v !== phrase && sourcesWrite(corpus, v))) for (let k = i; k < j; k++) out.add(k);
      break;
    }
  }
  return out;
}

const ALIASES: ReadonlySet<string> = new Set(aliasNames());
/** Words of the longest alias. */
const LONGEST_ALIAS = Math.max(1, ...[...ALIASES].map(a => a.split(' ').length));

function sourcesWrite(corpus: Corpus, name: string): boolean {
  const parts = tokenize(name).filter(t => t.kind === 'word').map(t => t.norm);
  if (!parts.length || !parts.every(p => corpus.knowsWord(p))) return false;
  return parts.length > 1 || parts[0].length >= LOWER_CASE_ALIAS || !corpus.ctx.lowerVocab.has(parts[0]);
}

/** Letters from which a one-word other name is no ordinary word ("pemkab", "jabar"; not "as", "us", "un"). */
const LOWER_CASE_ALIAS = 5;

/** Words that say what kind of place a name is ("Shizuoka Prefecture", "Kabupaten Bogor"), not which. */
const PLACE_KINDS: ReadonlySet<string> = new Set(`prefecture province county district region territory municipality
borough parish township oblast canton governorate provinsi kabupaten kecamatan`.split(/\s+/));

/**
 * Whether a name's word only says what kind of place the rest of the name is, and the sources know the rest: a
 * source that names "Shizuoka" without the word "Prefecture" still names the place.
 */
export function placeKindOfKnown(corpus: Corpus, norms: readonly string[], i: number): boolean {
  return PLACE_KINDS.has(norms[i]) && norms.some((w, k) => k !== i && !PLACE_KINDS.has(w) && corpus.knowsWord(w));
}

/** The first words of an academic degree's name ("Bachelor of Arts", "Master of Science", "Doctor of Philosophy"). */
const DEGREE_HEADS: ReadonlySet<string> = new Set(['bachelor', 'bachelors', 'master', 'masters', 'doctor', 'associate']);

/**
 * Whether a capitalised run is the name of an academic degree: it says what a person studied, not who or what
 * the sources should mention, and a source gives it in its own words ("a degree in journalism").
 */
export function isDegree(words: readonly string[][]): boolean {
  const flat = words.flat();
  return flat.length >= 3 && DEGREE_HEADS.has(flat[0]) && flat[1] === 'of';
}

/** The longest word of a name as the draft writes it, lower-cased: the one its other spellings most likely keep ("Jay" of "Jay Z" in "Jay-Z"). */
export function longestNameWord(written: string): string {
  return written.toLowerCase().split(/\s+/).reduce((x, y) => (y.length > x.length ? y : x), '');
}
