import { Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { isNegated, negatedSpan } from '../facts/negation';
import { Alignment, alignmentAt } from '../index/support';
import { Claim } from './types';

// "Gubernur Jambi mengalokasikan Rp 20 miliar untuk perbaikan tanggul" where the story says the governor "tidak
// menyebutkan besaran anggarannya": a figure for what the sources say was never given. The number check finds no
// figure to compare it with, and the verifier reads a paraphrase of the promise; the passage's own words say the
// amount is the writer's.

/** Verbs of giving out a figure, as stems. */
const STATING = new Set(['sebut', 'ungkap', 'rinci', 'umum', 'say', 'disclos', 'reveal', 'give', 'specifi', 'state', 'put']);
/** Nouns of an amount, as stems. */
const AMOUNT = new Set(['besar', 'jumlah', 'nilai', 'angka', 'anggar', 'biaya', 'dana', 'amount', 'figur', 'cost', 'sum', 'price', 'budget']);
/** Words between the verb and the amount noun ("did not say how much" has none; "tidak menyebutkan besaran anggarannya"). */
const REACH = 3;

/** The words of a sentence that say an amount was not given ("tidak menyebutkan besaran"), or undefined. */
function notGiven(s: SentenceFacts): Span | undefined {
  const words = s.words.filter(w => !w.stop);
  for (let i = 0; i < words.length; i++) {
    const v = words[i];
    if (!STATING.has(v.stem) || !isNegated(s.tokens, v)) continue;
    const after = words.slice(i + 1, i + 1 + REACH), k = after.findIndex(w => AMOUNT.has(w.stem));
    if (k < 0) continue;
    // "besaran anggarannya": the amount's own noun goes with it.
    const last = AMOUNT.has(after[k + 1]?.stem ?? '') ? after[k + 1] : after[k];
    return { start: negatedSpan(s.tokens, v).start, end: last.end };
  }
  return undefined;
}

/**
 * A sentence of the best passage's story, the passage or the one after it, that says the amount was not given,
 * with its words for that; only for a claim whose passage has no figure of the claim's kind to compare.
 */
export function undisclosedFigure(claim: Claim, best: Alignment): { a: Alignment; said: Span & { text: string } } | undefined {
  const story = claim.corpus.docs[best.ref.doc].facts.sentences;
  for (const s of story.slice(best.ref.sentence, best.ref.sentence + 2)) {
    const span = notGiven(s);
    if (span) return { a: s.index === best.ref.sentence ? best : alignmentAt(best.ref.doc, s.index), said: { ...span, text: s.text.slice(span.start - s.start, span.end - s.start) } };
  }
  return undefined;
}
