import { QuoteSpan } from './quotes';
import { Flat, firstIndexAtOrAfter } from './attribution-roles';

// A quotation that stands as a sentence of its own right after a sentence quoting someone is, by the convention of
// news copy, the same speaker going on: '"Nobody goes into nursing to stand on a picket line," Mairead Collins told
// reporters. "But our members cannot pay their rent with applause."' Read as inferred, not stated: the sources name
// no one there.

/** Whether quote i is a whole sentence right after the sentence that holds quote i - 1. */
export function followsQuote(quotes: readonly QuoteSpan[], i: number, flat: readonly Flat[]): boolean {
  const prev = quotes[i - 1], q = quotes[i];
  if (!prev || q.open < 0 || q.close < 0 || prev.close < 0) return false;
  const open = firstIndexAtOrAfter(flat, q.open);
  const own = flat[open]?.sentence;
  // The quote opens its sentence, which follows the previous quote's.
  if (own === undefined || flat[open - 1]?.sentence !== own - 1) return false;
  if (flat[firstIndexAtOrAfter(flat, prev.start)]?.sentence !== own - 1) return false;
  // Nothing but marks after it in its sentence: no attribution of its own.
  for (let k = firstIndexAtOrAfter(flat, q.close + 1); k < flat.length && flat[k].sentence === own; k++) {
    if (flat[k].token.kind !== 'punct') return false;
  }
  return true;
}
