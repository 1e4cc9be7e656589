import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts, Word } from '../facts/analyze';
import { Alignment } from '../index/support';
import { senseIn, senseStem } from '../lexicon/antonyms';
import { isNegatedAt, negatedSpan } from '../facts/negation';
import { complementDenialStart } from './complement-denial';
import { supportFeatures } from '../verifier/features';
import { supportProbability } from '../verifier/model';
import { denialAt } from './denied-statement';
import { POINTING_BACK } from './own-coverage';

// What the contradiction check's ways of finding an opposite share: the verifier's answer, whether the passage is
// about another moment than the claim, a denial that governs a word, and the finding with both wordings.

/** Coverage at which a passage holding the claim's figures speaks for the claim against an opposing one. */
const FIGURE_ALIGNED = 0.3;

/** Whether the learned verifier finds that the passage supports the claim. */
export function supports(claim: Claim, a: Alignment): boolean {
  const p = claim.support ? claim.support(a) : supportProbability(supportFeatures(claim.corpus, claim.sentence, claim.terms, a));
  return p >= claim.options.supportThreshold;
}

/** A figure's value, as the claim and a passage are compared on it: quantities by value, dates by their year. */
function figures(s: SentenceFacts): Set<number> {
  return new Set([...s.quantities.map(q => q.value), ...s.dates.flatMap(d => (d.year === undefined ? [] : [d.year]))]);
}

/**
 * Whether the opposing passage is about another moment than the claim: the claim's figures (amounts, years) are
 * not in it but stand in another passage found for the claim or elsewhere in its document. "The study involved
 * 4,100 children" is not contradicted by "…, who was not involved in the study" when another sentence says the
 * study followed 4,100 children; "dibuka pada 1989" not by a plant's "penutupan" when the story says it has stood
 * since 1989. (Whether the verifier accepts some other passage says nothing here: it reads words, not negations.)
 */
export function outweighed(claim: Claim, opposing: Alignment): boolean {
  const wanted = figures(claim.sentence);
  if (!wanted.size) return false;
  const holds = (x: SentenceFacts) => { const f = figures(x); return [...wanted].filter(v => f.has(v)).length; };
  if (holds(claim.corpus.sentence(opposing.ref)) > 0) return false;
  // The passage about the claim's moment need not share its words ("berdiri sejak 1989" for "dibuka pada 1989"):
  // any passage retrieval found, or another sentence of the opposing one's document (one story).
  // A story may give the claim's figures in two sentences ("melonjak menjadi Rp 120.000 …. Sepekan sebelumnya, …
  // Rp 65.000"): a passage and the sentence after it hold them together.
  const withNext = (doc: number, i: number) => {
    const story = claim.corpus.docs[doc].facts.sentences, f = new Set([...figures(story[i]), ...(story[i + 1] ? figures(story[i + 1]) : [])]);
    return [...wanted].every(v => f.has(v));
  };
  // The sentence right after the one with the figures, pointing back to its thing, speaks of the same moment:
  // "Pergeseran anggaran itu telah disetujui DPRD" after "… menggeser anggaran sebesar Rp 9,6 miliar …".
  const before = pointsBack(claim.corpus.sentence(opposing.ref)) ? opposing.ref.sentence - 1 : -1;
  const elsewhere = (doc: number, i: number) => doc !== opposing.ref.doc || (i !== opposing.ref.sentence && i !== before);
  if (claim.evidence.some(b => b !== opposing && b.coverage >= FIGURE_ALIGNED && elsewhere(b.ref.doc, b.ref.sentence) && withNext(b.ref.doc, b.ref.sentence))) return true;
  return claim.corpus.docs[opposing.ref.doc].facts.sentences.some((x, i) => elsewhere(opposing.ref.doc, i) && holds(x) === wanted.size);
}

/** How far into a sentence such a word must stand to point back from its subject. */
const SUBJECT_REACH = 4;

/** Whether a sentence's subject points back to the sentence before: "Pergeseran anggaran itu …". */
function pointsBack(s: SentenceFacts): boolean {
  return s.tokens.slice(0, SUBJECT_REACH).some(t => POINTING_BACK.has(t.norm));
}

/** Whether a denying verb ("denied that", "membantah bahwa") governs the word, earlier in its clause. */
export function underDenial(s: SentenceFacts, w: Word): boolean {
  for (let i = w.token - 1; i >= 0; i--) {
    const t = s.tokens[i];
    if (t.text === ',' || t.text === ';') return false;
    if (denialAt(s.tokens, i)) return !isNegatedAt(s, i);
  }
  return false;
}

/** A word as its sentence writes it, with the negation that governs it ("tidak memberikan"). */
export function phrase(s: SentenceFacts, w: Word): string {
  const span = negatedSpan(s.tokens, w);
  // A denied complement reads from its denial: "bukan merupakan angkutan", not "angkutan".
  if (span.start === w.start) span.start = complementDenialStart(s, w) ?? span.start;
  // A phrasal verb reads with its particle: "turned down".
  const particle = senseIn(s.tokens, w) !== senseStem(w.norm, w.stem) ? s.tokens[w.token + 1] : undefined;
  return s.text.slice(span.start - s.start, (particle?.end ?? span.end) - s.start);
}

/** The finding that the passage says the opposite: the two wordings side by side, then the passage. */
export function finding(claim: Claim, evidence: Alignment, source: string, draft: string): Finding {
  const passage = claim.corpus.sentence(evidence.ref);
  return {
    start: claim.sentence.start, end: claim.sentence.end, code: 'contradiction',
    message: say(readerLang(claim), 'opposite', { source, draft, label: claim.corpus.docs[evidence.ref.doc].label, passage: excerpt(passage.text, 160) }),
    evidence: [evidenceSentence(claim.corpus, evidence)], fixes: [],
  };
}
