import { Claim, EvidenceRef, evidenceAt } from './types';
import { QuoteFacts, quotesTouching } from '../facts/analyze';
import { findPassage, QuoteMatch } from '../index/quote-search';
import { areSynonyms } from '../lexicon/synonyms';

// What a claim's quotes found in the sources settle: where each stands (searched once per claim, by the quote check
// and the rest alike), the source sentence that backs a supported sentence, and whether a sentence says nothing but
// quotes the sources have word for word.

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Fewest words of a quote whose place in the sources stands for what backs its sentence (not a scare quote). */
const MIN_BACKING_QUOTE_WORDS = 5;

/**
 * What backs a supported sentence that quotes a source: the source sentence holding the quote's words. Where the
 * quote stands says more than the passage sharing most words with the rest of the sentence: for "“Checking every
 * caddy …,” said Miriam Okafor", that was the interviewer's question to Miriam, not her answer.
 */
export function quotedSource(claim: Claim): EvidenceRef | undefined {
  const { corpus, draft, sentence } = claim;
  for (const q of quotesTouching(draft, sentence)) {
    if (q.start < sentence.start || wordCount(q.text) < MIN_BACKING_QUOTE_WORDS) continue;
    const m = placesOf(claim, q.text).find(x => x.exact);
    if (!m) continue;
    const s = corpus.docs[m.doc].facts.sentences.find(x => x.start <= m.start && m.start < x.end);
    return evidenceAt(corpus, m.doc, s?.start ?? m.start, s?.end ?? m.end);
  }
  return undefined;
}

/**
 * Whether the sentence says nothing but what quotes the sources have word for word say, and who said them: every term
 * outside those quotes names someone or says that they said it. The quote check has settled such a sentence (its
 * words, and its speaker against the source's); the support check would read a quote's first sentence alone ("“Ini
 * hanya sementara.") as a claim that no passage states, the rest of its passage being in the next sentence.
 */
export function saysOnlyVerbatimQuotes(claim: Claim): boolean {
  const touching = quotesTouching(claim.draft, claim.sentence);
  // The speaker's title ("Direktur Utama PDAM Tirta Sindang Hendra Wiratmaja mengatakan, “…”") is the role check's.
  const inRole = (t: Claim['terms'][number]) => claim.sentence.names.some(n => n.role && t.start >= n.role.start && t.end <= n.role.end);
  const outside = (t: Claim['terms'][number], quotes: readonly QuoteFacts[]) => !t.isName && !inRole(t) && !areSynonyms(t.stem, 'kata') && !quotes.some(q => t.start >= q.start && t.end <= q.end);
  // Words first, the sources after: most sentences say something outside their quotes, and a quote that runs on
  // through a paragraph (its closing mark lost) touches every sentence of it.
  if (!touching.length || claim.terms.some(t => outside(t, touching))) return false;
  const quotes = touching.filter(q => foundExactly(claim, q));
  return quotes.length > 0 && !claim.terms.some(t => outside(t, quotes));
}

/** Whether the sources have a quote of the draft word for word: searched once per quote of a draft's analysis. */
function foundExactly(claim: Claim, q: QuoteFacts): boolean {
  let byCorpus = exactly.get(q);
  if (!byCorpus) exactly.set(q, (byCorpus = new WeakMap()));
  let found = byCorpus.get(claim.corpus);
  if (found === undefined) byCorpus.set(claim.corpus, (found = placesOf(claim, q.text).some(m => m.exact)));
  return found;
}
const exactly = new WeakMap<QuoteFacts, WeakMap<Claim['corpus'], boolean>>();

/** Each claim's quote searches, so the passage backing a supported sentence reuses what the quote check found. */
const searched = new WeakMap<Claim, Map<string, QuoteMatch[]>>();

export function placesOf(claim: Claim, quote: string): QuoteMatch[] {
  let byQuote = searched.get(claim);
  if (!byQuote) searched.set(claim, (byQuote = new Map()));
  let matches = byQuote.get(quote);
  if (!matches) byQuote.set(quote, (matches = findPassage(claim.corpus, quote)));
  return matches;
}
