// Which language a text is in, and the stopword list and stemmer that go with it. Drafts and sources in this
// domain are Indonesian or English news prose, so counting a handful of very frequent function words is enough:
// any paragraph of real prose contains several of them, and the two lists do not overlap.

import { Lang, LanguageTools } from '../types';
import { isEnglishStopword, isIndonesianStopword } from './stopwords';
import { RootLexicon, stemIndonesian } from './stem';
import { stemEnglish } from './stem-english';
import { remembered } from '../remembered';

const INDONESIAN_MARKERS = new Set([
  'yang', 'dan', 'di', 'dengan', 'untuk', 'pada', 'itu', 'ini', 'dari', 'dalam', 'tidak', 'akan', 'ke', 'adalah',
  'juga', 'oleh', 'karena', 'bahwa', 'mereka', 'telah', 'sudah', 'atau', 'tersebut', 'kata', 'ada', 'sebagai',
  'seperti', 'kepada', 'tetapi', 'namun', 'bagi', 'antara', 'sejak', 'hingga', 'agar', 'sehingga', 'saat',
  'ketika', 'para', 'lebih', 'masih', 'belum',
]);

const ENGLISH_MARKERS = new Set([
  'the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'on', 'with', 'as', 'by', 'at', 'it', 'from',
  'are', 'were', 'has', 'have', 'this', 'be', 'said', 'not', 'but', 'an', 'which', 'they', 'their', 'would',
  'had', 'been', 'will', 'its', 'after', 'who', 'about', 'than', 'more', 'also', 'there', 'he', 'she', 'we',
]);

// Long sources are decided well before their end; looking further only costs time.
const SAMPLE_CHARS = 20000;

/** The first letter after a position, skipping anything else: the next word's first letter. */
const NEXT_LETTER = /\P{L}*(\p{L})/uy;
/** What stands between a sentence's end and the next word: its mark, closing and opening quotes or brackets. */
const SENTENCE_GAP = /[.!?:]["'\u201d\u2019)]*\s*["'\u201c\u2018(]*\s*$/u;
const isCapital = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/**
 * Whether "the" or "of" at this match belongs to an English name or title: "The Death Cure", "Head of Hooq
 * Indonesia" in an Indonesian sentence. The next word must be capitalised; "the" capitalised itself, "of" after a
 * capitalised word that does not open its sentence ("Customers of Northvale Power"). (Other function words between
 * names are prose in either language: "Wang Yi di Beijing", "Putin and Xi".) Asked of these two words only.
 */
function inEnglishName(text: string, word: string, at: number, end: number, prevStart: number, beforePrevEnd: number): boolean {
  NEXT_LETTER.lastIndex = end;
  if (!isCapital(NEXT_LETTER.exec(text)?.[1])) return false;
  if (word === 'the') return isCapital(text[at]);
  return prevStart >= 0 && isCapital(text[prevStart]) && !(beforePrevEnd < 0 || SENTENCE_GAP.test(text.slice(beforePrevEnd, prevStart)));
}

/** How many function words of each language a text has. */
function markers(text: string): { id: number; en: number } {
  let id = 0;
  let en = 0;
  // Where the word before this one starts, and where the one before that ends (-1: none).
  let prevStart = -1, beforePrevEnd = -1, prevEnd = -1;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const at = match.index!, end = at + match[0].length, word = match[0].toLowerCase();
    const side = INDONESIAN_MARKERS.has(word) ? 1 : ENGLISH_MARKERS.has(word) ? 2 : 0;
    // A word in capitals is an acronym, not a function word: "AS" (Amerika Serikat) is no English "as". Asked of
    // function words only, the few of a text.
    const counted = side !== 0 && !(match[0].length > 1 && !/\p{Ll}/u.test(match[0])) &&
      !((word === 'the' || word === 'of') && inEnglishName(text, word, at, end, prevStart, beforePrevEnd));
    if (counted) { if (side === 1) id++; else en++; }
    beforePrevEnd = prevEnd; prevStart = at; prevEnd = end;
  }
  return { id, en };
}

