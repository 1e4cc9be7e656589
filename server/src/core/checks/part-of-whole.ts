import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { tokenAt } from '../facts/description-words';

// "All 140 posts would be filled by permanent staff" where the source says "about a third of the 140 posts would be
// filled by agency nurses": the claim's figure stands in the passage, so the number check finds it, but the passage
// counts a part of it and the claim the whole. A writer shortening a sentence drops the part ("a third of") and the
// figure then claims what the source never does.

/** Words that make a figure the whole: "all 140 posts", "semua 140 pekerja", "seluruh 300 karyawan". */
const WHOLE = new Set(['all', 'every', 'semua', 'seluruh', 'segenap']);

/** Where the claim's figure written as a whole begins: an "all" word right before it, "all of the" allowed. */
export function wholeStart(s: SentenceFacts, q: Quantity): number | undefined {
  let i = tokenAt(s.tokens, q.start) - 1;
  if (s.tokens[i]?.norm === 'the') i--;
  if (s.tokens[i]?.norm === 'of') i--;
  return WHOLE.has(s.tokens[i]?.norm ?? '') ? s.tokens[i].start : undefined;
}

/** Content words after "of them" read for what the part does. */
const PREDICATE_WORDS = 4;

/** Words after a smaller figure that take it out of one named before: "five members, two of them appointed …". */
const OF_THEM = [['of', 'them'], ['of', 'whom'], ['of', 'which'], ['di', 'antaranya'], ['dari', 'mereka'], ['di', 'antara', 'mereka']];

/**
 * A smaller figure later in the sentence taken out of this one ("the panel would have five members, two of them
 * appointed by the regional auditor"), as written with its "of them", when one of the content words right after it is
 * among the claim's stems (`claimed`); undefined when there is none.
 */
export function partAfter(s: SentenceFacts, n: Quantity, claimed: ReadonlySet<string>): (Span & { text: string }) | undefined {
  for (const m of s.quantities) {
    if (m.start <= n.end || m.kind !== n.kind || !(m.value < n.value)) continue;
    const i = tokenAt(s.tokens, m.start) + 1;
    const words = OF_THEM.find(w => w.every((x, k) => s.tokens[i + k]?.norm === x));
    if (!words) continue;
    const end = s.tokens[i + words.length - 1].end;
    // The part must do what the claim has the whole do: "two of them appointed by …" against "all five … appointed".
    if (!s.words.filter(w => w.start >= end && !w.stop).slice(0, PREDICATE_WORDS).some(w => claimed.has(w.stem))) continue;
    return { start: m.start, end, text: s.text.slice(m.start - s.start, end - s.start) };
  }
  return undefined;
}
