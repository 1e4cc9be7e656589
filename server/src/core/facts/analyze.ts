import { DateMention, Lang, LanguageTools, Quantity, Sentence, Span, Token } from '../types';
import { sideTaken } from './taking-sides';
import { tokenize, wordParts } from '../text/tokens';
import { splitSentences } from '../text/sentences';
import { maskMarkdown } from '../text/markdown';
import { blankDirectiveComments } from '../text/directives';
import { blankNotes } from '../text/notes';
import { detectLanguage, languageByParagraph } from '../text/language';
import { extractQuantities, isFraction } from './numbers';
import { extractDates } from './dates';
import { scanMentionTokens } from './mention-tokens';
import { findNames, NameMention, NameOptions } from './names';
import { findQuotes, quotesOverlapping, QuoteSpan } from './quotes';
import { attributeQuotes, Attribution } from './attribution';
import { CancellationToken, runSteps, throwIfCancelled } from '../cancellation';
import { SentenceFactsMemo } from './sentence-facts-memo';
import { AnalysisContext } from './analysis-context';

// Text → facts. One pass over a document gives everything the index and the checks need: sentences, their
// words with stems, numbers, dates, names with roles, and quotes with who said them.

export type TextFormat = 'markdown' | 'plaintext';

// The corpus's side of analysis (analysis-context.ts), exported here too, where most modules import it from.
export { AnalysisContext, collectVocabulary, collectVocabularyByLine, CorpusContext, makeContext, WordSet } from './analysis-context';

export interface Word extends Span {
  norm: string;
  stem: string;
  stop: boolean;
  cap: boolean;
  /** "non-konfrontasi": the word carries its own negation. */
  negatedPrefix: boolean;
  /** Index of the token the word came from (hyphenated tokens give several words). */
  token: number;
}

export interface SentenceFacts extends Sentence {
  index: number;
  tokens: Token[];
  words: Word[];
  names: NameMention[];
  quantities: Quantity[];
  dates: DateMention[];
  /** Title Case line ("Putin, Xi Sambut Ikatan …"): its capitals say nothing about names. */
  headline: boolean;
  /** The sentence's language where its paragraph is clearly in another than the document's (a draft's only). */
  lang?: Lang;
}

export interface QuoteFacts extends QuoteSpan {
  /** Sentence holding the quote's first word. */
  sentence: number;
  attribution: Attribution;
}

export interface DocFacts {
  text: string;
  lang: Lang;
  sentences: SentenceFacts[];
  /** In text order and never overlapping (quotes.ts), so they can be found by position. */
  quotes: QuoteFacts[];
}

/** The text a checker sees: Markdown syntax blanked out (same length), plus block starts; a draft's notes too. */
export function proseOf(text: string, format: TextFormat, keepHeadings: boolean, keepNotes = true): { prose: string; breaks: number[] } {
  // Plain text has no markup to blank, only Sumber's own directive comments (Markdown blanks them as HTML comments).
  if (format === 'plaintext') {
    const prose = blankDirectiveComments(text);
    return { prose: keepNotes ? prose : blankNotes(prose, text, false), breaks: [] };
  }
  const m = maskMarkdown(text, { keepHeadings });
  return { prose: keepNotes ? m.text : blankNotes(m.text, text, true), breaks: m.blockStarts };
}

export interface AnalyzeOptions {
  format: TextFormat;
  /** Drafts skip headings; sources keep them as text. */
  keepHeadings: boolean;
  /** Drafts skip their footnotes and references (text/notes.ts), which cite rather than claim; sources keep them. */
  keepNotes?: boolean;
  lang?: Lang;
  /**
   * Each paragraph in its own language where it is clearly in another than the whole (a draft mixing Indonesian
   * and English is checked sentence by sentence in the right one); sources take one language per document.
   */
  paragraphLanguage?: boolean;
  /** The language of a text too short to tell by its words (a draft: its sources' language). */
  unclearLang?: Lang;
  /**
   * The facts of sentences analysed before (a draft being edited): unchanged ones are not analysed again. Stems
   * come from the corpus's lexicon, so a memo serves one context only.
   */
  memo?: SentenceFactsMemo<SentenceFacts>;
  /**
   * Collects every word the name finder asks the vocabularies about: with the words it stems, all that a source's
   * analysis depends on outside its own text (core/index/vocabulary-change.ts).
   */
  asked?: AskedWords;
  /**
   * A source analysed again after the corpus vocabulary changed: the facts of sentence `index` (at `start`-`end`)
   * from its earlier analysis, where they still hold; the rest are analysed.
   */
  reuse?: (index: number, start: number, end: number) => SentenceFacts | undefined;
}

