import { Claim, Finding, evidenceAt, excerpt } from './types';
import { QuoteFacts, quotesTouching } from '../analyze';
import { findPassage, QuoteMatch } from '../quote-search';
import { Entity } from '../registry';
import { Corpus } from '../corpus';

// Quotes are where writers are most exposed: a quote must stand in a source word for word, and in the mouth
// the sources put it in. A one-word quote is a scare quote more often than speech, so it is held to an exact
// match but not to an attribution; a phrase of two or more words that the draft puts in a named speaker's mouth
// ("Macron menuduh China menjadi “kontributor utama”") must be that speaker's in the sources.

/** The source quote (with its attribution) that contains a match, if the source marks it as a quote. */
function sourceQuoteAt(corpus: Corpus, m: QuoteMatch): QuoteFacts | undefined {
  return corpus.docs[m.doc].facts.quotes.find(q => q.start <= m.start + 2 && m.end <= q.end + 2);
}

function speakerEntity(corpus: Corpus, q: QuoteFacts | undefined): Entity | undefined {
  const s = q?.attribution.speaker;
  return s ? corpus.registry.resolve(s) : undefined;
}

/** The quote's words without the punctuation that belongs to the sentence around it ("…kami,” kata Putin"). */
function wordsOnly(q: QuoteFacts): { start: number; end: number } {
  let start = q.start, end = q.end;
  while (end > start && /[\s.,;:!?\u2026-]/u.test(q.text[end - 1 - q.start])) end--;
  while (start < end && /[\s.,;:!?\u2026-]/u.test(q.text[start - q.start])) start++;
  return { start, end };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;
}

export function checkQuotes(claim: Claim): Finding[] {
  const { corpus, draft, sentence } = claim;
  const findings: Finding[] = [];
  for (const q of quotesTouching(draft, sentence)) {
    if (q.start < sentence.start) continue;
    const matches = findPassage(corpus, q.text);
    const exact = matches.filter(m => m.exact);
    if (exact.length) {
      const mis = misattribution(claim, q, exact);
      if (mis) findings.push(mis);
      continue;
    }
    if (matches.length && wordCount(q.text) >= 3) {
      const best = matches[0];
      findings.push({
        start: q.start, end: q.end, code: 'quote-mismatch',
        message: `The source words this quote differently: “${excerpt(best.text, 200)}” (${corpus.docs[best.doc].label}).`,
        evidence: [evidenceAt(corpus, best.doc, best.start, best.end)],
        fixes: [{ title: 'Use the source’s wording', ...wordsOnly(q), newText: best.text }],
      });
      continue;
    }
    findings.push(notFound(claim, q));
  }
  return findings;
}

/** No source has the passage; if the best-matching sentence quotes something else in its place, say what. */
function notFound(claim: Claim, q: QuoteFacts): Finding {
  const { corpus } = claim;
  const best = claim.evidence[0];
  if (best && best.coverage >= 0.6) {
    const s = corpus.sentence(best.ref);
    const sourceQuotes = corpus.docs[best.ref.doc].facts.quotes.filter(x => x.start >= s.start && x.end <= s.end);
    const nearest = sourceQuotes.find(x => wordCount(x.text) <= wordCount(q.text) + 3);
    if (nearest) {
      return {
        start: q.start, end: q.end, code: 'quote-mismatch',
        message: `No source has “${excerpt(q.text, 80)}”; the source quotes “${excerpt(nearest.text, 160)}” here (${corpus.docs[best.ref.doc].label}).`,
        evidence: [evidenceAt(corpus, best.ref.doc, nearest.start, nearest.end)],
        fixes: [{ title: 'Use the source’s wording', ...wordsOnly(q), newText: nearest.text.replace(/[\s.,;:!?]+$/u, '') }],
      };
    }
  }
  return {
    start: q.start, end: q.end, code: 'quote-not-found',
    message: `No source contains the quoted words “${excerpt(q.text, 120)}”.`,
    evidence: [], fixes: [],
  };
}

function misattribution(claim: Claim, q: QuoteFacts, matches: QuoteMatch[]): Finding | undefined {
  const { corpus } = claim;
  if (q.attribution.how !== 'stated' || !q.attribution.speaker || wordCount(q.text) < 2) return undefined;
  const said = corpus.registry.resolve(q.attribution.speaker);
  const speakers = matches.map(m => ({ m, who: speakerEntity(corpus, sourceQuoteAt(corpus, m)) })).filter(x => x.who);
  if (!speakers.length || speakers.some(x => x.who === said)) return undefined;
  const { m, who } = speakers[0];
  const sp = q.attribution.speaker;
  const name = nameToWrite(who!, sp.text);
  return {
    start: sp.start, end: sp.end, code: 'misattributed-quote',
    message: `The sources attribute this quote to ${who!.name}, not ${sp.text}.`,
    evidence: [evidenceAt(corpus, m.doc, m.start, m.end)],
    fixes: [{ title: name === who!.name ? `Attribute to ${name}` : `Attribute to ${name} (${who!.name})`, start: sp.start, end: sp.end, newText: name }],
  };
}

/**
 * The name to write for the real speaker, in the writer's style: the full name for a full name, and for a one-word
 * attribution the one word the sources themselves call this speaker by ("Xi" for Xi Jinping), which is a word of
 * the full name: any other one-word mention merged into the entity (an acronym after the name) is no name to
 * write. The sources' most frequent such word wins, the first written on a tie.
 */
function nameToWrite(e: Entity, written: string): string {
  if (written.includes(' ')) return e.name;
  const words = new Set(e.name.toLowerCase().split(/\s+/));
  const counts = new Map<string, number>();
  for (const mention of e.mentions) {
    if (!mention.text.includes(' ') && words.has(mention.text.toLowerCase())) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [text, n] of counts) if (best === undefined || n > counts.get(best)!) best = text;
  return best ?? e.name;
}
