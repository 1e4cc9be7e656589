import { Claim } from './types';
import { Alignment, alignmentAt } from '../index/support';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { isNegated } from '../facts/negation';
import { deniesAnything, holdsStem, namedBefore, written } from './denied-statement';
import { rememberedFor } from '../remembered';

// A claim's act that the story denies anyone did or underwent, in the sentence beside the passage that states the
// rest: "Police have
// arrested a hiker suspected of lighting the campfire that started the fire" where the passage says investigators
// "were still trying to identify who had lit the campfire believed to have started the blaze" and the sentence
// before it "Varenth Provincial Police said no one had been arrested in connection with the fire". The passage has
// no negation for the contradiction check to weigh, and the denial's sentence holds too little of the claim to be a
// passage of its own. Only a denial for all ("no one", "nobody", "tidak ada yang"): a negation of one thing ("has no
// water supply", "were not counted") may well leave the claim's act to someone or something else.

/** Words before a verb that deny it of everyone, as token norms: "no one had been arrested", "belum ada yang ditangkap". */
const FOR_NONE = /^(no one|no-one|nobody|none|tidak ada yang|belum ada yang|tak ada yang|tidak seorang pun yang|tak seorang pun yang)( (had|has|have|was|were|is|are|been|being|yet|ever|pernah|sempat))*$/;
/** Other words of the claim a passage must have for its statement of the act to count. */
const ABOUT_CLAIM = 2;
/** Tokens before a verb read for such words. */
const REACH = 6;

/** The first words of FOR_NONE's phrases: a sentence with none of them denies nothing of everyone. */
const FOR_NONE_OPENERS: ReadonlySet<string> = new Set(['no', 'no-one', 'nobody', 'none', 'tidak', 'belum', 'tak']);

/** Where the words right before a word that deny it of everyone start, if they do. */
function deniedForAllFrom(x: SentenceFacts, v: Word): number | undefined {
  if (!opensDenialForAll(x)) return undefined;
  const before = x.tokens.slice(Math.max(0, v.token - REACH), v.token);
  const i = before.findIndex((_, k) => FOR_NONE.test(before.slice(k).map(t => t.norm).join(' ')));
  return i < 0 ? undefined : before[i].start;
}

/** Whether a sentence has a word that may open a denial for all: the test above is asked of every word of every sentence beside a passage. */
const opensDenialForAll = rememberedFor((x: SentenceFacts) => x.tokens.some(t => FOR_NONE_OPENERS.has(t.norm)));

/** The denial beside the passage and the claim's word for the act it denies, both as written. */
export interface DeniedBeside { a: Alignment; source: string; draft: string }

export function deniedBeside(claim: Claim, candidates: readonly Alignment[]): DeniedBeside | undefined {
  const s = claim.sentence;
  if (deniesAnything(s)) return undefined;
  const claimWords = contentWords(s);
  const same = (x: Word, y: Word) => holdsStem([x], y.stem);
  // Whether a sentence states the claim's word without a negation (the denied word aside): then the story reports
  // the act somewhere.
  const states = (x: SentenceFacts, c: Word, denied?: Word) => contentWords(x).some(w => w.start !== denied?.start && same(w, c) && !isNegated(x.tokens, w));
  for (const a of candidates) {
    const doc = claim.corpus.docs[a.ref.doc].facts.sentences;
    for (const k of [a.ref.sentence - 1, a.ref.sentence + 1]) {
      const x = doc[k];
      if (!x) continue;
      for (const v of contentWords(x)) {
        const from = deniedForAllFrom(x, v);
        if (from === undefined) continue;
        const c = claimWords.find(w => same(w, v));
        if (!c || states(x, c, v)) continue;
        // A passage that states the act counts where it speaks of more of the claim: "nelayan … mencatat 20 ton
        // tangkapan" states a catch, not the claim's arrest ("menangkap pemilik gergaji mesin").
        const aboutClaim = (y: SentenceFacts) => contentWords(y).filter(w => !same(w, c) && claimWords.some(cw => same(cw, w))).length >= ABOUT_CLAIM;
        const besides = (b: Alignment) => b.ref.doc === a.ref.doc && b.ref.sentence === k;
        if (candidates.some(b => { const y = claim.corpus.sentence(b.ref); return !besides(b) && states(y, c) && aboutClaim(y); })) continue;
        // The denial is of the claim's own actor: a word before the claim's verb stands before the denied one
        // ("Police have arrested" against "Police said no one had been arrested"; not "the minister did not visit").
        const actor = claimWords.filter(w => w.end <= c.start && !same(w, c));
        if (!namedBefore(x, v, actor)) continue;
        return { a: alignmentAt(a.ref.doc, k), source: written(x, { start: from, end: v.end }), draft: written(s, c) };
      }
    }
  }
  return undefined;
}