/** Lines whose function words are kept; past this many the memo starts afresh. */
const LINE_MARKERS_LIMIT = 20_000;
const lineMarkers = remembered(markers, LINE_MARKERS_LIMIT);

/**
 * `markers` as the sum of the text's lines', each line's count kept: a draft being edited is read whole again on
 * every edit, and an edit changes one line. The same counts, since no word spans a line break.
 */
function markersByLine(text: string): { id: number; en: number } {
  let id = 0, en = 0;
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (to > from) { const m = lineMarkers(text.slice(from, to)); id += m.id; en += m.en; }
    from = to + 1;
  }
  return { id, en };
}

/**
 * 'id' or 'en' by majority of function words; an empty text or a tie is taken as Indonesian. A caller that knows
 * better passes `unclear`, the language for a text whose function words do not tell (none, or a tie): a
 * draft passes its sources' ("Northvale Power customers lost electricity." has no function word; read as
 * Indonesian, it was stemmed and checked as Indonesian). `byLine` counts line by line with each line's count kept
 * (a draft being edited).
 */
export function detectLanguage(text: string, unclear?: Lang, byLine = false): Lang {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { id, en } = byLine ? markersByLine(sample) : markers(sample);
  if (unclear && id === en) return unclear;
  return en > id ? 'en' : 'id';
}

/**
 * The language of one paragraph when its words say so clearly: two function words of one language and none of
 * the other, or three and twice as many. A short or mixed paragraph says too little and takes the document's.
 */
export function paragraphLanguage(text: string): Lang | undefined {
  return clearLanguage(markers(text));
}

function clearLanguage({ id, en }: { id: number; en: number }): Lang | undefined {
  const [hi, lo, lang]: [number, number, Lang] = id >= en ? [id, en, 'id'] : [en, id, 'en'];
  return (hi >= 2 && lo === 0) || (hi >= 3 && hi >= 2 * lo) ? lang : undefined;
}

/** Paragraphs whose language is kept; past this many the memo starts afresh. */
const PARAGRAPH_MEMO_LIMIT = 10_000;
/**
 * `paragraphLanguage`, kept per paragraph (null: unclear): a draft's paragraphs are read again on every edit, and an
 * edit changes one. Counted from the lines' kept counts, which the draft's own language is counted from too: each
 * line is read once for both.
 */
const knownParagraphLanguage = remembered((text: string) => clearLanguage(markersByLine(text)) ?? null, PARAGRAPH_MEMO_LIMIT);

/**
 * The language of each paragraph of a draft that mixes Indonesian and English ("…" in one, a quoted English
 * paragraph in the other): a lookup by offset into `prose`, giving `fallback` where a paragraph is unclear. A
 * paragraph is a line in plain text (a line break ends a sentence there) and a blank-line block in Markdown.
 */
export function languageByParagraph(prose: string, hardLineBreaks: boolean, fallback: Lang): (offset: number) => Lang {
  const ends: number[] = [], langs: Lang[] = [];
  const gap = hardLineBreaks ? /\n/g : /\n[ \t]*\n/g;
  let from = 0;
  const close = (to: number) => { ends.push(to); langs.push(knownParagraphLanguage(prose.slice(from, to)) ?? fallback); };
  for (const m of prose.matchAll(gap)) { close(m.index); from = m.index + m[0].length; }
  close(prose.length);
  if (langs.every(l => l === fallback)) return () => fallback;
  return offset => {
    let lo = 0, hi = ends.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] < offset) lo = mid + 1; else hi = mid; }
    return langs[lo];
  };
}

/**
 * Stopwords and stemmer for a language. The lexicon (the corpus's lower-case word forms) only matters for
 * Indonesian, where it decides between competing analyses of an affixed word.
 */
export function languageTools(lang: Lang, lexicon?: RootLexicon): LanguageTools {
  if (lang === 'en') {
    return { lang, isStopword: isEnglishStopword, stem: stemEnglish };
  }
  return {
    lang,
    isStopword: isIndonesianStopword,
    stem: (norm: string) => stemIndonesian(norm, lexicon),
  };
}
