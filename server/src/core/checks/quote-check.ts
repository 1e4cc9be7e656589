import { Claim, Finding, evidenceAt, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { QuoteFacts, quotesTouching } from '../facts/analyze';
import { QuoteMatch } from '../index/quote-search';
import { Entity } from '../index/registry';
import { Corpus } from '../index/corpus';
import { logOf } from '../index/read-log';
import { Token } from '../types';
import { tokenize } from '../text/tokens';
import { attributionFix } from './attribution-fix';
import { droppedNegation } from './quote-negation';
import { quoteByRole } from './quote-by-role';
import { placesOf, wordCount } from './quoted-backing';
import { isTitleHead } from '../facts/ner-words';

// Quotes are where writers are most exposed: a quote must stand in a source word for word, and in the mouth
// the sources put it in. A one-word quote is a scare quote more often than speech, so it is held to an exact
// match but not to an attribution; a phrase of two or more words that the draft puts in a named speaker's mouth
// ("Macron menuduh China menjadi “kontributor utama”") must be that speaker's in the sources.

/** The source quote (with its attribution) that contains a match, if the source marks it as a quote. */
function sourceQuoteAt(corpus: Corpus, m: QuoteMatch): QuoteFacts | undefined {
  const touching = quotesTouching(corpus.docs[m.doc].facts, { start: m.start - 2, end: m.end + 2 });
  // The draft may take a word or two from outside the source's marks into its own ("merusak “perdamaian, …”"): the
  // source quote that holds most of the passage.
  const overlap = (q: QuoteFacts) => Math.min(q.end, m.end) - Math.max(q.start, m.start);
  return touching.find(q => q.start <= m.start + 2 && m.end <= q.end + 2) ?? touching.find(q => overlap(q) >= MOSTLY_INSIDE * (m.end - m.start));
}

/** Share of a matched passage a source quote must hold to be the quote it comes from. */
const MOSTLY_INSIDE = 0.75;

/**
 * Whether two written names may be one person's: the same words, or words that begin or end the other name
 * ("Hendra" and "Hendra Kusuma", "Ahmad Fauzan" and "Ahmad Fauzan Lubis"). The registry merges such names when the sources allow it, but not when the full
 * name stands only in a headline or two people share the word; then the draft's full name is no misattribution.
 */
function mayBeOnePerson(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/), y = b.toLowerCase().split(/\s+/);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length) return short.join(' ') === long.join(' ');
  // A title run in ("Pelatih Persebat Darius Sitompul"), or the full name of a person the story names short after
  // ("Ahmad Fauzan Lubis" and "Ahmad Fauzan").
  if (short.length >= 2) return long.slice(-short.length).join(' ') === short.join(' ') || long.slice(0, short.length).join(' ') === short.join(' ');
  return long[0] === short[0] || long[long.length - 1] === short[0];
}

/**
 * The speaker's name with the capitalised word its title ends in, where the tagger cut a first name off into the
 * title ("Bupati Wanasari Agus" and "Setiadi Permana" for "Bupati Wanasari Agus Setiadi Permana"); else the name.
 */
function withTitleTail(sp: NonNullable<QuoteFacts['attribution']['speaker']>): string {
  const tail = sp.role && sp.role.end + 1 === sp.start ? /(?:^|\s)(\p{Lu}[\p{Ll}\p{M}]+)$/u.exec(sp.role.text) : null;
  return tail && !isTitleHead(tail[1].toLowerCase()) ? `${tail[1]} ${sp.text}` : sp.text;
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

/** Quoted words go into one line of the draft, however the source broke its lines. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Word tokens (no punctuation) of text[start, end), as quote search counts words. */
function wordTokens(text: string, start: number, end: number): Token[] {
  return tokenize(text, start, end).filter(t => t.kind !== 'punct' && t.kind !== 'symbol');
}

/**
 * The source's wording for a misquote. The match stops where the draft's words stop agreeing, so a draft quote
 * whose last words were changed ("prospek perdamaian akan segera tiba") matches only up to them ("… akan"); a fix
 * with that text would cut the quote off mid-phrase. When the source marks the passage as a quote and its own end
 * (or start) lies within the draft's unmatched words (and two more) of the match, the fix runs to it ("… akan
 * selalu ada").
 */
function sourceWording(corpus: Corpus, q: QuoteFacts, m: QuoteMatch): string {
  const text = corpus.docs[m.doc].text;
  const sq = sourceQuoteAt(corpus, m);
  let start = m.start, end = m.end;
  if (sq) {
    const src = wordTokens(text, sq.start, sq.end), quoted = wordTokens(q.text, 0, q.text.length).map(t => t.norm);
    const first = src.findIndex(t => t.start >= m.start), last = src.length - 1 - [...src].reverse().findIndex(t => t.end <= m.end);
    if (first >= 0 && last < src.length && first <= last) {
      const at = quoted.lastIndexOf(src[last].norm), tail = at < 0 ? 0 : quoted.length - 1 - at;
      const rest = src.length - 1 - last;
      if (tail > 0 && rest > 0 && rest <= tail + 2) end = src[src.length - 1].end;
      const head = Math.max(0, quoted.indexOf(src[first].norm));
      if (head > 0 && first > 0 && first <= head + 2) start = src[0].start;
    }
  }
  return oneLine(text.slice(start, end));
}

/**
 * Whether the draft's wording is the source's with initials written out: "Antechinus swainsonii" where the source
 * has "A swainsonii" or "A. swainsonii". The same words in the same order, each either equal or a capitalised word
 * of three letters or more that begins with the source's capital initial. Writers spell out what a source
 * abbreviates; that is no misquote.
 */
function expandsInitials(source: string, draft: string): boolean {
  const words = (text: string) => tokenize(text).filter(t => t.kind !== 'punct');
  const a = words(source), b = words(draft);
  if (a.length !== b.length) return false;
  let expanded = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].norm === b[i].norm) continue;
    if (!/^\p{Lu}$/u.test(a[i].text) || !b[i].cap || b[i].text.length < 3 || b[i].norm[0] !== a[i].norm) return false;
    expanded = true;
  }
  return expanded;
}

