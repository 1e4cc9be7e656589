import { Lang, Span } from '../types';
import { compoundForms, compoundVocabulary } from './compound-forms';
import { kanForms } from './kan-forms';
import { Corpus, SentenceRef } from './corpus';
import { SentenceFacts, Word } from '../facts/analyze';
import { vectorRow } from '../lexicon/word-vectors';
import { yearsInUnit } from '../lexicon/time-units';
import { COUNTERS } from '../lexicon/counters';
import { TIME_OF_DAY } from '../facts/calendar-words';
import { CLOCK_WORDS } from '../facts/clock-times';
import { looksLikeVerb, refusesNext, soonAfter } from '../facts/negation';
import { framesEvent, holdsEvent } from '../facts/event-framing';
import { descriptorKind } from '../facts/description-words';
import { UNTIL_REACHED } from '../facts/hedges';
import { Entity } from './registry';

// How well a source passage supports a claim: the claim's terms (here), the candidate sentences the postings give
// for them (retrieve.ts, BM25), and the IDF-weighted share of the terms each passage states (align.ts). A word found
// in a neighbouring sentence counts for less (the source may have said "Negara ini …" after naming the country), and
// a name counts when the passage's document mentions the same entity.

export interface ClaimTerm extends Span {
  stem: string;
  norm: string;
  weight: number;
  /** The entity the word's name refers to, when it is part of a name the corpus knows. */
  entity?: Entity;
  isName: boolean;
  /** Other stems the word may stand under in a source: the same compound spelt open or closed (compound-forms.ts). */
  forms?: string[];
  /** An English word's row in the word vectors (lexicon/word-vectors.ts): a passage may word it otherwise. */
  meaningRow?: number;
}

export interface Alignment {
  ref: SentenceRef;
  bm25: number;
  coverage: number;
  /** Credit (0–1) each claim term got. */
  credit: number[];
  /**
   * The coverage and credits without the credit of words the passage says otherwise (MEANING_CREDIT), when some
   * word got it: what the figure checks hold a passage to before they compare figures (checks/figure-finding.ts
   * byOwnWords).
   */
  literal?: { coverage: number; credit: number[] };
}

/**
 * A source sentence as a passage of its own, for a finding whose evidence is a sentence the claim was not aligned
 * with (the sentence a story dates its event in, one holding the claim's other figure): no score, no credit.
 */
export function alignmentAt(doc: number, sentence: number): Alignment {
  return { ref: { doc, sentence }, bm25: 0, coverage: 0, credit: [] };
}

/**
 * A unit of time right after one of the claim's counts ("setengah tahun"): part of the figure, which the number check
 * holds to the same length in any unit ("enam bulan"), so no word a passage must have; nor is a counter ("dua unit"),
 * nor "orang" between a count and the people it counts ("14 orang saksi" for the story's "14 saksi").
 */
function unitOfCount(s: SentenceFacts, w: Word): boolean {
  const counter = yearsInUnit(w.norm) !== undefined || COUNTERS.has(w.norm) || (w.norm === 'orang' && beforeNoun(s, w));
  return counter && s.quantities.some(q => q.end <= w.start && w.start - q.end <= 1);
}

/**
 * Whether the word right after a word is a noun: "14 orang saksi" counts witnesses; "lima orang meninggal" and "dua
 * orang tua" do not. Asked only of "orang", so the search for the next word is no cost of every word.
 */
function beforeNoun(s: SentenceFacts, w: Word): boolean {
  const next = s.words.find(x => x.token === w.token + 1);
  return !!next && !next.stop && !s.tokens[next.token].cap && !looksLikeVerb(next.norm) && next.norm !== 'tua';
}

/**
 * A part of the day right before the claim's date ("pada dini hari 8 Juni 2024", "pagi 8 Juni"): of the date, as it is
 * after a weekday ("Sabtu dini hari"), which the date check reads; no word a passage must have.
 */
