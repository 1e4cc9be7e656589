import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { speaksOfBoth } from '../facts/both-people';
import { Claim } from './types';

// An act the claim has two people do together ("Di Harbin, Putin dan Xi bersama-sama membuka forum perdagangan",
// "the two ministers jointly opened …") where the passage has one of them do it: "Selain bertemu dengan Xi di
// Beijing, Putin juga diharapkan mengunjungi Harbin, … di mana dia akan menghadiri forum perdagangan". Every word of
// the claim is in the passage, both names too; what it adds is that they did it together, which a passage must say.

/** Words that make an act of two people a joint one. */
const TOGETHER = new Set(['bersama-sama', 'bersama', 'together', 'jointly']);
/** Words that join two names into one subject. */
const AND = new Set(['dan', 'and', 'serta']);
/** Verbs of going with someone, which pair the two names around them: "Xi menemani Putin", "accompanied Putin". */
const ACCOMPANYING = new Set(['menemani', 'mendampingi', 'accompanied', 'accompanies', 'accompany']);
/** Words that may stand before such a verb: "Xi dijadwalkan menemani Putin", "Xi will accompany Putin". */
const AUXILIARIES = new Set(['akan', 'dijadwalkan', 'juga', 'telah', 'sudah', 'will', 'would', 'also']);

/**
 * Whether a sentence pairs two people's names, a person as the registry knows them: joined with "dan"/"and" ("Putin
 * dan Xi"), or around a verb of going with someone ("Xi Jinping dijadwalkan menemani Putin").
 */
function pairedNames(claim: Claim, s: SentenceFacts): boolean {
  const people = s.names.filter(n => n.kind === 'person' || claim.corpus.registry.resolve(n)?.kind === 'person').sort((a, b) => a.start - b.start);
  return people.some((n, i) => {
    const next = people[i + 1];
    if (!next) return false;
    const gap = s.text.slice(n.end - s.start, (next.role?.start ?? next.start) - s.start).trim().toLowerCase();
    if (AND.has(gap)) return true;
    const words = gap.split(/\s+/);
    return words.some(w => ACCOMPANYING.has(w)) && words.every(w => ACCOMPANYING.has(w) || AUXILIARIES.has(w));
  });
}

/**
 * Whether the claim has two people, joined by "dan"/"and", act together ("bersama-sama", "jointly"). Asked of every
 * passage a claim is weighed against: the word test first, which almost every claim fails, then the names.
 */
function claimsJointAct(claim: Claim): boolean {
  return claim.sentence.tokens.some(t => TOGETHER.has(t.norm)) && pairedNames(claim, claim.sentence);
}

/**
 * Whether a passage says nothing of the two acting together: no two names joined, no word for both ("mereka",
 * "kedua pemimpin", "they") and no "bersama"/"together".
 */
export function jointActUnstated(claim: Claim, a: Alignment): boolean {
  if (!claimsJointAct(claim)) return false;
  const s = claim.corpus.sentence(a.ref);
  const norms = s.tokens.map(t => t.norm);
  return !norms.some(n => TOGETHER.has(n)) && !speaksOfBoth(norms) && !pairedNames(claim, s);
}
