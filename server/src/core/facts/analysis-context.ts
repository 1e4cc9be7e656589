import { Lang, LanguageTools, Token } from '../types';
import { tokenize, wordParts } from '../text/tokens';
import { languageTools } from '../text/language';
import { remembered } from '../remembered';

// What analysis knows of the corpus as a whole: the words it writes in lower case and those it capitalises in
// mid-sentence, how a text's are collected, and the context (with its language tools) made of them. Apart from
// analyze.ts, which reads one text in such a context.

/** A set of words as analysis reads it: asked, never walked. */
export interface WordSet {
  has(word: string): boolean;
}

/** What analysis needs to know about the corpus as a whole. */
export interface AnalysisContext {
  /** Word forms seen in lower case anywhere in the corpus: ordinary words, and the stemmer's root lexicon. */
  lowerVocab: WordSet;
  /** Words seen capitalised in mid-sentence: a capital that is not just the sentence's first letter. */
  midCapVocab: WordSet;
  toolsFor(lang: Lang): LanguageTools;
}

/** A corpus's own context: its vocabularies are whole sets, which the index cache stores. */
export interface CorpusContext extends AnalysisContext {
  lowerVocab: ReadonlySet<string>;
  midCapVocab: ReadonlySet<string>;
}

/** Each context's language tools, so a context over the same lower-case vocabulary can share them. */
const toolsOf = new WeakMap<CorpusContext, Map<Lang, LanguageTools>>();

/**
 * A corpus's context. `before`: the context it replaces; its tools (and the stems they remember) are shared when
 * the lower-case vocabulary is the same set, as after a word's first capital in mid-sentence: stemming depends on
 * nothing else, and stemming afresh was a tenth of analysing the files such a change makes stale.
 */
export function makeContext(lowerVocab: ReadonlySet<string>, midCapVocab: ReadonlySet<string>, before?: CorpusContext): CorpusContext {
  const cache = (before && before.lowerVocab === lowerVocab && toolsOf.get(before)) || new Map<Lang, LanguageTools>();
  const ctx: CorpusContext = {
    lowerVocab,
    midCapVocab,
    toolsFor(lang) {
      let t = cache.get(lang);
      if (!t) { t = memoStem(languageTools(lang, lowerVocab)); cache.set(lang, t); }
      return t;
    },
  };
  toolsOf.set(ctx, cache);
  return ctx;
}

/** Stems remembered per context; past this many the memo starts afresh (a 100 MB corpus has a million forms). */
const STEM_MEMO_LIMIT = 200_000;

function memoStem(tools: LanguageTools): LanguageTools {
  return { lang: tools.lang, isStopword: n => tools.isStopword(n), stem: remembered(n => tools.stem(n), STEM_MEMO_LIMIT) };
}

/** Lower-case word forms of a text, and words capitalised after another word (so not for being first). */
export function collectVocabulary(text: string, lower: Set<string>, midCap: Set<string>): void {
  let prev: Token | undefined;
  for (const t of tokenize(text)) {
    if (t.kind === 'word' && !t.cap) for (const p of wordParts(t.norm)) lower.add(p);
    else if (t.kind === 'word' && prev && (prev.kind === 'word' || prev.text === ',') && !hasLineBreak(text, prev.end, t.start)) midCap.add(t.norm);
    prev = t;
  }
}

/** Lines whose vocabulary is kept; past this many the memo starts afresh. */
const LINE_VOCABULARY_LIMIT = 20_000;
const lineVocabulary = remembered((line: string) => {
  const lower = new Set<string>(), midCap = new Set<string>();
  collectVocabulary(line, lower, midCap);
  return { lower: [...lower], midCap: [...midCap] };
}, LINE_VOCABULARY_LIMIT);

/**
 * `collectVocabulary` line by line, each line's words kept: a draft's vocabulary is collected again on every edit,
 * and an edit changes one line. The same words either way, since no token spans a line break and a capital after
 * one is not counted as mid-sentence.
 */
export function collectVocabularyByLine(text: string, lower: Set<string>, midCap: Set<string>): void {
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (to > from) {
      const words = lineVocabulary(text.slice(from, to));
      for (const w of words.lower) lower.add(w);
      for (const w of words.midCap) midCap.add(w);
    }
    from = to + 1;
  }
}

/** A line break in text[from, to), found without copying the gap. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at !== -1 && at < to;
}
