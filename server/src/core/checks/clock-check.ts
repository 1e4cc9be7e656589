import { Claim, Finding } from './types';
import { SentenceFacts } from '../facts/analyze';
import { ClockTime, clockTimes, sameTime } from '../facts/clock-times';
import { byOwnWords, context, mismatch } from './figure-finding';
import { ALIGNED } from './date-passages';

// A time of day against the passage that otherwise supports the sentence: "brought under control at around 11:15
// a.m." where the story says 9:15. As with dates (date-check.ts), a time that any sentence near an aligned passage
// gives is the sources' own (the story's "started at about 4:40 a.m." for a claim about the start); only where the
// best passage itself gives another time, and none near gives the claim's, is it a mismatch.

const timesOf = (s: SentenceFacts) => clockTimes(s.text, s.start, s.tokens);

export function checkClockTimes(given: Claim): Finding[] {
  const own = timesOf(given.sentence);
  if (!own.length) return [];
  const claim = byOwnWords(given);
  const best = claim.evidence[0];
  if (!best || best.coverage < ALIGNED) return [];
  const source = timesOf(claim.corpus.sentence(best.ref));
  if (!source.length) return [];
  const nearby: ClockTime[] = context(claim, best).flatMap(timesOf);
  return own.flatMap(t => {
    if (nearby.some(n => sameTime(n, t))) return [];
    return [mismatch(claim, best, 'date-mismatch', t, source[0])];
  });
}
