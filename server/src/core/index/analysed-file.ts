import { AnalyzeOptions, analyzeText, AnalysisContext, AskedWords, askedWords, TextFormat } from '../facts/analyze';
import { CancellationToken } from '../cancellation';
import { forEachAsked, StoredDoc } from './stored-doc';
import { decodeDoc, encodeDoc } from './stored-doc-codec';
import { Staleness } from './vocabulary-change';
import { mentionsOf, notesOf } from './indexing';
import { RawMention } from './registry';

// A file analysed apart from the corpus's store, as a worker thread does it: the stored form with a string table
// of its own (the store renumbers it on arrival, facts-store.ts) and the name mentions the registry takes. Plain
// data and typed arrays only, so it crosses a thread boundary by structured clone, the arrays by transfer.

export interface AnalysedFile {
  doc: StoredDoc;
  /** The strings the document's ids refer to. */
  strings: string[];
  mentions: RawMention[];
}

/** A source's analysis under vocabularies that changed since (its text did not): what analysing it again may keep. */
export interface FormerAnalysis { doc: StoredDoc; strings: readonly string[]; staleness: Staleness }

/**
 * The sentences a source analysed again may keep from its former analysis: those the vocabulary change cannot
 * touch (Staleness.sentence). A word's first capital in mid-sentence made 24 files of 10 MB of sources stale, each
 * for one or two sentences; analysing them whole was 160 ms of the update. The former questions join the new
 * ones, so the next change finds the kept sentences' questions too.
 */
export function reuseOf(former: FormerAnalysis, text: string, asked: AskedWords): AnalyzeOptions['reuse'] {
  // Without the former questions, the kept sentences' would be lost to the next change.
  if (!former.doc.asked) return undefined;
  const kept = decodeDoc(former.doc, text, former.strings).sentences;
  forEachAsked(former.doc, (form, asName) => (asName ? asked.names : asked.common).add(former.strings[form]));
  return (index, start, end) => {
    const s = kept[index];
    return s && s.start === start && s.end === end && !former.staleness.sentence(s) ? s : undefined;
  };
}

/** Analyses one file of a corpus as document number `id`; `former`, its analysis under other vocabularies. */
export function analyseApart(id: number, text: string, format: TextFormat, ctx: AnalysisContext, token?: CancellationToken, former?: FormerAnalysis): AnalysedFile {
  const asked = askedWords();
  const facts = analyzeText(text, { format, keepHeadings: true, asked, reuse: former && reuseOf(former, text, asked) }, ctx, token);
  const strings: string[] = [], ids = new Map<string, number>();
  const doc = encodeDoc(facts, s => {
    let i = ids.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); ids.set(s, i); }
    return i;
  }, asked);
  const mentions = mentionsOf(id, facts);
  doc.nameNotes = notesOf(mentions);
  return { doc, strings, mentions };
}