function partOfDayBeside(s: SentenceFacts, w: Word): boolean {
  // "dini hari", "pagi hari": "hari" after a part of the day is of it.
  const hari = w.norm === 'hari' && TIME_OF_DAY.has(s.tokens[w.token - 1]?.norm ?? '');
  if (!TIME_OF_DAY.has(w.norm) && !hari) return false;
  const next = s.tokens[w.token + (!hari && s.tokens[w.token + 1]?.norm === 'hari' ? 2 : 1)];
  return !!next && s.dates.some(d => d.start === next.start);
}

/**
 * "mulai" (from) right before a date or a clock time ("mulai Rabu (15/7/2026)", "mulai pukul lima pagi"): of the date,
 * which the date check reads, as "sejak" is; no word a passage must have ("sejak Rabu", "pada Rabu"). Before a verb it
 * is an act begun ("mulai memblokir") and stays.
 */
function startOfDate(s: SentenceFacts, w: Word): boolean {
  if (w.norm !== 'mulai') return false;
  const next = s.tokens[w.token + 1];
  return !!next && (CLOCK_WORDS.has(next.norm) || s.dates.some(d => d.start === next.start));
}

/** Words of amount a passage words otherwise: "kira-kira" (about), "kebanyakan" and "mayoritas" (most, "sebagian besar"). */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['kira-kira', 'kebanyakan', 'mayoritas']);

/**
 * Words that only lead into the figure after them: "santunan sebesar Rp50 juta", "kerugian senilai Rp 3 miliar",
 * "korban tercatat 31 orang" (recorded: the count a story gives is the one recorded).
 */
const FIGURE_LEADS: ReadonlySet<string> = new Set(['sebesar', 'senilai', 'sejumlah', 'sebanyak', 'tercatat']);

/**
 * A hedge or a word of amount, no word a passage must have: "kurang lebih 60 orang" ("about", "kurang" of it before a
 * figure), "kira-kira", "kebanyakan" for "sebagian besar" and "besar" of that. Which amount it is, most or few, is
 * the quantifier check's (checks/quantifier-opposition.ts). "sebesar" and its kind before a figure lead into it.
 */
function hedgeOrAmount(s: SentenceFacts, w: Word): boolean {
  if (AMOUNT_WORDS.has(w.norm) || AMOUNT_WORDS.has(s.tokens[w.token].text.toLowerCase())) return true;
  if ((w.norm === 'besar' || w.norm === 'kecil') && s.tokens[w.token - 1]?.norm === 'sebagian') return true;
  // "bertambah hingga mencapai 517 laporan": after "hingga" the verb only leads into the figure, as "menjadi 517" does.
  const leads = FIGURE_LEADS.has(w.norm) || (w.norm === 'mencapai' && UNTIL_REACHED.has(s.tokens[w.token - 1]?.norm ?? ''));
  if (leads) { const figure = s.tokens[w.token + 1]; return !!figure && s.quantities.some(q => q.start === figure.start); }
  const next = s.tokens[w.token + 2];
  // "paling lama 10 tahun" bounds the figure as "hingga" does (facts/hedges.ts).
  if (w.norm === 'lama' && s.tokens[w.token - 1]?.norm === 'paling') return s.quantities.some(q => q.start === s.tokens[w.token + 1]?.start);
  return w.norm === 'kurang' && s.tokens[w.token + 1]?.norm === 'lebih' && !!next && s.quantities.some(q => q.start === next.start);
}

/** Forms of "dapat" with -i, which find as "menemukan" does: "KP3 mendapati 65 ton urea", "didapati rusak". */
const FINDING: ReadonlySet<string> = new Set(['mendapati', 'didapati', 'mendapatinya', 'didapatinya']);

