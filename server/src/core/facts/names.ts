import { Span, Token } from '../types';
import { TITLE_HEADS, TITLE_TAILS, ORG_WORDS, NAME_PARTICLES } from '../lexicon/roles';
import { ACRONYM, SAYING_VERBS, capLike, isTitleWord, joinTokens, mention, officeEnd, placeLength, tokenRange } from './ner-words';
import { combine } from './ner-combine';
import { tagSentence } from './ner-tagger';
import { weekdayOf } from './calendar-words';
import { CURRENCY_WORD_BEFORE } from './quantity-units';
import { placesByContext } from './ner-place-context';
import { titledAppositions } from './title-apposition';
import { rankedHolders } from './ranked-holder';
import { zoneAfterTime } from './clock-times';

export { nameKey } from './ner-words';

// Finds proper-noun phrases in one sentence and splits a capitalised run such as
// "Menteri Luar Negeri AS Antony Blinken" into a role ("Menteri Luar Negeri AS"), a place ("AS") and a name
// ("Antony Blinken"). Two passes agree on the result: the rules below, which know the shape of a name (titles,
// known places, organisation words, particles), and a tagger trained on annotated Indonesian news, which knows
// whether "Hanung" is a person and "Pertamina" a company (ner-tagger.ts; combined in ner-combine.ts).
// Corpus-wide merging (surname → full name, acronyms) happens in the entity registry.

export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/**
 * A name as a sentence mentions it. Every mention has every field, those it lacks undefined: mentions of one shape
 * are read at one hidden class by every pass over them (the store, the registry, the checks); with the optional
 * fields added only when set, analysing sources took 8% longer.
 */
export interface NameMention extends Span {
  text: string;
  /** Lower-cased, typography-folded name used as the registry key. */
  key: string;
  kind: EntityKind;
  /** Role stated next to the name, e.g. "Presiden Rusia" for "Presiden Rusia Vladimir Putin". */
  role: (Span & { text: string }) | undefined;
  /** The name's own tokens: whole-word tokens only. */
  words: string[];
  /**
   * A known place the tagger did not read as a location here: a country as an actor or a modifier ("serangan
   * udara Israel", "Presiden Rusia", "masyarakat Indonesia"). It stays a place mention, so the registry still
   * knows and merges it; only a reader that wants locations alone (the NER evaluation) leaves it out.
   */
  modifier: true | undefined;
  /** "Mahkamah Konstitusi (MK)": the name written again right after it in brackets, one entity in two mentions. */
  bracketed: Span | undefined;
}

export interface NameOptions {
  /** True when a word is an ordinary lower-case word, so a sentence-initial capital is not a name. */
  isCommonWord(norm: string): boolean;
  /** True when a word has been seen capitalised in mid-sentence, i.e. it is used as a name somewhere. */
  isKnownName(norm: string): boolean;
}

/** Proper-noun mentions in one sentence's tokens (offsets are those of the tokens). */
export function findNames(tokens: Token[], opts: NameOptions): NameMention[] {
  const found = combine(tokens, ruleNames(tokens, opts), tagSentence(tokens, opts), opts).map(m => withoutLeadingJoiner(tokens, m));
  return titledAppositions(tokens, rankedHolders(tokens, placesByContext(tokens, found.filter((m): m is NameMention => !!m && !isNoName(tokens, m, opts)))));
}

/** Lower-case words that join the parts of a name ("Bank of England") but never open one. */
const INNER_ONLY = new Set(['of', 'and', 'for', 'the', 'dan', 'untuk']);

/**
 * A mention without the joining words it opens with: "of Ashford" in the headline "Residents of Ashford told to boil
 * water", where the sentence's first word is an ordinary one; none when nothing is left.
 */
function withoutLeadingJoiner(tokens: Token[], m: NameMention): NameMention | undefined {
  // Read for every name of every source: the text's first word decides before any token is looked up.
  const space = m.text.indexOf(' ');
  if (!INNER_ONLY.has(space < 0 ? m.text : m.text.slice(0, space))) return m;
  let [from, to] = tokenRange(tokens, m);
  while (from < to && INNER_ONLY.has(tokens[from].text)) from++;
  if (from >= to || !tokens[from].cap) return undefined;
  const rest = mention(tokens.slice(from, to), m.kind, m.role);
  return m.modifier ? { ...rest, modifier: true } : rest;
}

/**
 * One capitalised word that names nothing, whichever pass took it: a weekday, plural too ("on Tuesdays"); a
 * currency before its amount ("Rp 41.500", "Rp87"); a transcript's label ("Q:") and the ordinary word opening what
 * follows it ("Q: Thank you both …"), which is a sentence start.
 */
function isNoName(tokens: Token[], m: NameMention, opts: NameOptions): boolean {
  if (m.words.length !== 1) return false;
  const i = tokens.findIndex(t => t.start === m.start);
  const t = tokens[i];
  if (!t) return false;
  if (weekdayOf(/days$/.test(t.text) ? t.text.slice(0, -1) : t.text, true) !== undefined || zoneAfterTime(tokens, i)) return true;
  if (CURRENCY_WORD_BEFORE.get(t.text) !== undefined && tokens[i + 1]?.kind === 'number') return true;
  const glued = /^(\p{L}+)\.?\d/u.exec(t.text);
  if (glued && CURRENCY_WORD_BEFORE.get(glued[1]) !== undefined) return true;
  const label = labelEnd(tokens);
  if (label < 0) return false;
  if (i < label) return /^[A-Z]$/.test(t.text);
  return i === label + 1 && (opts.isCommonWord(t.norm) || !opts.isKnownName(t.norm));
}