export function checkQuotes(claim: Claim): Finding[] {
  const { corpus, draft, sentence } = claim;
  const findings: Finding[] = [];
  for (const q of quotesTouching(draft, sentence)) {
    if (q.start < sentence.start) continue;
    const matches = placesOf(claim, q.text);
    const exact = matches.filter(m => m.exact);
    if (exact.length) {
      const cut = droppedNegation(claim, q, exact);
      if (cut) findings.push(cut);
      const mis = misattribution(claim, q, exact);
      if (mis) findings.push(mis);
      continue;
    }
    if (matches.length && wordCount(q.text) >= 3) {
      const best = matches[0], lang = readerLang(claim);
      const wording = sourceWording(corpus, q, best), words = wordsOnly(q);
      if (expandsInitials(wording, q.text)) {
        const mis = misattribution(claim, q, matches.filter(m => m.score >= best.score));
        if (mis) findings.push(mis);
        continue;
      }
      // Side by side, the words where the draft parts from the source; the whole quote when they differ throughout.
      const diff = quoteDifference(wording, q.text.slice(words.start - q.start, words.end - q.start));
      const where = { label: corpus.docs[best.doc].label, passage: excerpt(wording, 200) };
      findings.push({
        start: q.start, end: q.end, code: 'quote-mismatch',
        message: diff ? say(lang, 'quote-differs', { ...where, source: diff.source, draft: diff.draft }) : say(lang, 'quote-differs-whole', where),
        evidence: [evidenceAt(corpus, best.doc, best.start, best.end)],
        fixes: [{ title: say(lang, 'fix.source-wording'), ...words, newText: wording }],
      });
      // A misquote can be in the wrong mouth as well: both are reported, so fixing the words leaves no wrong speaker.
      const mis = misattribution(claim, q, matches.filter(m => m.score >= best.score));
      if (mis) findings.push(mis);
      continue;
    }
    if (isKnownTitle(claim, q.text)) continue;
    findings.push(notFound(claim, q));
  }
  return findings;
}

/** Words a title leaves in lower case ("The Lord of the Rings", "Bumi dan Langit"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by',
  'dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'dalam']);

/**
 * A title in quotation marks ("The Hunger Games: Mockingjay – Part 2", “Red”): a few words, each capitalised but
 * the small ones, no sentence inside. It names a work rather than quoting anyone, so a source that names the work
 * in its own way ("Mockingjay — Part 2") has not failed to say it. Only a title whose every word the sources use
 * is let pass; one they never use is still reported.
 */
function isKnownTitle(claim: Claim, text: string): boolean {
  // Most quotations are longer than a title: counted by spaces first, so they cost no tokenizing.
  if (wordCount(text) > 10) return false;
  const words = wordTokens(text, 0, text.length);
  if (!words.length || /[.!?]\s+\S/u.test(text.trim())) return false;
  const titled = words.every((w, i) => {
    const first = text[w.start];
    return /[\p{Lu}\p{N}]/u.test(first) || (i > 0 && TITLE_SMALL_WORDS.has(w.norm));
  });
  return titled && words.every(w => w.kind !== 'word' || claim.corpus.knowsWord(w.norm));
}

