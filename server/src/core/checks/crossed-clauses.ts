import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word } from '../facts/analyze';

// Two things a passage says side by side, each in a clause of its own, crossed: "Angin pesat pada belahan bumi
// selatan berbelok ke kanan" against "Angin pesat pada belahan bumi utara berbelok ke kanan, sedangkan di belahan
// bumi selatan berbelok ke kiri". Every word of the claim stands in the passage, so it covers the claim fully; but
// the clause that speaks of the south turns left. The claim pairs a word of one clause ("selatan") with what the
// other clause has in the slot where the first has its own word ("ke kanan" where it has "ke kiri").

/** Tokens that end a clause of a passage. Not "dan": "A dan B" is one list, and one clause. */
const CLAUSE_ENDS = new Set([',', ';', 'sedangkan', 'sementara', 'tetapi', 'tapi', 'namun', 'whereas', 'while', 'but']);

/** Words that join list items, not slots: "produk dan jasa" and "dan lainnya" say nothing of one place. */
const JOINERS = new Set(['dan', 'atau', 'serta', 'maupun', 'and', 'or', 'nor']);

interface Clause { words: Word[]; stems: Set<string> }

function clausesOf(s: SentenceFacts): Clause[] {
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
}

/**
 * The words of a clause that stand where the claim's word does: after `anchor` when the anchor came before it (side
 * -1). The anchor is matched as written: "dalam" (in) and "memperdalam" (deepen) share a stem, not a slot.
 */
function besideIn(clause: Clause, anchor: string, side: -1 | 1): Word[] {
  const out: Word[] = [];
  clause.words.forEach((w, k) => {
    const other = clause.words[k - side];
    if (w.norm === anchor && other && other.token === w.token - side) out.push(other);
  });
  return out;
}

/**
 * The clauses (by index) that hold another word where the claim's word stands, beside the same neighbour, while the
 * clauses with the claim's own word have it there: "kiri" after "ke" where another clause has "ke kanan".
 */
function rivalClauses(clauses: readonly Clause[], words: readonly Word[], i: number, claimStems: ReadonlySet<string>): Set<number> {
  const b = words[i], out = new Set<number>();
  const withB = clauses.filter(c => c.stems.has(b.stem));
  for (const side of [-1, 1] as const) {
    const anchor = words[i + side];
    if (!anchor || JOINERS.has(anchor.norm) || anchor.token !== b.token + side || !withB.some(c => besideIn(c, anchor.norm, side).some(w => w.stem === b.stem))) continue;
    clauses.forEach((c, k) => {
      if (!c.stems.has(b.stem) && besideIn(c, anchor.norm, side).some(rival => !rival.stop && !claimStems.has(rival.stem))) out.add(k);
    });
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
  const clauses = clausesOf(claim.corpus.sentence(a.ref));
  if (clauses.length < 2) return [];
  const s = claim.sentence, words = s.words, claimStems = new Set(words.map(w => w.stem));
  const rivals = words.map((w, i) => (w.stop ? new Set<number>() : rivalClauses(clauses, words, i, claimStems)));
  const homes = words.map(w => clauses.flatMap((c, k) => (c.stems.has(w.stem) ? [k] : [])));
  const out: string[] = [];
  words.forEach((b, i) => {
    const crossed = words.some((x, j) => j !== i && x.stem !== b.stem && [...rivals[i]].some(k => homes[j].includes(k))
      && !homes[j].some(k => homes[i].includes(k)) && [...rivals[j]].some(k => homes[i].includes(k)));
    if (crossed) out.push(s.text.slice(b.start - s.start, b.end - s.start));
  });
  return out;
}
