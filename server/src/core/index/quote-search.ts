import { Corpus } from './corpus';
import { WordIndex } from './quote-index';
import { tokenize } from '../text/tokens';
import { CancellationToken, throwIfCancelled } from '../cancellation';
import { growthAnswers, logOf } from './read-log';
import { candidateWindows, Hit, HitsByPlace, MAX_WINDOWS, placeKey, Reach, takeSpan, windowsFor } from './quote-places';
import { alignWindow, Costs } from './quote-align';

// Finds where a quoted passage stands in the sources, even when the writer's copy is slightly off: different
// quote marks or case, a typo, a dropped or changed word, or an ellipsis joining two separated parts. Candidate
// places come from an index of word positions (anchored on the passage's rarest words), and each candidate is
// scored with a word-level alignment whose substitution cost forgives typos.

export interface QuoteMatch {
  doc: number;
  start: number;
  end: number;
  /** The source's own wording of the matched span. */
  text: string;
  /** 1 = identical words; lower = more edits. */
  score: number;
  exact: boolean;
}

const MAX_ANCHOR = 2000;

const NO_PLACES = new Int32Array(0);

const indexes = new WeakMap<Corpus, WordIndex>();

/**
 * Builds the word-position index now (while indexing) rather than on the first quote a writer checks; from the
 * index of the corpus this one replaces, when there is one (quote-index.ts).
 */
export function prepareQuoteSearch(corpus: Corpus, replaced?: Corpus): void {
  if (indexes.has(corpus)) return;
  const before = replaced && indexes.get(replaced);
  indexes.set(corpus, WordIndex.of(corpus, before));
}
function indexOf(corpus: Corpus): WordIndex {
  let ix = indexes.get(corpus);
  if (!ix) { ix = WordIndex.of(corpus); indexes.set(corpus, ix); }
  return ix;
}

function quoteWords(text: string): string[] {
  return tokenize(text).filter(t => t.kind !== 'punct' && t.kind !== 'symbol').map(t => t.norm);
}

/**
 * A part that must stand word for word (a quote of one or two words says too little to forgive anything): the
 * places of its rarest word are checked by comparing the words around them, no alignment needed, until
 * MAX_WINDOWS occurrences are found, those within reach of the quote so far first.
 */
function exactHits(ix: WordIndex, q: string[], anchor: { w: string; i: number } | undefined, reach?: Reach): Hit[] {
  const near: Hit[] = [], far: Hit[] = [];
  const places = anchor ? ix.placesOf(anchor.w) : NO_PLACES;
  for (let p = 0; p < places.length && near.length < MAX_WINDOWS && (reach || far.length < MAX_WINDOWS); p += 2) {
    const doc = places[p], ws = ix.words[doc], start = places[p + 1] - anchor!.i;
    if (start < 0 || start + q.length > ws.length) continue;
    let k = 0;
    while (k < q.length && ws.norm(start + k) === q[k]) k++;
    if (k < q.length) continue;
    const hit = { doc, start, end: start + q.length, score: 1, cost: 0 };
    if (reach?.has(doc, start)) near.push(hit);
    else if (far.length < MAX_WINDOWS) far.push(hit);
  }
  return near.concat(far).slice(0, MAX_WINDOWS);
}

/**
 * The words a part's search starts from: the three rarest; a word found more often than MAX_ANCHOR times is no
 * anchor (the passage is then found through its rarer words), so a search costs what its rare words cost, and never
 * more than MAX_WINDOWS alignments or exact comparisons (quote-places.ts) when even the rarest word is everywhere.
 */
function anchorsOf(ix: WordIndex, q: readonly string[]): Array<{ w: string; i: number; n: number }> {
  return q.map((w, i) => ({ w, i, n: ix.countOf(w) })).filter(a => a.n > 0).sort((a, b) => a.n - b.n)
    .filter((a, j) => j === 0 || a.n <= MAX_ANCHOR).slice(0, 3);
}

/** The matches of one part (a whole quote, a piece of a long one, or what stands between ellipses), best first. */
function searchPart(ix: WordIndex, q: string[], minScore: number, reach?: Reach): Hit[] {
  const anchors = anchorsOf(ix, q);
  if (minScore >= 1) return exactHits(ix, q, anchors[0], reach);
  const windows = candidateWindows(anchors.map(a => ({ i: a.i, places: ix.placesOf(a.w) })), q.length, doc => ix.words[doc].length, reach);
  const seen = new Set<number>();
  const costs = new Costs(q, ix.strings, w => ix.formIdOf(w));
  const hits: Hit[] = [];
  for (const { doc, from, to } of windows) {
    const r = alignWindow(q, ix.words[doc], from, to, costs);
    const key = placeKey(doc, r.start);
    if (seen.has(key)) continue;
    seen.add(key);
    const score = 1 - r.cost / q.length;
    if (score >= minScore) hits.push({ doc, start: r.start, end: r.end, score, cost: r.cost });
  }
  return hits.sort((x, y) => y.score - x.score);
}

