import { Token } from '../types';
import { Word } from '../facts/analyze';
import { isNegated } from '../facts/negation';
import { say } from '../messages/catalogue';
import { Alignment } from '../index/support';
import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';

// "The Drinking Water Inspectorate fined Northvale Water" where the story says only that the investigation "could
// lead to a fine": what the source gives as possible, expected or planned, the draft gives as done. A summary drops
// the "could" and keeps the rest, so every word of it stands in the passage and only the modal is missing. An English
// verb says it happened by its past form ("fined"); an Indonesian one only with "sudah" or "telah" before it.

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

// Indonesian shows a done act by a word before the verb: "sudah mencairkan", "telah diumumkan". Against a story that
// gives the act only as still to come ("bakal mencairkan dana … setelah pembebasan lahan rampung"), the draft's "sudah"
// says what the story does not.
/** Words that say the act after them is done. */
const DONE_ID = new Set(['sudah', 'telah']);
/** Words that say the act after them is still to come or planned. */
const NOT_YET_ID = new Set(['akan', 'bakal', 'berencana', 'rencananya', 'hendak', 'berniat', 'bermaksud']);
/** Words that may stand between such a word and the verb: "akan segera mencairkan", "berencana untuk menghadirkan". */
const BETWEEN_ID = new Set(['segera', 'untuk', 'juga', 'mulai', 'kembali', 'baru', 'pun']);

/** Where a word of the set stands before the word at token `at`, over the words that may stand between; -1 if none. */
function markedAt(tokens: readonly Token[], at: number, marks: ReadonlySet<string>): number {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (marks.has(tokens[i].norm)) return i;
    if (!BETWEEN_ID.has(tokens[i].norm)) return -1;
  }
  return -1;
}

/** How each language reads a claim's act as done and a passage's as not yet done (or asked for). */
const READINGS = {
  en: { done: (tokens: readonly Token[], w: Word) => doneForm(w) && !notYetDone(tokens, w.token, CLAIM_MODALS), notDone: notDoneAt },
  id: { done: (tokens: readonly Token[], w: Word) => markedAt(tokens, w.token, DONE_ID) >= 0, notDone: (tokens: readonly Token[], at: number) => markedAt(tokens, at, NOT_YET_ID) },
};

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

/**
 * Verbs of asking another to act: "had asked the club to publish its traffic study" leaves the study unpublished.
 * Not "helped", whose act is done.
 */
const ASKING = new Set(['ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'request', 'requests', 'requested',
  'want', 'wants', 'wanted', 'press', 'pressed', 'pressing', 'tell', 'tells', 'told', 'call', 'calls', 'called', 'demanded']);
/** Words of the party asked, between the verb of asking and "to": "asked the club to", "called on ministers to". */
const PARTY_REACH = 4;

/** Where a verb of asking another to do the act at token `at` stands ("asked the club to publish"); -1 if none. */
function askedAt(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.norm !== 'to') return -1;
  for (let i = at - 2; i >= 0 && i >= at - 2 - PARTY_REACH; i--) {
    const t = tokens[i];
    if (t.kind !== 'word') return -1;
    // "called on the council to", not "called the meeting to order".
    if (ASKING.has(t.norm)) return t.norm.startsWith('call') && tokens[i + 1]?.norm !== 'on' ? -1 : i;
  }
  return -1;
}

/** Where the word that leaves the act at token `at` not done stands in a passage: a modal, a plan, a request; -1 if none. */
function notDoneAt(tokens: readonly Token[], at: number): number {
  const modal = modalAt(tokens, at, NOT_YET_DONE);
  return modal >= 0 ? modal : askedAt(tokens, at);
}

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
  const lang = claimLang(claim), reading = READINGS[lang];
  const best = claim.evidence[0];
  if (!reading || !best || best.coverage < ALIGNED) return undefined;
  const { done, notDone } = reading;
  const story = claim.corpus.docs[best.ref.doc].facts.sentences;
  for (const c of claim.sentence.words) {
    if (c.stop || !done(claim.sentence.tokens, c) || isNegated(claim.sentence.tokens, c)) continue;
    const uses = story.flatMap(s => s.words.filter(w => w.stem === c.stem).map(w => ({ s, w })));
    const inBest = uses.filter(u => u.s.index === best.ref.sentence);
    if (!inBest.length || !uses.every(u => notDone(u.s.tokens, u.w.token) >= 0)) continue;
    // Nor may another aligned passage state it as done.
    const statedDone = (a: Alignment) => { const x = claim.corpus.sentence(a.ref); return x.words.some(w => w.stem === c.stem && notDone(x.tokens, w.token) < 0); };
    if (claim.evidence.some(a => a !== best && a.coverage >= ALIGNED && statedDone(a))) continue;
    const s = claim.corpus.sentence(best.ref), w = inBest[0].w;
    const from = notDone(s.tokens, w.token);
    const source = s.text.slice(s.tokens[from].start - s.start, w.end - s.start);
    const asked = lang === 'en' && !NOT_YET_DONE.has(s.tokens[from].norm);
    // The draft's act with its "sudah" or "telah", where the language shows it so.
    const marker = lang === 'id' ? markedAt(claim.sentence.tokens, c.token, DONE_ID) : -1;
    const draftFrom = marker >= 0 ? claim.sentence.tokens[marker].start : c.start;
    return {
      start: c.start, end: c.end, code: 'unsupported-claim',
      message: say(readerLang(claim), asked ? 'only-asked' : 'only-possible', { source, draft: claim.sentence.text.slice(draftFrom - claim.sentence.start, c.end - claim.sentence.start),
        label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(s.text, 160) }),
      evidence: [evidenceSentence(claim.corpus, best)], fixes: [],
    };
  }
  return undefined;
}
