import { Claim, Finding, evidenceAt, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { QuoteFacts } from '../facts/analyze';
import { isNegator } from '../facts/negation';
import { QuoteMatch } from '../index/quote-search';
import { tokenize } from '../text/tokens';
import { isQuoteMark } from '../text/normalize';

// A quote cut right after the source's negation: "jalan menuju pembicaraan damai “akan mulus”" where Xi said "tidak
// akan mulus". Every quoted word stands in the source in that order, so the quote search finds it exact; but the
// words the draft leaves out turn what was said round. Reported when every place the sources have the passage
// stands right after a negating word and the draft has none before its quote.

/** Characters before a passage read for the word standing before it. */
const LOOK_BACK = 24;

/** The word right before position `at` of a text, across spaces and quote marks (a comma in between: none). */
function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - LOOK_BACK);
  const tokens = tokenize(text, from, at).filter(t => !isQuoteMark(t.text));
  const last = tokens[tokens.length - 1];
  if (!last || last.kind !== 'word' || [...text.slice(last.end, at)].some(c => c.trim() !== '' && !isQuoteMark(c))) return undefined;
  return last.norm;
}

export function droppedNegation(claim: Claim, q: QuoteFacts, exact: readonly QuoteMatch[]): Finding | undefined {
  const { corpus, draft } = claim;
  if (!exact.length) return undefined;
  // The quote's own first word: a negation inside the marks leaves nothing out.
  const inside = tokenize(q.text).find(t => t.kind === 'word');
  if (!inside || isNegator(inside.norm)) return undefined;
  const before = wordBefore(draft.text, q.start);
  if (before !== undefined && isNegator(before)) return undefined;
  const words = exact.map(m => wordBefore(corpus.docs[m.doc].text, m.start));
  if (!words.every(w => w !== undefined && isNegator(w))) return undefined;
  const m = exact[0], text = corpus.docs[m.doc].text;
  // The negation as the source writes it (its case), right before the passage.
  const negation = text.slice(Math.max(0, m.start - LOOK_BACK), m.start).match(/(\S+)\s+$/u)?.[1] ?? words[0]!;
  const wording = `${negation} ${text.slice(m.start, m.end).replace(/\s+/g, ' ')}`;
  const lang = readerLang(claim);
  const s = corpus.docs[m.doc].facts.sentences.find(x => x.start <= m.start && m.start < x.end);
  return {
    start: q.start, end: q.end, code: 'quote-mismatch',
    message: say(lang, 'quote-negation-dropped', {
      source: wording, label: corpus.docs[m.doc].label, passage: excerpt(s?.text ?? wording, 200),
    }),
    evidence: [evidenceAt(corpus, m.doc, s?.start ?? m.start, s?.end ?? m.end)],
    // The negation put back at the quote's start, so that the quote is the source's words.
    fixes: [{ title: say(lang, 'fix.insert', { text: negation }), start: q.start, end: q.start, newText: `${negation} ` }],
  };
}