/**
 * Alignment costs the square of a part's length, so a longer part (a quote whose closing mark was lost runs to the
 * end of its paragraph) is searched as pieces of at most this many words that must follow one another directly.
 * Real quotes are far shorter; this only keeps a run-on quote's cost in proportion to its length.
 */
const MAX_PIECE_WORDS = 60;
/** Words an ellipsis may skip between two parts; words a piece of a long part may slip either way at the seam. */
const ELLIPSIS_GAP = 200, PIECE_SLIP = 3;

/** Words of a part, and whether they go on from the piece before (a long part cut) or follow an ellipsis. */
interface Piece { words: string[]; continues: boolean }

function pieces(part: string[]): Piece[] {
  const n = Math.ceil(part.length / MAX_PIECE_WORDS), size = Math.ceil(part.length / n);
  const out: Piece[] = [];
  for (let i = 0; i < part.length; i += size) out.push({ words: part.slice(i, i + size), continues: i > 0 });
  return out;
}

/**
 * A candidate place of the quote so far: its source words, the scores of the parts done, and the edit cost and
 * word count of the part under way. A part searched in pieces is scored as one alignment would: the pieces'
 * costs plus one edit per source word skipped or repeated at each seam.
 */
interface Chain { doc: number; start: number; end: number; scores: number[]; cost: number; words: number }

function extend(c: Chain, piece: Piece, next: HitsByPlace): Chain | undefined {
  if (!piece.continues) {
    // The best-ranked hit after the gap, as a scan of the whole list in rank order would find first.
    let after: { h: Hit; rank: number } | undefined;
    for (const x of next.starting(c.doc, c.end, c.end + ELLIPSIS_GAP)) if (!after || x.rank < after.rank) after = x;
    return after && { doc: c.doc, start: c.start, end: after.h.end, scores: [...c.scores, 1 - c.cost / c.words], cost: after.h.cost, words: piece.words.length };
  }
  let best: { h: Hit; rank: number } | undefined;
  const seam = (h: Hit) => h.cost + Math.abs(h.start - c.end);
  for (const x of next.starting(c.doc, c.end - PIECE_SLIP, c.end + PIECE_SLIP)) {
    if (x.h.end > c.end && (!best || seam(x.h) < seam(best.h) || (seam(x.h) === seam(best.h) && x.rank < best.rank))) best = x;
  }
  return best && { ...c, end: best.h.end, cost: c.cost + seam(best.h), words: c.words + piece.words.length };
}

/** Where a quoted passage appears in the sources, best first. */
export function findPassage(corpus: Corpus, quote: string, token?: CancellationToken, minScore = 0.6): QuoteMatch[] {
  const found = passagesOf(corpus, quote, token, minScore);
  const log = logOf(corpus);
  if (log) {
    // Any document may hold the quote: asked again of a corpus that grew, the search answers as it would
    // (read-log.ts); the added documents alone tell, when the search saw every place of its anchors (everySeen).
    const answer = matchesPrint(corpus, found);
    let seen = everySeen(corpus, quote, minScore);
    log.note((c, growth) => {
      if (growth?.ordered && seen && noneInAdded(c, seen, growth.added)) { growthAnswers.fromAdded++; return answer; }
      if (growth) growthAnswers.askedAgain++;
      const now = matchesPrint(c, passagesOf(c, quote, undefined, minScore));
      // It held: the next growth is told from what this corpus gives.
      if (now === answer) seen = everySeen(c, quote, minScore);
      return now;
    }, answer);
  }
  return found;
}

/** A one-part quote whose search aligned a window at every place of its anchors: its words, anchors and bar. */
interface EverySeen { words: string[]; anchors: string; threshold: number }

/**
 * The search of a quote of one part (no ellipsis, not cut into pieces, more than two words) when it aligned every
 * place its anchors have in the corpus, none left out by the bound on windows; else undefined. In a corpus that
 * only grew, with the same anchors and again none left out, the documents it had give the matches they gave, and
 * only an added document can add one (noneInAdded).
 */
