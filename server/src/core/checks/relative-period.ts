import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { Span } from '../types';
import { ALIGNED, claimLead, DATE_LEAD_SHARED, sharedLead } from './date-passages';

// A time said relative to the writing, with no figure: "tahun lalu" where the passage has "bulan lalu" for the same
// act ("Blinken mengunjungi Beijing pada tahun lalu" against "Selama kunjungannya ke Beijing bulan lalu, Blinken …"),
// "last year" where it has "last month". Neither is a calendar date, so the date check has nothing to hold the
// draft's against; the words right before each tell that they date the same thing, as for dates (date-passages.ts).

/** Units of an Indonesian "<unit> lalu" and an English "last <unit>", by the one they mean ("minggu lalu" is "pekan lalu"). */
const UNIT_ID: ReadonlyMap<string, string> = new Map([['hari', 'day'], ['pekan', 'week'], ['minggu', 'week'], ['bulan', 'month'], ['tahun', 'year']]);
const UNIT_EN: ReadonlyMap<string, string> = new Map([['week', 'week'], ['month', 'month'], ['year', 'year']]);

interface Period extends Span { unit: string; text: string }

/** A sentence's bare relative times: "bulan lalu" with no figure before it ("dua bulan lalu" counts), "last month". */
function periodsOf(s: SentenceFacts): Period[] {
  const t = s.tokens, out: Period[] = [];
  const figure = (i: number) => i >= 0 && (t[i].kind === 'number' || s.quantities.some(q => q.start <= t[i].start && t[i].end <= q.end));
  for (let k = 0; k + 1 < t.length; k++) {
    // "hari Minggu lalu" is a weekday, not a week.
    const id = UNIT_ID.get(t[k].norm);
    const unit = id !== undefined && t[k + 1].norm === 'lalu' && !figure(k - 1) && !(t[k].norm === 'minggu' && t[k - 1]?.norm === 'hari') ? id
      : t[k].norm === 'last' ? UNIT_EN.get(t[k + 1].norm) : undefined;
    if (unit === undefined) continue;
    const start = t[k].start, end = t[k + 1].end;
    out.push({ unit, start, end, text: s.text.slice(start - s.start, end - s.start) });
  }
  return out;
}

/**
 * The claim's bare relative times that an aligned passage gives in another unit for the same words (the content
 * words right before each), with the passage's: none where the first such passage has the claim's own unit anywhere.
 */
export function relativePeriodMismatches(claim: Claim): Array<{ a: Alignment; draft: Period; source: Period }> {
  const mine = periodsOf(claim.sentence);
  if (!mine.length) return [];
  const out: Array<{ a: Alignment; draft: Period; source: Period }> = [];
  const theirs = claim.evidence.filter(a => a.coverage >= ALIGNED).map(a => { const s = claim.corpus.sentence(a.ref); return { a, s, periods: periodsOf(s) }; });
  for (const p of mine) {
    // The same words before each, as for dates (date-passages.ts).
    const lead = claimLead(claim.sentence, p);
    for (const x of theirs) {
      const q = x.periods.find(q => sharedLead(x.s, q, lead) >= DATE_LEAD_SHARED);
      if (!q) continue;
      if (!x.periods.some(o => o.unit === p.unit)) out.push({ a: x.a, draft: p, source: q });
      break;
    }
  }
  return out;
}
