import { Claim, Finding } from './types';
import { SentenceFacts } from '../facts/analyze';
import { clockTimes, sameTime } from '../facts/clock-times';
import { figureKindMismatches } from './figure-finding';

// A time of day against the passage that otherwise supports the sentence: "brought under control at around 11:15
// a.m." where the story says 9:15. As with dates (date-check.ts), a time that any sentence near an aligned passage
// gives is the sources' own (the story's "started at about 4:40 a.m." for a claim about the start); only where the
// best passage itself gives another time, and none near gives the claim's, is it a mismatch.

const CLOCK_TIMES = {
  read: (s: SentenceFacts) => clockTimes(s.text, s.start, s.tokens),
  same: sameTime,
  code: 'date-mismatch' as const,
};

export function checkClockTimes(claim: Claim): Finding[] {
  return figureKindMismatches(claim, CLOCK_TIMES);
}
