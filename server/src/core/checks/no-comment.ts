import { SentenceFacts } from '../facts/analyze';
import { isNegated } from '../facts/negation';

// "The energy ministry welcomed the report" where the source says "The energy ministry declined to comment on the
// report": a reaction the source says was never given. News copy says "declined to comment" of every body that
// kept silent, and a shortened sentence readily gives that body a reaction; the words of the reaction are the
// claim's own, so the passage's other words back it, and "declined" governs "comment", so it is no opposite of
// "welcomed" by itself.

/** Verbs of refusing that, before "to comment" / "berkomentar", say nothing was said. */
const REFUSING = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'menolak', 'enggan', 'tidak', 'tak', 'belum']);
/** The comment refused: "to comment", "berkomentar", "memberikan komentar". */
const COMMENT = new Set(['comment', 'berkomentar', 'komentar', 'menanggapi', 'respond']);

/**
 * Stems of reactions that are said: a body that "declined to comment" gave none of them. Both languages: welcomed,
 * praised, criticised, condemned, backed, rejected, said …
 */
const REACTIONS: readonly string[] = ['welcom', 'prais', 'critic', 'criticis', 'criticiz', 'condemn', 'applaud', 'endors', 'back', 'support', 'reject',
  'dismiss', 'hail', 'sambut', 'puji', 'kritik', 'kecam', 'kutuk', 'dukung', 'tolak', 'tanggap'];

/** The passage's refusal to comment, as the words that say it ("declined to comment"), or undefined. */
export function refusedComment(s: SentenceFacts): { start: number; end: number } | undefined {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!REFUSING.has(t[i].norm)) continue;
    let j = i + 1;
    if (t[j]?.norm === 'to' || t[j]?.norm === 'untuk' || t[j]?.norm === 'memberikan' || t[j]?.norm === 'memberi') j++;
    if (t[j] && COMMENT.has(t[j].norm)) return { start: t[i].start, end: t[j].end };
  }
  return undefined;
}

/** Marks and words that end the refusal's clause. */
const CLAUSE_END = new Set([',', ';', ':', 'but', 'while', 'although', 'tetapi', 'namun', 'tapi', 'sementara', 'meski', 'meskipun']);

const isReaction = (stem: string) => REACTIONS.some(r => stem === r || (r.length >= 5 && stem.startsWith(r)));

/** Stems of the content words of a sentence within [from, to). */
const stemsWithin = (s: SentenceFacts, from: number, to: number) => new Set(s.words.filter(w => !w.stop && w.start >= from && w.end <= to).map(w => w.stem));

/**
 * The claim's reaction, not negated, where the passage says its subject declined to comment on the same thing: a
 * word of the claim's subject before the refusal and a word of what it reacted to after it. The reaction and the
 * passage's refusal, as written.
 */
export function reactionRefused(claim: SentenceFacts, source: SentenceFacts): { draft: string; source: string } | undefined {
  const refusal = refusedComment(source);
  if (!refusal) return undefined;
  const reaction = claim.words.find(w => !w.stop && isReaction(w.stem) && !isNegated(claim.tokens, w));
  if (!reaction || source.words.some(w => w.stem === reaction.stem)) return undefined;
  const subject = stemsWithin(claim, claim.start, reaction.start), object = stemsWithin(claim, reaction.end, claim.end);
  // What the refusal is about stands in its own clause: "declined to comment on the vote but said talks … would
  // continue" refuses nothing about the talks.
  const close = source.tokens.find(t => t.start >= refusal.end && CLAUSE_END.has(t.norm));
  const before = stemsWithin(source, source.start, refusal.start), after = stemsWithin(source, refusal.end, close?.start ?? source.end);
  if (![...subject].some(st => before.has(st)) || ![...object].some(st => after.has(st))) return undefined;
  return { draft: claim.text.slice(reaction.start - claim.start, reaction.end - claim.start), source: source.text.slice(refusal.start - source.start, refusal.end - source.start) };
}
