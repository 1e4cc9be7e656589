import { Quantity, Token } from '../types';
import { SentenceFacts } from '../facts/analyze';

// A count of time ago against the passage's bare "last" one: "dua pekan lalu" where the passage says "pekan lalu"
// (last week), "three months ago" where it says "last month". The passage's time is one unit back; the draft's is
// more. No figure stands in the passage, so the number check has nothing else to hold the draft's against.

const UNITS = new Set(['hari', 'pekan', 'minggu', 'bulan', 'tahun', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year']);
const LAST_EN: ReadonlyMap<string, string> = new Map([['days', 'day'], ['weeks', 'week'], ['months', 'month'], ['years', 'year']]);

/** The token index of the first word token at or after an offset. */
const wordAt = (tokens: readonly Token[], offset: number) => tokens.findIndex(t => t.start >= offset && t.kind === 'word');

/**
 * For a draft's figure counting time ago ("dua pekan lalu", "three weeks ago"), the passage's bare "pekan lalu" /
 * "last week" of the same unit, as the span of its words; undefined when the figure counts no time ago, when the
 * passage has no such bare time, or when it has the draft's count itself.
 */
export function bareAgoFor(claim: SentenceFacts, q: Quantity, source: SentenceFacts): { start: number; end: number; text: string; draftEnd: number } | undefined {
  if (q.kind !== 'cardinal' || q.value === 1) return undefined;
  const ct = claim.tokens, i = wordAt(ct, q.end);
  const unit = ct[i]?.norm ?? '';
  if (!UNITS.has(unit)) return undefined;
  const english = ct[i + 1]?.norm === 'ago';
  if (!english && !(ct[i + 1]?.norm === 'lalu' || (ct[i + 1]?.norm === 'yang' && ct[i + 2]?.norm === 'lalu'))) return undefined;
  const draftEnd = ct[english || ct[i + 1]?.norm === 'lalu' ? i + 1 : i + 2].end;
  const st = source.tokens;
  for (let k = 0; k < st.length; k++) {
    // "pekan lalu" with no figure before it; "last week".
    const id = !english && st[k].norm === unit && st[k + 1]?.norm === 'lalu' && !isFigure(source, st[k - 1]);
    const en = english && st[k].norm === 'last' && st[k + 1]?.norm === (LAST_EN.get(unit) ?? unit);
    if (!id && !en) continue;
    const start = st[k].start, end = st[k + 1].end;
    return { start, end, text: source.text.slice(start - source.start, end - source.start), draftEnd };
  }
  return undefined;
}

function isFigure(s: SentenceFacts, t: Token | undefined): boolean {
  return !!t && (t.kind === 'number' || s.quantities.some(q => q.start <= t.start && t.end <= q.end));
}
