import { Token } from '../types';
import { Claim, Finding, evidenceSentence, excerpt } from './types';
import { SentenceFacts, Word } from '../analyze';
import { areAntonyms } from '../lexicon/antonyms';
import { NEGATION_WORDS_EN, NEGATION_WORDS_ID } from '../stopwords';
import { supportFeatures } from '../verifier/features';
import { supportProbability } from '../verifier/model';

// Whether the best source passage supports the sentence at all, and whether it says the opposite: a negation
// on one side only ("tidak pernah mengutuk" vs "mengutuk", "non-konfrontasi" vs "berkonfrontasi") or a
// predicate and its antonym ("menghentikan" vs "memperluas").

/** Coverage the best passage needs before the sentence can be called a contradiction of it. */
const CONTRADICTION_ALIGNED = 0.5;
const NEGATORS = new Set([...NEGATION_WORDS_ID, ...NEGATION_WORDS_EN]);
/** Words that may stand between a negation and what it negates ("tidak pernah mengutuk", "not yet received"). */
const BRIDGE = new Set(['pernah', 'akan', 'bisa', 'dapat', 'mau', 'ingin', 'lagi', 'juga', 'sama', 'sekali',
  'pernah', 'yet', 'ever', 'be', 'been', 'have', 'has', 'had', 'to', 'will', 'would', 'untuk', 'mungkin']);

function negated(tokens: Token[], w: Word): boolean {
  if (w.negatedPrefix) return true;
  for (let i = w.token - 1, hops = 0; i >= 0 && hops < 3; i--, hops++) {
    const n = tokens[i].norm;
    if (NEGATORS.has(n) || n.endsWith("n't")) return true;
    if (!BRIDGE.has(n)) return false;
  }
  return false;
}

function content(s: SentenceFacts): Word[] {
  return s.words.filter(w => !w.stop && !/^\d/.test(w.norm));
}

export function checkContradiction(claim: Claim): Finding[] {
  const best = claim.evidence[0];
  if (!best || best.coverage < CONTRADICTION_ALIGNED) return [];
  // The verifier has the last word: a cue alone is no contradiction if the verifier finds the passage supportive.
  const p = supportProbability(supportFeatures(claim.corpus, claim.sentence, claim.terms, best));
  if (p >= claim.options.supportThreshold) return [];
  const source = claim.corpus.sentence(best.ref);
  const sourceWords = content(source);
  // Words inside the draft's quotes are the quote check's business: a made-up quote is not a contradiction.
  const quoted = claim.draft.quotes.filter(q => q.start >= claim.sentence.start && q.end <= claim.sentence.end);
  const claimWords = content(claim.sentence).filter(w => !quoted.some(q => w.start >= q.start && w.end <= q.end));
  const claimStems = new Set(claimWords.map(w => w.stem));
  for (const c of claimWords) {
    const same = sourceWords.filter(s => s.stem === c.stem);
    const cNeg = negated(claim.sentence.tokens, c);
    if (same.length && same.every(s => negated(source.tokens, s) !== cNeg)) {
      const s = same[0];
      return [finding(claim, cNeg ? `The source states it without the negation: “${excerpt(source.text, 160)}”`
        : `The source negates “${s.norm}”: “${excerpt(source.text, 160)}”`)];
    }
    if (same.length) continue;
    const opposite = sourceWords.find(s => !claimStems.has(s.stem) && areAntonyms(c.stem, s.stem) && negated(source.tokens, s) === cNeg);
    if (opposite) {
      const word = source.text.slice(opposite.start - source.start, opposite.end - source.start);
      return [finding(claim, `The source says “${word}”, the opposite of “${claim.sentence.text.slice(c.start - claim.sentence.start, c.end - claim.sentence.start)}”: “${excerpt(source.text, 160)}”`)];
    }
  }
  return [];
}

function finding(claim: Claim, message: string): Finding {
  return {
    start: claim.sentence.start, end: claim.sentence.end, code: 'contradiction', message,
    evidence: [evidenceSentence(claim.corpus, claim.evidence[0])], fixes: [],
  };
}

export function checkSupport(claim: Claim): Finding[] {
  if (claim.verdict.probability >= claim.options.supportThreshold) return [];
  const best = claim.verdict.alignment ?? claim.evidence[0];
  const missing = best ? claim.terms.filter((_, i) => best.credit[i] === 0).map(t => t.norm) : [];
  const closest = best ? ` The closest source passage (${claim.corpus.docs[best.ref.doc].label}) does not state: ${missing.slice(0, 6).join(', ')}.` : '';
  return [{
    start: claim.sentence.start, end: claim.sentence.end, code: 'unsupported-claim',
    message: `No source supports this sentence.${closest}`,
    evidence: best ? [evidenceSentence(claim.corpus, best)] : [],
    fixes: [],
  }];
}