/**
 * The name finder's questions, apart by the vocabulary that answers them: a word's first capital in mid-sentence
 * changes the answer to "is it used as a name?" only, and should make stale only the sources that asked that.
 */
export interface AskedWords {
  /** Asked whether an ordinary word (the lower-case vocabulary). */
  common: Set<string>;
  /** Asked whether used as a name (the mid-sentence capitals). */
  names: Set<string>;
}

export const askedWords = (): AskedWords => ({ common: new Set(), names: new Set() });

/** Name options for a sentence in another language than its document's: that language's function words are no names either. */
const namesIn = (tools: LanguageTools, base: NameOptions): NameOptions => ({
  isCommonWord: n => tools.isStopword(n) || base.isCommonWord(n),
  isKnownName: n => base.isKnownName(n),
});

export function analyzeText(text: string, opts: AnalyzeOptions, ctx: AnalysisContext, token?: CancellationToken): DocFacts {
  return runSteps(analysisSteps(text, opts, ctx, token));
}

/**
 * `analyzeText` in steps: it stops after each sentence it analyses afresh (with a memo, one the memo did not have;
 * without, every one), so that an editor can give other requests a turn while a draft is analysed. The passes over the whole
 * text (Markdown, language, sentences, quotes) are not cut.
 */
export function* analysisSteps(text: string, opts: AnalyzeOptions, ctx: AnalysisContext, token?: CancellationToken): Generator<void, DocFacts> {
  const { prose, breaks } = proseOf(text, opts.format, opts.keepHeadings, opts.keepNotes ?? true);
  const lang = opts.lang ?? detectLanguage(prose, opts.unclearLang, opts.memo !== undefined);
  const tools = ctx.toolsFor(lang);
  const hard = opts.format === 'plaintext';
  const asked = opts.asked;
  const names: NameOptions = asked
    ? { isCommonWord: n => { asked.common.add(n); return tools.isStopword(n) || ctx.lowerVocab.has(n); }, isKnownName: n => { asked.names.add(n); return ctx.midCapVocab.has(n); } }
    : { isCommonWord: n => tools.isStopword(n) || ctx.lowerVocab.has(n), isKnownName: n => ctx.midCapVocab.has(n) };
  const memo = opts.memo;
  memo?.begin();
  const langAt = opts.paragraphLanguage ? languageByParagraph(prose, hard, lang) : () => lang;
  const split = splitSentences(prose, { hardLineBreaks: hard, breaks });
  const sentences: SentenceFacts[] = [];
  for (let index = 0; index < split.length; index++) {
    const s = split[index];
    if (index % 64 === 0) throwIfCancelled(token);
    const kept = opts.reuse?.(index, s.start, s.end);
    if (kept) {
      sentences.push(kept);
      continue;
    }
    const own = langAt(s.start);
    const analyse = own === lang
      ? (asked: NameOptions) => sentenceFacts(text, prose, s, index, lang, tools, asked)
      : (asked: NameOptions) => ({ ...sentenceFacts(text, prose, s, index, own, ctx.toolsFor(own), namesIn(ctx.toolsFor(own), asked)), lang: own });
    if (!memo) {
      sentences.push(analyse(names));
      yield;
      continue;
    }
    const raw = text.slice(s.start, s.end), masked = prose.slice(s.start, s.end);
    const missed = memo.misses;
    sentences.push(memo.facts(raw === masked ? `${own}\u0000${raw}` : `${own}\u0000${raw}\u0000${masked}`, s.start, index, names, analyse));
    if (memo.misses !== missed) yield;
  }
  memo?.end();
  // The passes over the whole draft are steps of their own: each takes a few milliseconds on a long draft.
  yield;
  const spans = findQuotes(prose, hard);
  yield;
  const attributions = attributeQuotes(spans, sentences, lang);
  // Written out, as a sentence's facts are (sentenceFacts): a spread object keeps the fields it adds out of line.
  const quotes: QuoteFacts[] = spans.map((q, i) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    open: q.open,
    close: q.close,
    sentence: sentenceAt(sentences, q.start),
    attribution: attributions[i],
  }));
  return { text, lang, sentences, quotes };
}

