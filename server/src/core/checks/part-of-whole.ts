import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { tokenAt } from '../facts/description-words';

// "All 140 posts would be filled by permanent staff" where the source says "about a third of the 140 posts would be
// filled by agency nurses": the claim's figure stands in the passage, so the number check finds it, but the passage
// counts a part of it and the claim the whole. A writer shortening a sentence drops the part ("a third of") and the
// figure then claims what the source never does.

/** Words that make a figure the whole: "all 140 posts", "semua 140 pekerja", "seluruh 300 karyawan". */
const WHOLE = new Set(['all', 'every', 'semua', 'seluruh', 'segenap']);
/** Words that take a part of a figure after "of" / "dari": "a third of the 140", "sebagian dari 300". */
const PART = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'some', 'most', 'many', 'few',
  'part', 'portion', 'fraction', 'share', 'majority', 'minority', 'sebagian', 'separuh', 'setengah', 'sepertiga', 'seperempat',
  'seperlima', 'beberapa', 'banyak', 'mayoritas', 'minoritas']);
/** Words that may open the part: "about a third", "two thirds", "sekitar sepertiga". */
const PART_OPENERS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'a', 'one', 'two', 'three', 'sekitar',
  'hampir', 'kira-kira', 'hanya', 'sebagian']);

/** Where the claim's figure written as a whole begins: an "all" word right before it, "all of the" allowed. */
export function wholeStart(s: SentenceFacts, q: Quantity): number | undefined {
  let i = tokenAt(s.tokens, q.start) - 1;
  if (s.tokens[i]?.norm === 'the') i--;
  if (s.tokens[i]?.norm === 'of') i--;
  return WHOLE.has(s.tokens[i]?.norm ?? '') ? s.tokens[i].start : undefined;
}

/**
 * The part a passage's figure is counted in, as written from its opening words to the figure ("about a third of the
 * 140", "four of the five"), when "of"/"dari" and a word of parts or a smaller count stand right before it; undefined
 * for a figure given whole.
 */
export function partOf(s: SentenceFacts, n: Quantity): (Span & { text: string }) | undefined {
  let i = tokenAt(s.tokens, n.start) - 1;
  // "four of the port's six berths": the whole's owner stands between.
  if (s.tokens[i]?.norm === "'s" && s.tokens[i - 1]?.kind === 'word') i -= 2;
  if (s.tokens[i]?.norm === 'the') i--;
  if (s.tokens[i]?.norm !== 'of' && s.tokens[i]?.norm !== 'dari') return undefined;
  i--;
  // "sebagian besar dari": the part may take a word of size after it.
  if ((s.tokens[i]?.norm === 'besar' || s.tokens[i]?.norm === 'kecil') && s.tokens[i - 1]?.norm === 'sebagian') i--;
  if (!PART.has(s.tokens[i]?.norm ?? '')) {
    // A smaller count of the same kind: "four of the five charges".
    const fewer = s.quantities.find(m => m.kind === n.kind && m.value < n.value && m.end === s.tokens[i]?.end);
    return fewer && { start: fewer.start, end: n.end, text: s.text.slice(fewer.start - s.start, n.end - s.start) };
  }
  while (i > 0 && PART_OPENERS.has(s.tokens[i - 1].norm)) i--;
  const start = s.tokens[i].start;
  return { start, end: n.end, text: s.text.slice(start - s.start, n.end - s.start) };
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
