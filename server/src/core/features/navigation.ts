import { Corpus } from '../index/corpus';
import { DocFacts, QuoteFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { Span } from '../types';
import { findPassage } from '../index/quote-search';
import { CancellationToken } from '../cancellation';
import { lowerCaseNameAt, resolveName } from '../index/name-resolution';

export { resolveName } from '../index/name-resolution';

// From a place in a draft to the sources: the quote or name at an offset, the entity a name is, a name's mentions
// (references), and go to source as a link (below). Plain offsets in and out; the LSP layer turns them into
// locations.

export interface SourceLocation {
  doc: number;
  start: number;
  end: number;
}

/** The draft quote whose marks or words contain the offset. */
export function quoteAt(draft: DocFacts, offset: number): QuoteFacts | undefined {
  return draft.quotes.find(q => {
    const from = q.open >= 0 ? q.open : q.start;
    const to = q.close >= 0 ? q.close + 1 : q.end;
    return offset >= from && offset <= to;
  });
}

export function nameAt(draft: DocFacts, offset: number): NameMention | undefined {
  for (const s of draft.sentences) {
    if (offset < s.start || offset > s.end) continue;
    return s.names.find(n => offset >= n.start && offset <= n.end);
  }
  return undefined;
}

export function entityAt(corpus: Corpus, draft: DocFacts, offset: number): { name: Span; entity: Entity } | undefined {
  const name = nameAt(draft, offset);
  const entity = name && resolveName(corpus, draft, name);
  if (name && entity) return { name, entity };
  return lowerCaseNameAt(corpus, draft, offset);
}

/** The mention that tells most about an entity: one with a stated role, else its longest form, first seen. */
export function mostInformativeMention(e: Entity): SourceLocation | undefined {
  const role = e.roles[0];
  const withRole = role && e.mentions.find(m => m.doc === role.doc && Math.abs(m.start - role.end) <= 2 || (m.doc === role.doc && m.start >= role.start && m.end <= role.end + 80));
  const pick = withRole ?? [...e.mentions].sort((a, b) => b.text.length - a.text.length || a.doc - b.doc || a.start - b.start)[0];
  return pick && { doc: pick.doc, start: pick.start, end: pick.end };
}

export function referencesAt(corpus: Corpus, draft: DocFacts, offset: number): SourceLocation[] {
  const hit = entityAt(corpus, draft, offset);
  if (!hit) return [];
  return [...hit.entity.mentions].sort((a, b) => a.doc - b.doc || a.start - b.start).map(m => ({ doc: m.doc, start: m.start, end: m.end }));
}

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
  // Read from the stored form: a quote found in forty documents would otherwise rebuild the facts of each.
  const first = corpus.store.sentenceSpanAt(selection.doc, selection.start);
  const last = corpus.store.sentenceSpanAt(selection.doc, Math.max(selection.start, selection.end - 1));
  // A selection outside every sentence (a headline the analysis left out) is its own target.
  const start = Math.min(first?.start ?? selection.start, selection.start), end = Math.max(last?.end ?? selection.end, selection.end);
  return { origin: { start: origin.start, end: origin.end }, target: { doc: selection.doc, start, end }, selection };
}
