import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';

// Counts of times ("bertemu dua kali", "five times") read against the ordinal a passage gives the same act
// ("pertemuan langsung keempat"): the number check's helpers for them.

/** The stems of up to `n` content words right before a span that are no word of a name ("kunjungan Putin" → "kunjung"). */
function actWordsBefore(s: SentenceFacts, span: Span, n: number): string[] {
  const inName = (at: number) => s.names.some(m => at >= m.start && at < m.end);
  const out: string[] = [];
  for (let i = s.words.length - 1; i >= 0 && out.length < n; i--) {
    const w = s.words[i];
    if (w.end <= span.start && !w.stop && !inName(w.start)) out.push(w.stem);
  }
  return out;
}

/**
 * The passage's ordinal of the act a claim counts in times, where the figures nearby that fit the count (`fitting`)
 * each number another act: after a word of the claim's own ("pertemuan langsung keempat" for "bertemu langsung dua kali") against
 * "kunjungan Putin yang kedua kali", which numbers visits. Names do not tie a figure to the act. Not "pertama":
 * "pertama kalinya diadakan di Asia Tenggara sejak 2010" marks a first since, not a count.
 */
export function otherActCounted(claim: SentenceFacts, source: SentenceFacts, times: Quantity,
  fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): Quantity | undefined {
  const stems = new Set(claim.words.filter(w => !w.stop).map(w => w.stem));
  const ofAct = (s: SentenceFacts, n: Quantity, reach: number) => actWordsBefore(s, n, reach).some(st => stems.has(st));
  // A fitting figure's act is the word right before it; the passage's number for the claim's act may stand a word
  // further ("pertemuan langsung keempat" for "bertemu dua kali").
  if (!fitting.length || fitting.some(({ n, s }) => ofAct(s, n, 1) || !actWordsBefore(s, n, 1).length)) return undefined;
  return source.quantities.find(n => n.kind === 'ordinal' && n.value > 1 && n.value !== times.value && ofAct(source, n, 2));
}

/** A count of times ("lima kali", "five times") as the ordinal it reaches, else undefined. */
export function timesAsOrdinal(s: SentenceFacts, q: Quantity): Quantity | undefined {
  if (q.kind !== 'cardinal') return undefined;
  const next = s.tokens.find(t => t.start >= q.end && t.kind === 'word');
  return next && next.start - q.end <= 1 && (next.norm === 'kali' || next.norm === 'times') ? { ...q, kind: 'ordinal' } : undefined;
}
