import { Claim } from './types';
import { Alignment } from '../index/support';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { Token } from '../types';
import { tokenAt } from '../facts/description-words';

// A name added to a list the passage gives: "SCO terdiri dari Cina, India, Pakistan, Rusia, Iran dan …" where the
// passage lists "Cina, India, Pakistan, Rusia dan …". Each name is known, and the added one may stand in the very
// next sentence ("Presiden Iran Ebrahim Raisi … akan hadir"), so word by word the claim is covered; yet the list
// says who belongs, and the source's list leaves that name out.

/** Words that join the items of a list. */
const JOINERS = new Set([',', 'dan', 'serta', 'atau', 'and', 'or', '&']);

/** How far from the passage its list may stand. */
const REACH = 1;

/** A list needs this many names before an extra one says something (two names are a pair, not a list). */
const MIN_ITEMS = 3;

/** Runs of names that only joiners separate ("Cina, India, Pakistan dan Rusia"), each of MIN_ITEMS or more. */
export function namedLists(s: SentenceFacts): NameMention[][] {
  let lists = listsOf.get(s);
  if (!lists) { lists = nameRuns(s, s.names, MIN_ITEMS, JOINERS); listsOf.set(s, lists); }
  return lists;
}
/** A passage's lists are asked for by every candidate passage near it: remembered per sentence. */
const listsOf = new WeakMap<SentenceFacts, NameMention[][]>();

/**
 * The runs, in text order, of `min` or more of the given names of a sentence where only joiners (and at least one)
 * stand between one name and the next, and the tokens `alsoBetween` lets stand there too ("Gubernur … dan Wali Kota").
 */
export function nameRuns(s: SentenceFacts, names: readonly NameMention[], min: number, joiners: ReadonlySet<string>,
  alsoBetween: (t: Token) => boolean = () => false): NameMention[][] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const out: NameMention[][] = [];
  let run: NameMention[] = [];
  const joined = (a: NameMention, b: NameMention) => {
    const gap = between(s.tokens, a.end, b.start);
    return gap.some(t => joiners.has(t.norm)) && gap.every(t => joiners.has(t.norm) || alsoBetween(t));
  };
  for (const n of sorted) {
    if (run.length && joined(run[run.length - 1], n)) run.push(n);
    else { if (run.length >= min) out.push(run); run = [n]; }
  }
  if (run.length >= min) out.push(run);
  return out;
}

/** The tokens from `from` to `to`: found by bisection, as a sentence with many names asks for every pair's gap. */
function between(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
  return out;
}

/**
 * Names of a list in the claim that the source's own list of the same things leaves out: a list in or beside one of
 * the claim's candidate passages that holds two or more of the claim's names, in a sentence that does not name the
 * name at all. Once the sources have the list, a passage backs the claim's list only if it, or a sentence beside it,
 * names every member: "Putin bertemu dengan … Raisi …" beside the list does not add Iran to it. A claim may name
 * fewer than its source lists, never more.
 */
export function namesAddedToList(claim: Pick<Claim, 'corpus' | 'sentence' | 'evidence'>, a: Alignment): string[] {
  const lists = namedLists(claim.sentence);
  if (!lists.length) return [];
  const registry = claim.corpus.registry;
  const same = (x: NameMention, y: NameMention) => {
    if (x.key === y.key) return true;
    const e = registry.resolve(x);
    return !!e && e === registry.resolve(y);
  };
  const windowOf = (p: Alignment) => claim.corpus.docs[p.ref.doc].facts.sentences.slice(Math.max(0, p.ref.sentence - REACH), p.ref.sentence + REACH + 1);
  const out: string[] = [];
  for (const list of lists) {
    const listing = (s: SentenceFacts) => namedLists(s).some(p => list.filter(n => p.some(m => same(n, m))).length >= 2);
    const own = windowOf(a);
    // The passage's own window lists every member: it backs the list.
    if (own.some(s => listing(s) && list.every(n => s.names.some(m => same(n, m))))) continue;
    const source = [a, ...claim.evidence].map(windowOf).flat().find(listing);
    if (!source) continue;
    // A member the sentence names in any form or chunking ("Reguler Tipe B" in "Edisi Reguler Tipe A dan Tipe B") is in it.
    const words = new Set(source.tokens.map(t => t.norm));
    for (const n of list) if (!source.names.some(m => same(n, m)) && !n.words.every(w => words.has(w))) out.push(n.text);
  }
  return out;
}
