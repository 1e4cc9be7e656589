import { Word } from '../facts/analyze';
import { Lang } from '../types';
import { Corpus } from './corpus';

// Indonesian writes many compounds both open and closed: "kerja sama" and "kerjasama", "tatap muka" and
// "tatapmuka", "pasca perang" and "pascaperang". A claim that spells one the other way than its source is no new
// claim, yet word by word it shares nothing with it. So a claim word also counts as found where its source holds
// the closed form it makes with a neighbour, or, for a closed compound in the claim, one of its halves. Only forms
// the corpus itself has are offered: a compound is recognised by the sources' vocabulary, not by a list.

/** What the compound reading asks of the corpus. */
export interface CompoundVocabulary {
  /** Whether a word form stands in lower case anywhere in the corpus (an ordinary word of the sources). */
  hasWord(norm: string): boolean;
  /** Whether some source word has this stem. */
  hasStem(stem: string): boolean;
  stem(norm: string): string;
  isStopword(norm: string): boolean;
}

/** A half of a closed compound has at least this many letters: shorter ones are prefixes and particles ("ber", "se"). */
const MIN_HALF = 4;

/**
 * Other stems under which the word at `i` of a sentence's words may stand in a source: the closed form of the open
 * compound it makes with the word before or after it ("kerja" in "kerja sama": "kerjasama"), and the halves of a
 * closed compound it is ("kerjasama": "kerja"; its other half, "sama", is a function word and stands for nothing).
 */
export function compoundForms(words: readonly Word[], i: number, vocab: CompoundVocabulary): string[] {
  const w = words[i], out: string[] = [];
  const offer = (stem: string) => { if (stem !== w.stem && !out.includes(stem)) out.push(stem); };
  for (const [a, b] of [[words[i - 1], w], [w, words[i + 1]]]) {
    // Neighbours by token, so "kerja, sama" or the two halves of one hyphenated token are no open compound.
    if (!a || !b || b.token !== a.token + 1) continue;
    const closed = vocab.stem(a.norm + b.norm);
    if (vocab.hasStem(closed)) offer(closed);
  }
  const n = w.norm;
  for (let k = MIN_HALF; k + MIN_HALF <= n.length; k++) {
    const head = n.slice(0, k), tail = n.slice(k);
    if (!/^\p{L}+$/u.test(n) || !vocab.hasWord(head) || !vocab.hasWord(tail)) continue;
    for (const half of [head, tail]) if (!vocab.isStopword(half)) offer(vocab.stem(half));
    break;
  }
  return out;
}

/** A corpus's vocabulary as the compound reading asks it, stems by the language's stemmer. */
export function compoundVocabulary(corpus: Corpus, lang: Lang): CompoundVocabulary {
  const tools = corpus.ctx.toolsFor(lang);
  return {
    hasWord: n => corpus.ctx.lowerVocab.has(n), hasStem: st => corpus.store.idOf(st, true) >= 0,
    stem: n => tools.stem(n), isStopword: n => tools.isStopword(n),
  };
}
