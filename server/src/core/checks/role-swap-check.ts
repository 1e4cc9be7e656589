import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { NameRelation } from '../facts/agent-patient';
import { keepsRoles, relationsOf, reversedRoles } from '../facts/role-reversal';
import { SentenceFacts } from '../facts/analyze';

// The right words with who did what to whom turned round: "Airlangga dikalahkan oleh Raja Wurawari" where the
// source says "Airlangga … mengalahkan Raja Wurawari", "Moscow was attacked by Kyiv" where it says "Moscow
// attacked Kyiv". Every word of such a sentence stands in the passage, so word overlap finds it supported; only the
// roles, read from the verb's voice and the names on either side (facts/agent-patient.ts), tell it apart.

/** Coverage a passage needs before its roles can speak against the claim's: it must be about the same thing. */
const ALIGNED = 0.5;

/** The clause a relation spans, as its sentence writes it. */
function clause(s: SentenceFacts, r: NameRelation): string {
  return s.text.slice(s.tokens[r.from].start - s.start, s.tokens[r.to - 1].end - s.start);
}

export function checkRoleSwap(claim: Claim): Finding[] {
  const own = relationsOf(claim.sentence, claimLang(claim));
  if (!own.length) return [];
  for (const a of claim.evidence) {
    if (a.coverage < ALIGNED) continue;
    const source = claim.corpus.sentence(a.ref);
    const found = reversedRoles(claim.sentence, claimLang(claim), source, claim.corpus.docs[a.ref.doc].facts.lang, own);
    if (!found) continue;
    // Another passage as close says it the claim's way: the sources differ (a story filed again with the sides the
    // other way round), and the claim says what one of them says.
    if (claim.evidence.some(b => b !== a && b.coverage >= a.coverage &&
      keepsRoles(claim.sentence, claimLang(claim), claim.corpus.sentence(b.ref), claim.corpus.docs[b.ref.doc].facts.lang, own))) continue;
    return [{
      start: claim.sentence.start, end: claim.sentence.end, code: 'contradiction',
      message: say(readerLang(claim), 'reversed-roles', {
        source: clause(source, found.source), draft: clause(claim.sentence, found.draft),
        label: claim.corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160),
      }),
      evidence: [evidenceSentence(claim.corpus, a)], fixes: [],
    }];
  }
  return [];
}