/** No source has the passage; if the best-matching sentence quotes something else in its place, say what. */
function notFound(claim: Claim, q: QuoteFacts): Finding {
  const { corpus } = claim;
  const best = claim.evidence[0], lang = readerLang(claim);
  if (best && best.coverage >= 0.6) {
    const s = corpus.sentence(best.ref);
    const sourceQuotes = quotesTouching(corpus.docs[best.ref.doc].facts, s).filter(x => x.start >= s.start && x.end <= s.end);
    const nearest = sourceQuotes.find(x => wordCount(x.text) <= wordCount(q.text) + 3);
    if (nearest) {
      return {
        start: q.start, end: q.end, code: 'quote-mismatch',
        message: say(lang, 'quote-elsewhere', { passage: excerpt(nearest.text, 160), label: corpus.docs[best.ref.doc].label }),
        evidence: [evidenceAt(corpus, best.ref.doc, nearest.start, nearest.end)],
        fixes: [{ title: say(lang, 'fix.source-wording'), ...wordsOnly(q), newText: oneLine(nearest.text.replace(/[\s.,;:!?]+$/u, '')) }],
      };
    }
  }
  return {
    start: q.start, end: q.end, code: 'quote-not-found',
    message: say(lang, 'quote-not-found', { quote: excerpt(q.text.replace(/[\s.,;:!?]+$/u, ''), 120) }),
    evidence: [], fixes: [],
  };
}

/**
 * A passage the sources have word for word at this many places is a stock phrase, no one speaker's words; the quote
 * search also stops looking after a hundred places, so the draft's speaker could be among the places not seen.
 */
const STOCK_PHRASE_PLACES = 50;

function misattribution(claim: Claim, q: QuoteFacts, matches: QuoteMatch[]): Finding | undefined {
  const { corpus } = claim;
  if (q.attribution.how !== 'stated' || !q.attribution.speaker || wordCount(q.text) < 2) return undefined;
  if (matches.length >= STOCK_PHRASE_PLACES) return undefined;
  const said = corpus.registry.resolve(q.attribution.speaker);
  const speakers = matches.map(m => ({ m, who: speakerEntity(corpus, sourceQuoteAt(corpus, m)) })).filter(x => x.who);
  const sp = q.attribution.speaker;
  if (!speakers.length) return quoteByRole(claim, q, said, matches, m => sourceQuoteAt(corpus, m));
  if (speakers.some(x => x.who === said || mayBeOnePerson(x.who!.name, sp.text) || mayBeOnePerson(x.who!.name, withTitleTail(sp)))) return undefined;
  const { m, who } = speakers[0];
  const lang = readerLang(claim);
  // The fix reads the speaker's roles and how often each form of the name is written (read-log.ts).
  logOf(claim.corpus)?.markUnrepeatable();
  const fix = attributionFix(claim.draft, q.attribution, said, who!, lang);
  return {
    start: sp.start, end: sp.end, code: 'misattributed-quote',
    message: say(lang, 'misattributed', { who: who!.name, speaker: sp.text }),
    evidence: [evidenceAt(corpus, m.doc, m.start, m.end)],
    fixes: fix ? [fix] : [],
  };
}

// Where a misquote parts from its source, for the message: the stretch of words that differ on each side, with
// one agreeing word around it so neither side is ever empty ("be managed if" / "be eliminated if"). Words are
// compared in their matching form (case, quote marks and dashes folded), so only a real change of words shows.

export interface QuoteDifference {
  /** The source's words at the difference, as the source writes them. */
  source: string;
  /** The draft's words at the difference, as the draft writes them. */
  draft: string;
}

const words = (text: string): Token[] => tokenize(text).filter(t => t.kind === 'word' || t.kind === 'number');

/**
 * The differing stretch of two wordings of one quote, or undefined when they have the same words (they differ
 * only in punctuation) or nothing in common to stand beside the difference.
 */
export function quoteDifference(source: string, draft: string): QuoteDifference | undefined {
  const s = words(source), d = words(draft);
  let head = 0;
  while (head < s.length && head < d.length && s[head].norm === d[head].norm) head++;
  if (head === s.length && head === d.length) return undefined;
  let tail = 0;
  while (tail < s.length - head && tail < d.length - head && s[s.length - 1 - tail].norm === d[d.length - 1 - tail].norm) tail++;
  if (head === 0 && tail === 0 && s.length > 1 && d.length > 1 && !shareAWord(s, d)) return undefined;
  // One agreeing word on each side where there is one, so a dropped word still shows as a change ("already
  // stretched" / "stretched").
  const from = Math.max(0, head - 1);
  const sTo = Math.min(s.length, s.length - tail + 1), dTo = Math.min(d.length, d.length - tail + 1);
  return { source: slice(source, s, from, sTo), draft: slice(draft, d, from, dTo) };
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ');
}

function shareAWord(a: Token[], b: Token[]): boolean {
  const seen = new Set(a.map(t => t.norm));
  return b.some(t => seen.has(t.norm));
}