function everySeen(corpus: Corpus, quote: string, minScore: number): EverySeen | undefined {
  const parts = quote.split(/\.\.\.|\u2026|\[\s*\.\.\.\s*\]/).map(quoteWords).filter(p => p.length > 0);
  if (parts.length !== 1 || parts[0].length <= 2 || parts[0].length > MAX_PIECE_WORDS || minScore >= 1) return undefined;
  const words = parts[0], anchors = anchorsOf(indexOf(corpus), words);
  return allPlacesAligned(anchors, words.length) ? { words, anchors: anchorsPrint(anchors), threshold: minScore } : undefined;
}

const anchorsPrint = (anchors: ReadonlyArray<{ w: string; i: number }>) => anchors.map(a => `${a.w}\u0000${a.i}`).join('\u0001');

/**
 * Whether candidateWindows keeps a window for every place of these anchors: it keeps windowsFor(words) places at
 * most, and stops looking once that many agree best; fewer places than that in all reach neither bound.
 */
function allPlacesAligned(anchors: ReadonlyArray<{ n: number }>, words: number): boolean {
  return anchors.reduce((sum, a) => sum + a.n, 0) < windowsFor(words);
}

/** Whether, with the same anchors all aligned, no added document holds a match of the quote. */
function noneInAdded(corpus: Corpus, seen: EverySeen, added: readonly number[]): boolean {
  const ix = indexOf(corpus), anchors = anchorsOf(ix, seen.words);
  if (anchorsPrint(anchors) !== seen.anchors || !allPlacesAligned(anchors, seen.words.length)) return false;
  const isAdded = new Set(added), q = seen.words;
  const costs = new Costs(q, ix.strings, w => ix.formIdOf(w));
  for (const { w, i } of anchors) {
    const places = ix.placesOf(w);
    for (let p = 0; p < places.length; p += 2) {
      const doc = places[p];
      if (!isAdded.has(doc)) continue;
      const ws = ix.words[doc], start = places[p + 1] - i;
      const r = alignWindow(q, ws, Math.max(0, start - 3), Math.min(ws.length, start + q.length + 3), costs);
      if (1 - r.cost / q.length >= seen.threshold) return false;
    }
  }
  return true;
}

function matchesPrint(corpus: Corpus, matches: readonly QuoteMatch[]): string {
  return matches.map(m => `${corpus.docs[m.doc].uri}\u0000${m.start}\u0000${m.end}\u0000${m.score}`).join('\u0001');
}

function passagesOf(corpus: Corpus, quote: string, token: CancellationToken | undefined, minScore: number): QuoteMatch[] {
  const ix = indexOf(corpus);
  const parts = quote.split(/\.\.\.|\u2026|\[\s*\.\.\.\s*\]/).map(quoteWords).filter(p => p.length > 0);
  if (!parts.length) return [];
  const short = parts.reduce((n, p) => n + p.length, 0) <= 2;
  const threshold = short ? 1 : minScore;
  const [head, ...rest] = parts.flatMap(pieces);
  throwIfCancelled(token);
  let chains: Chain[] = searchPart(ix, head.words, threshold)
    .map(h => ({ doc: h.doc, start: h.start, end: h.end, scores: [], cost: h.cost, words: head.words.length }));
  for (const piece of rest) {
    if (!chains.length) break;
    throwIfCancelled(token);
    // Only hits near a chain's end can extend it: when the search must choose, it looks there first.
    const reach = piece.continues
      ? new Reach(chains.map(c => ({ doc: c.doc, from: c.end - PIECE_SLIP - 3 })), 2 * (PIECE_SLIP + 3))
      : new Reach(chains.map(c => ({ doc: c.doc, from: c.end - 3 })), ELLIPSIS_GAP + 6);
    const next = new HitsByPlace(searchPart(ix, piece.words, threshold, reach));
    chains = chains.flatMap(c => extend(c, piece, next) ?? []);
  }
  const out: QuoteMatch[] = [];
  const taken = new Map<number, Array<[number, number]>>();
  for (const c of chains) {
    const ws = ix.words[c.doc];
    const start = ws.start(c.start), end = ws.end(c.end - 1);
    const score = Math.min(...c.scores, 1 - c.cost / c.words);
    if (score < threshold || !takeSpan(taken, c.doc, start, end)) continue;
    out.push({ doc: c.doc, start, end, text: corpus.docs[c.doc].text.slice(start, end), score, exact: score === 1 });
  }
  return out.sort((a, b) => b.score - a.score);
}
