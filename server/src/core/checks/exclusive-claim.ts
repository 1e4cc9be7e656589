import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word } from '../facts/analyze';
import { Span } from '../types';
import { nameRuns } from './list-member';

// A claim that gives something to one alone where the passage joins another to it: "Snoop Dogg tampil sendirian"
// against "Perry dan Snoop Dogg menampilkan …", "hanya diresmikan oleh Komite Olimpiade Indonesia" against "oleh
// Badan Ekonomi Kreatif, Komite Olimpiade Indonesia, dan Kementerian …", "nilai bunyi pendek saja" against "yang
// panjang dan pendek". Every word of the claim is in the passage; the word of exclusion is what it adds.

/** Words of exclusion before what they single out ("hanya X", "only X"), and after it ("X saja", "X alone"). */
const BEFORE = new Set(['hanya', 'cuma', 'only', 'solely']);
const AFTER = new Set(['saja', 'sendirian', 'alone']);
/**
 * Words before "saja" that make it no exclusion: "apa saja" (anything), "begitu saja" (just like that), "baru saja"
 * (just now), "tetap saja" (all the same).
 */
const NOT_ALONE = new Set(['apa', 'siapa', 'mana', 'kapan', 'begitu', 'begini', 'sama', 'bagaimana', 'berapa', 'boleh', 'bisa', 'itu', 'ini',
  'coba', 'baru', 'tetap', 'terus']);
/** Words before "hanya"/"only" that undo it: "tidak hanya X tetapi juga Y", "not only". */
const UNDOING = new Set(['tidak', 'tak', 'bukan', 'not']);
/** Words that join two things in a passage. */
const JOINERS = new Set([',', 'dan', 'serta', 'and', '&']);
/** How far from the word of exclusion what it singles out may stand. */
const REACH = 5;

export interface Exclusion { source: string; draft: string }

/** The words a claim's exclusion singles out, and the word of exclusion; none when the claim excludes nothing. */
function singledOut(s: SentenceFacts): { words: Word[]; marker: Span } | undefined {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const before = BEFORE.has(t[i].norm) && !UNDOING.has(t[i - 1]?.norm ?? '');
    const after = AFTER.has(t[i].norm) && i > 0 && !NOT_ALONE.has(t[i - 1].norm);
    if (!before && !after) continue;
    // The words up to the next (or back to the last) punctuation, within reach.
    let from = i, to = i;
    if (before) while (to + 1 < t.length && to - i < REACH && t[to + 1].kind !== 'punct') to++;
    else while (from - 1 >= 0 && i - from < REACH && t[from - 1].kind !== 'punct') from--;
    const words = s.words.filter(w => !w.stop && w.token >= from && w.token <= to && w.token !== i);
    if (words.length) return { words, marker: t[i] };
  }
  return undefined;
}

/**
 * Whether the passage joins another thing to what the claim singles out: a run of names joined by "dan" or commas
 * with one of the singled-out names and a name the claim never uses, or a word of the singled-out joined by "dan" to a
 * word the claim never uses. None where the passage has a word of exclusion itself.
 */
export function exclusionJoined(claim: Pick<Claim, 'sentence' | 'corpus'>, a: Alignment): Exclusion | undefined {
  const s = claim.sentence, single = singledOut(s);
  if (!single) return undefined;
  const p = claim.corpus.sentence(a.ref);
  if (p.tokens.some(t => BEFORE.has(t.norm) || AFTER.has(t.norm))) return undefined;
  const stems = new Set(single.words.map(w => w.stem)), claimStems = new Set(s.words.map(w => w.stem));
  // The draft's words from the word of exclusion to the singled-out word the passage joins to another: "pendek saja".
  const draft = (stem: string) => {
    const w = single.words.find(x => x.stem === stem)!, m = single.marker;
    return s.text.slice(Math.min(w.start, m.start) - s.start, Math.max(w.end, m.end) - s.start);
  };
  const stemsOf = (from: number, to: number) => p.words.filter(w => w.start >= from && w.end <= to && !w.stop).map(w => w.stem);
  // Titles may stand between the names: "Gubernur Rina Mulyani dan Wali Kota Budi Santoso".
  for (const run of nameRuns(p, p.names, 2, JOINERS, t => t.kind === 'word' && t.cap)) {
    const has = run.map(n => stemsOf(n.start, n.end).find(x => stems.has(x))).findIndex(x => x !== undefined);
    const other = run.find((n, k) => k !== has && !stemsOf(n.start, n.end).some(x => claimStems.has(x)));
    if (has >= 0 && other) {
      const hit = stemsOf(run[has].start, run[has].end).find(x => stems.has(x))!;
      return { source: p.text.slice(run[0].start - p.start, run[run.length - 1].end - p.start), draft: draft(hit) };
    }
  }
  for (const w of p.words) {
    if (w.stop || !stems.has(w.stem) || p.names.some(n => w.start >= n.start && w.end <= n.end)) continue;
    for (const [joiner, other] of [[w.token - 1, w.token - 2], [w.token + 1, w.token + 2]]) {
      const x = p.words.find(y => y.token === other);
      if (!JOINERS.has(p.tokens[joiner]?.norm ?? '') || p.tokens[joiner].norm === ',' || !x || x.stop || claimStems.has(x.stem)) continue;
      const [from, to] = other < w.token ? [x.start, w.end] : [w.start, x.end];
      return { source: p.text.slice(from - p.start, to - p.start), draft: draft(w.stem) };
    }
  }
  return undefined;
}