/** Verbs of a count's growth, by stem: "naik", "bertambah", "meningkat". */
const GROWTH: readonly string[] = ['naik', 'tambah', 'tingkat'];
/**
 * Words after which such a verb gives the count grown to or from: "naik menjadi 31 orang", "bertambah dari 17". Not a
 * figure right after it: "ditambah 12 awak" is plus twelve.
 */
const GROWN_TO: ReadonlySet<string> = new Set(['menjadi', 'dari', 'hingga', 'sampai', 'sebanyak', 'sejumlah']);

/**
 * A verb of growth before the count it grew to or from stands under the other verbs of growth: "naik menjadi 31
 * orang" is "bertambah menjadi 31 orang". Not as synonyms: "naik" is also to board ("naik kapal"), which "turun"
 * (to get off) opposes, and "ditambah" is plus ("143 penumpang ditambah 12 awak").
 */
function growthForms(s: SentenceFacts, w: Word): string[] {
  if (!GROWTH.includes(w.stem)) return [];
  const next = s.tokens[w.token + 1];
  return next && GROWN_TO.has(next.norm) ? GROWTH.filter(g => g !== w.stem) : [];
}

/**
 * Content words of a claim, leaving out numbers and dates (checked on their own) and the given spans. A decade
 * ("1950-an") stays a word to find as well: the verifier learned it as one, and a passage without it says less.
 */
export function claimTerms(corpus: Corpus, s: SentenceFacts, resolve: (w: Word) => Entity | undefined, skip: readonly Span[] = [], lang?: Lang): ClaimTerm[] {
  const excluded = [...s.quantities, ...s.dates.filter(d => d.decade === undefined), ...skip];
  const out: ClaimTerm[] = [];
  const seen = new Set<string>();
  const vocab = lang && compoundVocabulary(corpus, lang);
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    if (w.stop || excluded.some(x => w.start < x.end && w.end > x.start) || seen.has(w.stem)) continue;
    if (/^\d/.test(w.norm) || unitOfCount(s, w) || partOfDayBeside(s, w) || startOfDate(s, w) || hedgeOrAmount(s, w)) continue;
    // "tak lama setelah" (shortly after): its "lama" says when, as "segera" does, and no passage need have it.
    if (w.token > 0 && soonAfter(s.tokens, w.token - 1)) continue;
    // "refused to provide", "enggan mengutuk": the verb denies the act after it, as "not" would, and the polarity
    // checks read it there; a passage that says "would not provide" need not have it.
    if (refusesNext(s.tokens, w.token)) continue;
    // "took place", "berlangsung": the claim's event and its time or place are what a passage must state.
    if (framesEvent(s.tokens, w.token)) continue;
    seen.add(w.stem);
    const entity = resolve(w);
    const isName = !!entity || s.names.some(n => w.start >= n.start && w.end <= n.end);
    const forms = vocab && !isName ? [...compoundForms(s.words, i, vocab), ...(lang === 'id' ? kanForms(w, vocab) : [])] : [];
    // "menggelar unjuk rasa" stands where a story has "berunjuk rasa": the verb of holding, under the event's stem.
    if (holdsEvent(s.tokens, w.token) && s.words[i + 1]) forms.push(s.words[i + 1].stem);
    forms.push(...growthForms(s, w));
    // "mendapati" (to find, come upon) is "menemukan", where "mendapat" of the same stem is to get.
    if (FINDING.has(w.norm)) forms.push('temu');
    // What a person is ("nurse", "mayor") is a fact the claim states in its own word, not one a passage words
    // otherwise: "nurse" is 0.72 from "hospital", and a doctor is no nurse.
    const meaningRow = lang === 'en' && !isName && descriptorKind(w.norm) !== 'person' ? vectorRow(w.stem) : undefined;
    out.push({ start: w.start, end: w.end, stem: w.stem, norm: w.norm, weight: corpus.idf(w.stem), entity, isName, ...(forms.length ? { forms } : {}),
      ...(meaningRow !== undefined ? { meaningRow } : {}) });
  }
  return out;
}
