import { SupportedClaim } from '../checks/types';
import { say } from '../messages/catalogue';
import { Lang } from '../types';
import { clip, escape, HoverResult } from './hover';

// A hover on a supported sentence shows what backs it: where the passage stands, as a link that opens it, and
// the passage in the source's own words, so the writer can compare without leaving the draft. A name's hover
// (hover.ts) comes first; this one is for the rest of the sentence.

const MAX_PASSAGE_CHARS = 320;

/** `place` is how the writer is told where the passage stands ("seeds/vote.md ¶3"); `link` opens it there. */
export function supportHover(claim: SupportedClaim, place: string, link: string, lang: Lang): HoverResult {
  const markdown = [
    `**${escape(say(lang, 'support.hover'))}** [${escape(place)}](${link})`,
    '',
    `> ${escape(clip(claim.evidence.text, MAX_PASSAGE_CHARS))}`,
  ].join('\n');
  return { start: claim.start, end: claim.end, markdown };
}
