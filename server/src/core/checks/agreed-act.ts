import { Claim } from './types';
import { Alignment } from '../index/support';
import { isNegated } from '../facts/negation';
import { SentenceFacts, Word } from '../facts/analyze';

// An agreement says more than the act agreed on. "China setuju memasok senjata kepada Rusia" passed on the story's
// China that keeps supplying components for weapons, and "Rusia dan China sepakat membangun pangkalan militer" on a
// sentence saying that their military ties grew: every other word stands there, and no one agrees to anything. A
// claim that someone agreed (sepakat, setuju, agreed) is backed only by a passage that itself says an agreement:
// agreeing, a promise, a signature, a pact or deal, a joint statement. Not one beside it: "Presiden Putin dan saya
// sepakat bahwa …" stands right before the sentence on military ties, about something else.

/**
 * The claim's verbs of agreeing: "sepakat" in every form, "setuju" bare, "agreed". "menyetujui" and "disetujui" say
 * that a body approved something ("paket bantuan yang disetujui oleh Kongres AS"), not that parties agreed to act.
 */
const AGREEING_STEMS = new Set(['sepakat', 'agre']);
const AGREEING_FORMS = new Set(['setuju']);
const agreeing = (w: Word) => AGREEING_STEMS.has(w.stem) || AGREEING_FORMS.has(w.norm);
/** Stems and forms by which a passage says that parties agreed. */
const AGREEMENT_STEMS = new Set([...AGREEING_STEMS, 'janji', 'tandatangan', 'pakta', 'agreement', 'pledg', 'promis', 'vow', 'sign', 'deal', 'accord', 'treati', 'treaty']);
const AGREEMENT_FORMS = new Set([...AGREEING_FORMS, 'menyetujui', 'persetujuan']);
/** "pernyataan bersama", "joint statement": the first word's stem, and the word that makes the statement joint. */
const JOINT = [['nyata', 'bersama'], ['joint', 'statement'], ['joint', 'declaration']] as const;

/** Whether a sentence says that parties agreed. */
function saysAgreement(s: SentenceFacts): boolean {
  if (s.words.some(w => AGREEMENT_STEMS.has(w.stem) || AGREEMENT_FORMS.has(w.norm))) return true;
  return s.words.some((w, i) => JOINT.some(([a, b]) => (w.stem === a || w.norm === a) && s.words[i + 1]?.norm === b));
}

/**
 * The claim's words of agreeing that the passage does not back: none when the claim has none (or denies one, the
 * contradiction check's), or the passage says that parties agreed.
 */
export function unagreedWords(claim: Pick<Claim, 'corpus' | 'sentence'>, a: Alignment): string[] {
  const s = claim.sentence;
  const words = s.words.filter(w => agreeing(w) && !isNegated(s.tokens, w));
  return !words.length || saysAgreement(claim.corpus.sentence(a.ref)) ? [] : words.map(w => w.norm);
}
