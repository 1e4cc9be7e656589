import { Token } from '../types';
import { Word } from '../facts/analyze';
import { isNegated } from '../facts/negation';
import { say } from '../messages/catalogue';
import { Alignment } from '../index/support';
import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';

// "The Drinking Water Inspectorate fined Northvale Water" where the story says only that the investigation "could
// lead to a fine": what the source gives as possible, expected or planned, the draft gives as done. A summary drops
// the "could" and keeps the rest, so every word of it stands in the passage and only the modal is missing. English
// only: an English verb says it happened by its past form ("fined"), which an Indonesian verb does not show.

/**
 * Words that make what follows possible, expected or planned, not done. Not "will" or "would": a future told or
 * reported ("said the company would raise its payment") is an undertaking that a summary may fairly give as made.
 */
const NOT_YET_DONE = new Set(['could', 'may', 'might', 'expected', 'likely', 'possible', 'possibly', 'potential', 'potentially',
  'plans', 'planned', 'intends', 'intended', 'threatened', 'threatens', 'face', 'faces', 'facing']);
/** Words that may stand between such a word and the act: "could lead to a fine", "is expected to be fined". */
const BETWEEN = new Set(['to', 'be', 'been', 'a', 'an', 'the', 'lead', 'result', 'in', 'have', 'face', 'its', 'their', 'further',
  'only', 'also', 'still', 'soon', 'eventually', 'then']);
/** How far before the act the modal may stand. */
const REACH = 5;
/** English past forms that do not end in "-ed". */
const IRREGULAR_PAST = new Set(['shut', 'cut', 'paid', 'sold', 'made', 'took', 'gave', 'won', 'lost', 'built', 'began', 'left', 'held',
  'met', 'set', 'put', 'struck', 'bought', 'brought', 'sent', 'spent', 'laid', 'led', 'fell', 'rose', 'froze', 'closed']);
/** Words before a verb of the claim that leave it not done either: "could be fined", "was expected to close". */
const CLAIM_MODALS = new Set([...NOT_YET_DONE, 'would', 'will', 'should', 'must', 'can', 'if', 'whether', 'unless']);

const doneForm = (w: Word) => (w.norm.length > 4 && w.norm.endsWith('ed')) || IRREGULAR_PAST.has(w.norm);

/**
 * Where a word of a not-yet-done kind that governs the word at token `at` stands, over the words that may stand
 * between; -1 if none.
 */
function modalAt(tokens: readonly Token[], at: number, modals: ReadonlySet<string>): number {
  for (let i = at - 1; i >= 0 && i >= at - REACH; i--) {
    if (modals.has(tokens[i].norm)) return i;
    if (!BETWEEN.has(tokens[i].norm)) return -1;
  }
  return -1;
}

const notYetDone = (tokens: readonly Token[], at: number, modals: ReadonlySet<string>) => modalAt(tokens, at, modals) >= 0;

/** Share of the claim the best passage must state for the claim to be about what it says. */
const ALIGNED = 0.6;

/**
 * The claim's act, in its past form and not itself possible or denied, where every sentence of the best passage's
 * story that has the act's stem gives it only as possible, expected or planned; the passage's words for it.
 */
export function checkPossibleAsDone(claim: Claim): Finding[] {
  const f = possibleAsDone(claim);
  return f ? [f] : [];
}

function possibleAsDone(claim: Claim): Finding | undefined {
  if (claimLang(claim) !== 'en') return undefined;
  const best = claim.evidence[0];
  if (!best || best.coverage < ALIGNED) return undefined;
  const story = claim.corpus.docs[best.ref.doc].facts.sentences;
  for (const c of claim.sentence.words) {
    if (c.stop || !doneForm(c) || isNegated(claim.sentence.tokens, c) || notYetDone(claim.sentence.tokens, c.token, CLAIM_MODALS)) continue;
    const uses = story.flatMap(s => s.words.filter(w => w.stem === c.stem).map(w => ({ s, w })));
    const inBest = uses.filter(u => u.s.index === best.ref.sentence);
    if (!inBest.length || !uses.every(u => notYetDone(u.s.tokens, u.w.token, NOT_YET_DONE))) continue;
    // Nor may another aligned passage state it as done.
    const statedDone = (a: Alignment) => { const x = claim.corpus.sentence(a.ref); return x.words.some(w => w.stem === c.stem && !notYetDone(x.tokens, w.token, NOT_YET_DONE)); };
    if (claim.evidence.some(a => a !== best && a.coverage >= ALIGNED && statedDone(a))) continue;
    const s = claim.corpus.sentence(best.ref), w = inBest[0].w;
    const from = modalAt(s.tokens, w.token, NOT_YET_DONE);
    const source = s.text.slice(s.tokens[from].start - s.start, w.end - s.start);
    return {
      start: c.start, end: c.end, code: 'unsupported-claim',
      message: say(readerLang(claim), 'only-possible', { source, draft: claim.sentence.text.slice(c.start - claim.sentence.start, c.end - claim.sentence.start),
        label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(s.text, 160) }),
      evidence: [evidenceSentence(claim.corpus, best)], fixes: [],
    };
  }
  return undefined;
}
