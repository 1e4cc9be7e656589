import { analyzeText, AnalysisContext, askedWords, TextFormat } from '../facts/analyze';
import { CancellationToken } from '../cancellation';
import { encodeDoc, StoredDoc } from './stored-doc';
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

/** Analyses one file of a corpus as document number `id`. */
export function analyseApart(id: number, text: string, format: TextFormat, ctx: AnalysisContext, token?: CancellationToken): AnalysedFile {
  const asked = askedWords();
  const facts = analyzeText(text, { format, keepHeadings: true, asked }, ctx, token);
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
