import { Claim, Finding } from './types';
import { context, mismatch } from './figure-finding';
import { mayBeRelativeYear, relativeTo } from './relative-year';
import { relativePeriodMismatches } from './relative-period';
import { ALIGNED, agrees, coarseElsewhere, datedBefore, unnamedActDate, conflicts, DateField, FIELDS, onlyByWeekday, otherDate, sameWordsDate } from './date-passages';

// Dates against the passage that otherwise supports the sentence: a date conflicts only with a date of the same
// field (a weekday with a weekday, a month with a month), and a claim whose date agrees with one near any aligned
// passage is fine. Which passage dates the claim's event is date-passages.ts's to tell.

export function checkDates(claim: Claim): Finding[] {
  const best = claim.evidence[0];
  if (!best || best.coverage < ALIGNED) return [];
  const findings: Finding[] = [];
  const source = claim.corpus.sentence(best.ref);
  const nearby = context(claim, best).flatMap(s => s.dates);
  for (const d of claim.sentence.dates) {
    // A passage that dates the claim's own words otherwise outweighs an agreeing date of something else nearby:
    // "Xi bertemu dengan … Erdogan pada hari Kamis" where the story meets Lukashenko on Thursday, Erdogan on Friday.
    const same = sameWordsDate(claim, d, claim.evidence);
    if (same && !same.agreed) { findings.push(mismatch(claim, same.a, 'date-mismatch', d, same.n)); continue; }
    const acted = same ? undefined : unnamedActDate(claim, d);
    if (acted) { findings.push(mismatch(claim, acted.a, 'date-mismatch', d, acted.n)); continue; }
    // Where the passage gives the day otherwise ("Monday, May 5" for the claim's "Monday, May 12"), only a date that
    // gives the day agrees: the story's "on Monday" of another week does not.
    const dayOtherwise = d.day !== undefined && source.dates.some(n => n.day !== undefined && n.day !== d.day);
    if (nearby.some(n => agrees(n, d) && (!dayOtherwise || n.day !== undefined))) continue;
    if (!source.dates.length) {
      const other = otherDate(claim, d) ?? datedBefore(claim, d);
      if (other) findings.push(mismatch(claim, other.a, 'date-mismatch', d, other.n));
      continue;
    }
    const conflicting = source.dates.find(n => conflicts(n, d)), byWeekday = conflicting ? undefined : onlyByWeekday(source, d);
    const elsewhere = byWeekday && coarseElsewhere(claim, d);
    if (elsewhere) { findings.push(mismatch(claim, elsewhere.a, 'date-mismatch', d, elsewhere.n)); continue; }
    const rival = conflicting ?? byWeekday;
    const story = () => claim.corpus.docs[best.ref.doc].facts.sentences;
    const relative = (f: DateField) => relativeTo(source, f) && (f !== 'year' || d.year === undefined || mayBeRelativeYear(story(), d.year));
    if (!rival || FIELDS.some(f => d[f] !== undefined && rival[f] !== undefined && d[f] !== rival[f] && relative(f))) continue;
    findings.push(mismatch(claim, best, 'date-mismatch', d, rival));
  }
  for (const m of relativePeriodMismatches(claim)) findings.push(mismatch(claim, m.a, 'date-mismatch', m.draft, m.source));
  return findings;
}
