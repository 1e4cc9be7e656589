import { Corpus } from '../index/corpus';
import { creditOf, shownDate, SourceMeta } from './source-credit';

// What the Sources view lists for each indexed document: how many sentences Sumber read in it, how many quotes it
// holds and how many people, organisations and places it names. Counted from the compact store and the entity
// registry, never by rebuilding a document's facts, so listing a corpus of thousands of files stays cheap.

export interface SourceSummary {
  doc: number;
  /** The workspace-relative path a writer knows the file by. */
  label: string;
  sentences: number;
  quotes: number;
  /** Distinct entities the document mentions. */
  names: number;
  headline?: string;
  /** The day, as a writer cites it (source-credit.ts). */
  date?: string;
  /** Headline, byline and date in the one form evidence gives them. */
  credit?: string;
}

/**
 * Every document of the corpus, by label, so the list reads like the folder it came from; `metaOf` gives what a
 * document's file says of itself, by the document's uri (the extractions the server keeps).
 */
export function sourceSummaries(corpus: Corpus, metaOf: (uri: string) => SourceMeta | undefined = () => undefined): SourceSummary[] {
  const names = new Array<number>(corpus.docs.length).fill(0);
  // Mentions come entity by entity, so "last entity counted for this document" is enough to count each once.
  const lastEntity = new Array<number>(corpus.docs.length).fill(-1);
  for (const e of corpus.registry.entities) {
    for (let k = 0, ms = e.mentions; k < ms.length; k++) {
      const doc = ms.doc(k);
      if (lastEntity[doc] === e.id) continue;
      lastEntity[doc] = e.id;
      names[doc]++;
    }
  }
  return corpus.docs
    .map(d => {
      const row: SourceSummary = { doc: d.id, label: d.label, sentences: corpus.store.sentenceCount(d.id), quotes: corpus.store.quoteCount(d.id), names: names[d.id] };
      const meta = metaOf(d.uri), credit = creditOf(meta), date = shownDate(meta?.date);
      if (meta?.headline) row.headline = meta.headline.replace(/\s+/g, ' ').trim();
      if (date) row.date = date;
      if (credit) row.credit = credit;
      return row;
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
}
