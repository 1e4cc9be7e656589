import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word } from '../facts/analyze';
import { CONTRASTS } from '../lexicon/contrasts';
import { rememberedFor } from '../remembered';

// Two things a passage says side by side, each in a clause of its own, crossed: "Angin pesat pada belahan bumi
// selatan berbelok ke kanan" against "Angin pesat pada belahan bumi utara berbelok ke kanan, sedangkan di belahan
// bumi selatan berbelok ke kiri". Every word of the claim stands in the passage, so it covers the claim fully; but
// the clause that speaks of the south turns left. The claim pairs a word of one clause ("selatan") with what the
// other clause has in the slot where the first has its own word ("ke kanan" where it has "ke kiri").

/** Tokens that end a clause of a passage. Not "dan": "A dan B" is one list, and one clause. */
const CLAUSE_ENDS = new Set([',', ';', ...CONTRASTS]);

/** Words that join list items, not slots: "produk dan jasa" and "dan lainnya" say nothing of one place. */
const JOINERS = new Set(['dan', 'atau', 'serta', 'maupun', 'and', 'or', 'nor']);

interface Clause { words: Word[]; stems: Set<string> }

/** A passage's clauses, split once: a passage is weighed for many claims. */
const clausesOf = rememberedFor((s: SentenceFacts): Clause[] => {
  const out: Clause[] = [];
  let words: Word[] = [];
  const close = () => { if (words.length) out.push({ words, stems: new Set(words.map(w => w.stem)) }); words = []; };
  let next = 0;
  s.tokens.forEach((t, i) => {
    if (CLAUSE_ENDS.has(t.norm)) { close(); return; }
    while (next < s.words.length && s.words[next].token < i) next++;
    if (next < s.words.length && s.words[next].token === i) words.push(s.words[next]);
  });
  close();
  return out;
});

/**
 * Every word of the passage's clauses by the word beside it: `${anchor}|${side}` gives the clause and the word that
 * stands after the anchor (side -1) or before it (side 1). The anchor is matched as written: "dalam" (in) and
 * "memperdalam" (deepen) share a stem, not a slot.
 */
type Slots = Map<string, Array<{ k: number; w: Word }>>;
function slotsOf(clauses: readonly Clause[]): Slots {
  const out: Slots = new Map();
  clauses.forEach((c, k) => c.words.forEach((w, j) => {
    for (const side of [-1, 1] as const) {
      const other = c.words[j - side];
      if (!other || other.token !== w.token - side) continue;
      const key = `${w.norm}|${side}`, list = out.get(key);
      if (list) list.push({ k, w: other }); else out.set(key, [{ k, w: other }]);
    }
  }));
  return out;
}

/**
 * The clauses (by index) that hold another word where the claim's word stands, beside the same neighbour, while the
 * clauses with the claim's own word have it there: "kiri" after "ke" where another clause has "ke kanan".
 */
function rivalClauses(clauses: readonly Clause[], slots: Slots, words: readonly Word[], i: number, claimStems: ReadonlySet<string>): Set<number> {
  const b = words[i], out = new Set<number>();
  for (const side of [-1, 1] as const) {
    const anchor = words[i + side];
    if (!anchor || JOINERS.has(anchor.norm) || anchor.token !== b.token + side) continue;
    const beside = slots.get(`${anchor.norm}|${side}`) ?? [];
    if (!beside.some(x => x.w.stem === b.stem)) continue;
    for (const { k, w } of beside) if (!clauses[k].stems.has(b.stem) && !w.stop && !claimStems.has(w.stem)) out.add(k);
  }
  return out;
}

/**
 * The claim's words (as written) that cross two clauses of the passage: each of a pair stands in one clause, and
 * the other clause has another word in its slot. Both must be crossed: a clause that merely leaves out what the
 * first one said ("… utara berbelok ke kanan, sedangkan di belahan bumi selatan …", no "angin" in the second)
 * crosses nothing.
 */
export function crossedWords(claim: Pick<Claim, 'corpus' | 'sentence'>, a: Alignment): string[] {
  const passage = claim.corpus.sentence(a.ref), s = claim.sentence, words = s.words;
  const clauses = clausesOf(passage);
  if (clauses.length < 2) return [];
  // Where each of the claim's words stands; only two words that never share a clause can cross.
  const homes = words.map(w => (w.stop ? [] : clauses.flatMap((c, k) => (c.stems.has(w.stem) ? [k] : []))));
  const apart = (i: number, j: number) => homes[i].length > 0 && homes[j].length > 0 && words[i].stem !== words[j].stem && !homes[j].some(k => homes[i].includes(k));
  if (!words.some((_, i) => words.some((__, j) => j > i && apart(i, j)))) return [];
  const slots = slotsOf(clauses), claimStems = new Set(words.map(w => w.stem));
  const rivals = new Map<number, Set<number>>();
  const rivalsOf = (i: number) => { let r = rivals.get(i); if (!r) rivals.set(i, r = rivalClauses(clauses, slots, words, i, claimStems)); return r; };
  const out: string[] = [];
  words.forEach((b, i) => {
    const crossed = words.some((_, j) => j !== i && apart(i, j) && [...rivalsOf(i)].some(k => homes[j].includes(k)) && [...rivalsOf(j)].some(k => homes[i].includes(k)));
    if (crossed) out.push(s.text.slice(b.start - s.start, b.end - s.start));
  });
  return out;
}