function sentenceFacts(text: string, prose: string, s: Sentence, index: number, lang: Lang, tools: LanguageTools, names: NameOptions): SentenceFacts {
  const tokens = tokenize(prose, s.start, s.end);
  const local = prose.slice(s.start, s.end);
  const shift = <T extends Span>(x: T): T => ({ ...x, start: x.start + s.start, end: x.end + s.start });
  // Dates and numbers read the same small tokens: scanned once for both.
  const mentionTokens = scanMentionTokens(local);
  const localDates = extractDates(local, lang, mentionTokens);
  const dates = localDates.map(shift);
  const quantities = extractQuantities(local, lang, localDates, mentionTokens).map(shift);
  // A share at the head of a sentence ("Two-thirds of Greyfield's staff") is capitalised like a name, and is none.
  const fractions = quantities.filter(isFraction);
  const found = findNames(tokens, names);
  // Written out, not spread from `s`: an object made by spreading another keeps only the copied fields in itself
  // and every field added after them in a separate array, so each sentence's facts cost more to make, to collect
  // and to read. Spread, they were a sixth of analysing the sources.
  return {
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    index,
    tokens,
    words: wordsOf(tokens, tools),
    // A weekday or month is a date, not a name, however it is capitalised.
    names: dates.length === 0 && fractions.length === 0 ? found
      : found.filter(n => !dates.some(d => n.start < d.end && d.start < n.end) && !fractions.some(q => n.start < q.end && q.start < n.end)),
    quantities,
    dates,
    headline: isHeadline(tokens),
  };
}

/** Words (over three letters) that are mostly capitalised, and no full stop at the end: a title-case line. */
function isHeadline(tokens: Token[]): boolean {
  let words = 0, capped = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length <= 3 || !LETTER.test(t.text)) continue;
    words++;
    if (t.cap) capped++;
  }
  if (words < 3) return false;
  return capped / words >= 0.75 && !/[.!?]["'\u201D]?$/.test(tokens[tokens.length - 1]?.text ?? '');
}

const LETTER = /\p{L}/u;

function wordsOf(tokens: Token[], tools: LanguageTools): Word[] {
  const out: Word[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const parts = wordParts(t.norm);
    const negatedPrefix = parts.length > 1 && (parts[0] === 'non' || parts[0] === 'anti' || parts[0] === 'un');
    const side = sideTaken(tokens, i, tools);
    if (side) { out.push({ start: t.start, end: t.end, norm: t.norm, stem: side, stop: false, cap: t.cap, negatedPrefix, token: i }); return; }
    for (const p of negatedPrefix ? parts.slice(1) : parts) {
      const stop = tools.isStopword(p);
      out.push({ start: t.start, end: t.end, norm: p, stem: stop ? p : tools.stem(p), stop, cap: t.cap, negatedPrefix, token: i });
    }
  });
  return out;
}

/** Index of the sentence containing offset, or the nearest one before it. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/** A document's quotes that overlap a span, in order: found by position, so no check scans every quote. */
export function quotesTouching(doc: DocFacts, span: Span): QuoteFacts[] {
  const [from, to] = quotesOverlapping(doc.quotes, span.start, span.end);
  return doc.quotes.slice(from, to);
}

/** The words that carry a sentence's content: no stopwords, no figures (numbers are compared on their own). */
export function contentWords(s: SentenceFacts): Word[] {
  return s.words.filter(w => !w.stop && !/^\d/.test(w.norm));
}
