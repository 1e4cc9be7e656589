import { Corpus } from '../index/corpus';
import { DocFacts, sentenceAt } from '../facts/analyze';
import { findPassage } from '../index/quote-search';
import { Span } from '../types';
import { CancellationToken } from '../cancellation';
import { entityAt, mostInformativeMention, quoteAt, SourceLocation } from './navigation';

// Go to source as a link: what in the draft it starts from, the source passage it leads to, and the words in that
// passage to reveal and select. An editor that opens a source on one line per paragraph otherwise lands at the
// paragraph's start with the quoted words somewhere off screen to the right; with the words as the selection it
// scrolls to them. The passage around them (the sentences the words stand in) is the link's target, which an
// editor shows when it peeks.

export interface SourceLink {
  /** The draft's quote, marks included, or the name the request started from. */
  origin: Span;
  /** The source sentences that hold the words. */
  target: SourceLocation;
  /** The source's words: the quoted passage, or the mention of the name. */
  selection: SourceLocation;
}

export function sourceLinksAt(corpus: Corpus, draft: DocFacts, offset: number, token?: CancellationToken): SourceLink[] {
  const q = quoteAt(draft, offset);
  if (q) {
    const origin = { start: q.open >= 0 ? q.open : q.start, end: q.close >= 0 ? q.close + 1 : q.end };
    return findPassage(corpus, q.text, token).map(m => linkTo(corpus, origin, { doc: m.doc, start: m.start, end: m.end }));
  }
  const hit = entityAt(corpus, draft, offset);
  const loc = hit && mostInformativeMention(hit.entity);
  return hit && loc ? [linkTo(corpus, hit.name, loc)] : [];
}

/** Where go to source leads: the source's words themselves, for callers that want only those. */
export function definitionAt(corpus: Corpus, draft: DocFacts, offset: number, token?: CancellationToken): SourceLocation[] {
  return sourceLinksAt(corpus, draft, offset, token).map(l => l.selection);
}

function linkTo(corpus: Corpus, origin: Span, selection: SourceLocation): SourceLink {
  const sentences = corpus.docs[selection.doc].facts.sentences;
  const first = sentences[sentenceAt(sentences, selection.start)];
  const last = sentences[sentenceAt(sentences, Math.max(selection.start, selection.end - 1))];
  // A selection outside every sentence (a headline the analysis left out) is its own target.
  const start = Math.min(first?.start ?? selection.start, selection.start), end = Math.max(last?.end ?? selection.end, selection.end);
  return { origin: { start: origin.start, end: origin.end }, target: { doc: selection.doc, start, end }, selection };
}