/** Where a transcript's label ends: the colon after up to three capitals-only words opening the sentence ("Q:", "ANA LINDQVIST:"), else -1. */
function labelEnd(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && k < 3 && tokens[k].kind === 'word' && /^\p{Lu}+$/u.test(tokens[k].text)) k++;
  return k > 0 && tokens[k]?.text === ':' ? k : -1;
}

const isPlaceStart = (words: string[], i: number) => placeLength(words, i) > 0;

/** Capitalised runs of the sentence: token index ranges [from, to). */
function capitalisedRuns(tokens: Token[], opts: NameOptions): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const firstWord = tokens.findIndex(t => t.kind === 'word');
  for (let i = 0; i < tokens.length; i++) {
    if (!capLike(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length) {
      if (capLike(tokens[j])) { j++; continue; }
      // "Ursula von der Leyen": particles continue a name only when a capitalised word follows.
      let k = j;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k].norm) && !tokens[k].cap) k++;
      if (k > j && k < tokens.length && capLike(tokens[k]) && k - j <= 2) { j = k + 1; continue; }
      break;
    }
    let from = i;
    // A sentence starts with a capital whatever the word is: drop it when it is an ordinary word. A known place
    // ("Rusia dan Jepang …") is a name wherever it stands.
    if (from === firstWord && !ACRONYM.test(tokens[from].text) && placeLength(tokens.slice(i, j).map(t => t.norm), 0) === 0) {
      const single = j - i === 1;
      // "Von der Leyen mendesak …": a particle opening the sentence opens the name it belongs to.
      const particle = NAME_PARTICLES.has(tokens[from].norm) && j - i > 2;
      // "Tumiran mengungkapkan …": a word no one writes in lower case, right before a verb of saying, is who spoke.
      const speaker = single && SAYING_VERBS.has(tokens[j]?.norm ?? '');
      if (!particle && (opts.isCommonWord(tokens[from].norm) || (single && !speaker && !opts.isKnownName(tokens[from].norm)))) from++;
    }
    // Leading titles are kept even at sentence start, so "Presiden Rusia Vladimir Putin" keeps its role, and so
    // are those that end in an office word ("Harbour Master Colin Reid").
    if (from > i && (TITLE_HEADS.has(tokens[i].norm) || officeEnd(tokens.slice(i, j).map(t => t.norm)) > 0)) from = i;
    // A lone capitalised ordinary word mid-sentence ("menyelesaikan Perang di Ukraina") is sloppy casing.
    if (j - from === 1 && from !== firstWord && opts.isCommonWord(tokens[from].norm) && !ACRONYM.test(tokens[from].text) && placeLength([tokens[from].norm], 0) === 0) continue;
    if (from < j) runs.push([from, j]);
    i = j - 1;
  }
  return runs;
}

/** The rule pass: capitalised runs split into roles, places, organisations and names. */
function ruleNames(tokens: Token[], opts: NameOptions): NameMention[] {
  const out: NameMention[] = [];
  for (const [from, to] of capitalisedRuns(tokens, opts)) {
    const run = tokens.slice(from, to);
    const words = run.map(t => t.norm);
    // A lower-case title right before the run ("pemimpin Tiongkok Xi Jinping", "juru bicara …").
    let roleFrom = from;
    while (roleFrom > 0 && from - roleFrom < 3 && tokens[roleFrom - 1].kind === 'word' && isTitleWord(tokens[roleFrom - 1].norm)) roleFrom--;
    // "wilayah Kharkiv", "kota Kharkiv": tail words alone ("kota", "negara") make no title; "the mayor of Harwick"
    // names what the mayor is of.
    if (!tokens.slice(roleFrom, from).some(t => TITLE_HEADS.has(t.norm)) || tokens[from - 1]?.norm === 'of') roleFrom = from;
    let t = 0;
    while (t < run.length && (TITLE_HEADS.has(words[t]) || (t > 0 && TITLE_TAILS.has(words[t])))) t++;
    t = Math.max(t, officeEnd(words));
    const titled = t > 0 || roleFrom < from;
    // The name is the longest tail of plain capitalised words (no title, place or organisation word).
    let n = run.length;
    while (n > t && !isTitleWord(words[n - 1]) && !ORG_WORDS.has(words[n - 1]) && !isPlaceStart(words, n - 1)) n--;
    const hasOrgWord = words.slice(t).some(w => ORG_WORDS.has(w));
    if (titled && n < run.length) {
      const roleTokens = tokens.slice(roleFrom, from + n);
      pushPlaces(run.slice(t, n), out);
      out.push(mention(run.slice(n), 'person', roleTokens.length ? joinTokens(roleTokens) : undefined));
      continue;
    }
    if (hasOrgWord) { out.push(mention(run.slice(t), 'organization')); continue; }
    pushPlaces(run.slice(t), out, true);
  }
  return out;
}

/** Splits a run into place names and the plain words between them. */
function pushPlaces(run: Token[], out: NameMention[], keepRest = false): void {
  const words = run.map(t => t.norm);
  let rest: Token[] = [];
  const flush = () => { if (keepRest && rest.length) out.push(mention(rest, kindOfPlain(rest))); rest = []; };
  for (let i = 0; i < run.length; ) {
    const n = placeLength(words, i);
    if (n === 0) { rest.push(run[i]); i++; continue; }
    flush();
    out.push(mention(run.slice(i, i + n), 'place'));
    i += n;
  }
  flush();
}

function kindOfPlain(run: Token[]): EntityKind {
  if (run.length === 1 && ACRONYM.test(run[0].text)) return 'organization';
  return 'other';
}
