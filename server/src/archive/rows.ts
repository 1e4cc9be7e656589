import { AnalysedFile } from '../core/index/analysed-file';
import { contentStemIds, forEachAsked, sentenceCount, someWordForm, wordCount } from '../core/index/stored-doc';
import { namedSentences, sentenceOutlines } from '../core/index/stored-doc-codec';
import { docNames, partSummaries, PartSummary } from '../core/index/registry-parts';
import { collectVocabulary } from '../core/facts/analyze';
import { lexiconQuestions } from '../core/text/stem';
import { remembered } from '../core/remembered';

// One analysed document as the archive's rows: the sentences with their facts (JSONB), its stems (stem → the
// document's sentences holding it), the names it gives and what it says of them, its quotes with their speakers,
// and the words whose standing in the corpus vocabularies its analysis depends on. Its vocabularies
// (`vocabularyOf`) are worked out once, before the analysis, which needs them.

export interface SentenceRow { ordinal: number; start: number; end: number; words: number; body: string; facts: object }
export interface QuoteRow { ordinal: number; sentence: number; start: number; end: number; body: string; speaker: string | null }

export interface DocumentRows {
  lang: string;
  sentences: SentenceRow[];
  postings: Map<string, number[]>;
  names: PartSummary[];
  quotes: QuoteRow[];
  wordCount: number;
  /**
   * The words the analysis asked the vocabularies about: the name finder's questions and, for every word form,
   * the roots the Indonesian stemmer looks up. A change of any one's standing may change the analysis.
   */
  questions: string[];
}

/** The vocabularies a text brings to the corpus, sorted (collectVocabulary). */
export function vocabularyOf(text: string): { lower: string[]; midCap: string[] } {
  const lower = new Set<string>(), midCap = new Set<string>();
  collectVocabulary(text, lower, midCap);
  return { lower: [...lower].sort(), midCap: [...midCap].sort() };
}

/**
 * `lexiconQuestions`, kept per word form: a corpus repeats its forms from document to document, and working out a
 * form's candidate roots was a third of making a document's rows. Past the limit the memo starts afresh.
 */
const questionsOfForm = remembered(lexiconQuestions, 200_000);

export function rowsOf(a: AnalysedFile, text: string): DocumentRows {
  // The sentences' outlines and, for those that name someone, their names: a whole decode of the document made its
  // every token and word too, which no row holds (a tenth of what an ingest's main thread allocated).
  const namesOf = new Map(namedSentences(a.doc, text, a.strings).map(s => [s.index, s.names]));
  const sentences = sentenceOutlines(a.doc, text).map((s, i): SentenceRow => {
    const names = namesOf.get(i) ?? [];
    return {
      ordinal: i, start: s.start, end: s.end, words: s.words, body: s.text,
      facts: {
        ...(s.headline ? { headline: true } : {}),
        ...(s.quantities.length ? { quantities: s.quantities } : {}),
        ...(s.dates.length ? { dates: s.dates } : {}),
        ...(names.length ? { names: names.map(n => ({ text: n.text, key: n.key, kind: n.kind, start: n.start, end: n.end, ...(n.role ? { role: n.role.text } : {}) })) } : {}),
      },
    };
  });
  const postings = new Map<string, number[]>();
  for (let i = 0, n = sentenceCount(a.doc); i < n; i++) {
    for (const id of new Set(contentStemIds(a.doc, i))) {
      const stem = a.strings[id];
      (postings.get(stem) ?? postings.set(stem, []).get(stem)!).push(i);
    }
  }
  const quotes = a.doc.quotes.map((q, i): QuoteRow => ({
    ordinal: i, sentence: q.sentence, start: q.start, end: q.end, body: text.slice(q.start, q.end), speaker: q.attribution.speaker?.text ?? null,
  }));
  const questions = new Set<string>();
  forEachAsked(a.doc, form => questions.add(a.strings[form]));
  const forms = new Set<number>();
  someWordForm(a.doc, f => { forms.add(f); });
  for (const f of forms) for (const root of questionsOfForm(a.strings[f])) questions.add(root);
  // The document's vocabularies are not among its rows: the ingest has them already (DocumentWrite.vocabulary).
  return {
    lang: a.doc.lang, sentences, postings, names: partSummaries(docNames(0, a.mentions)), quotes,
    // In the order asked: the archive reads them only through a GIN index, and sorting them was a tenth of the rows' time.
    wordCount: wordCount(a.doc), questions: [...questions],
  };
}
