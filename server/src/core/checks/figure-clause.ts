import { Quantity, Span } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { Alignment } from '../index/support';
import { Claim } from './types';

// A claim may join two facts of two stories: "Perang di Ukraina telah berlangsung tiga tahun saat Putin tiba di
// Beijing". The passage that best covers the whole sentence is then about its other clause (Putin's arrival), and
// the figure's own fact ("Perang dua tahun …") aligns too weakly for the number check to read it. Here a figure is
// held against the passage that covers its own clause: the sentence's words between the clause marks around it.

/** Words and marks that open or close a clause: punctuation, and subordinators of time, cause and contrast. */
const CLAUSE_MARKS = new Set([
  ',', ';', ':', '(', ')', 'saat', 'ketika', 'sewaktu', 'tatkala', 'setelah', 'sesudah', 'seusai', 'sebelum', 'sementara',
  'sedangkan', 'karena', 'sebab', 'meskipun', 'walaupun', 'namun', 'tetapi', 'when', 'while', 'after', 'before',
  'because', 'although', 'though', 'whereas', 'but', 'that', 'bahwa', 'as',
]);

/** Share of the clause's weight a passage must state (in its sentence or next to it) to stand for the clause. */
const CLAUSE_ALIGNED = 0.5;
/** Content words a clause needs besides the figure's own to be compared on its own. */
const MIN_CLAUSE_TERMS = 2;

/** The stretch of the sentence between the clause marks either side of a span; undefined when that is the whole sentence. */
export function clauseAround(s: SentenceFacts, span: Span): Span | undefined {
  let start = s.start, end = s.end, split = false;
  for (const t of s.tokens) {
    if (!CLAUSE_MARKS.has(t.norm)) continue;
    if (t.end <= span.start) { start = t.end; split = true; } else if (t.start >= span.end) { end = t.start; split = true; break; }
  }
  return split ? { start, end } : undefined;
}

/**
 * A passage other than the best that states the figure's own clause and gives a figure of its kind for the same
 * thing (`sameThing`), the best aligned first; none when the claim's value stands near any passage that states the
 * clause (`fitsNear`).
 */
export function clausePassageFigure(claim: Claim, q: Quantity, sameThing: (s: SentenceFacts, n: Quantity) => boolean,
  fitsNear: (a: Alignment) => boolean): { a: Alignment; n: Quantity } | undefined {
  const clause = clauseAround(claim.sentence, q);
  if (!clause) return undefined;
  const inClause = claim.terms.map((t, k) => ({ t, k })).filter(({ t }) => t.start >= clause.start && t.end <= clause.end && !(t.start >= q.start && t.end <= q.end));
  if (inClause.length < MIN_CLAUSE_TERMS + 1) return undefined;
  const all = inClause.reduce((n, { t }) => n + t.weight, 0);
  const scored = claim.evidence.slice(1).map(a => ({ a, share: inClause.reduce((n, { t, k }) => n + t.weight * (a.credit[k] ?? 0), 0) / (all || 1) }))
    .filter(x => x.share >= CLAUSE_ALIGNED).sort((x, y) => y.share - x.share);
  if (scored.some(({ a }) => fitsNear(a))) return undefined;
  for (const { a } of scored) {
    const s = claim.corpus.sentence(a.ref);
    const n = s.quantities.find(x => sameThing(s, x));
    if (n) return { a, n };
  }
  return undefined;
}
