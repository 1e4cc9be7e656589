// Which language a text is in, and the stopword list and stemmer that go with it. Drafts and sources in this
// domain are Indonesian or English news prose, so counting a handful of very frequent function words is enough:
// any paragraph of real prose contains several of them, and the two lists do not overlap.

import { Lang, LanguageTools } from '../types';
import { isEnglishStopword, isIndonesianStopword } from './stopwords';
import { RootLexicon, stemEnglish, stemIndonesian } from './stem';

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

/** 'id' or 'en' by majority of function words; an empty text or a tie is taken as Indonesian. */
export function detectLanguage(text: string): Lang {
  let id = 0;
  let en = 0;
  for (const match of text.slice(0, SAMPLE_CHARS).toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    if (INDONESIAN_MARKERS.has(word)) id++;
    else if (ENGLISH_MARKERS.has(word)) en++;
  }
  return en > id ? 'en' : 'id';
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
