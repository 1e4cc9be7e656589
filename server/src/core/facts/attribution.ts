import { Lang, Sentence, Token } from '../types';
import { NameMention } from './names';
import { QuoteSpan } from './quotes';

// Who said a quote. News uses a few patterns: `“…,” kata Xi` (verb after), `Xi mengatakan “…”` (speaker
// before), `menurut Xi`, `“…,” tambahnya` (a pronoun that points back), and English `“…,” Xi said`.
// A pattern that names the speaker is "stated"; a pronoun resolved to the last person is "inferred" — the
// checks only accuse a writer of misattribution on stated speakers.

export interface Attribution {
  speaker?: NameMention;
  how: 'stated' | 'inferred' | 'none';
}

interface SentenceLike extends Sentence {
  tokens: Token[];
  names: NameMention[];
}

const VERB_AFTER = new Set(['kata', 'ujar', 'ucap', 'tutur', 'tambah', 'imbuh', 'jelas', 'tegas', 'sebut',
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'wrote', 'warned', 'insisted', 'explained']);
const VERB_AFTER_PRONOUN = /^(?:katanya|ujarnya|ucapnya|tuturnya|tambahnya|imbuhnya|jelasnya|tegasnya|sebutnya)$/;
const VERB_BEFORE = new Set(['mengatakan', 'berkata', 'menyatakan', 'menegaskan', 'menambahkan', 'menjelaskan',
  'mengungkapkan', 'menuturkan', 'menyebut', 'menyebutkan', 'memuji', 'menuduh', 'memperingatkan', 'mengklaim',
  'menekankan', 'mengumumkan', 'mengutip', 'berjanji', 'said', 'says', 'told', 'added', 'warned', 'stated',
  'claimed', 'declared', 'insisted', 'accused', 'praised', 'announced', 'wrote', 'explained']);
const ACCORDING = new Set(['menurut', 'according']);
const PRONOUNS = new Set(['dia', 'ia', 'beliau', 'he', 'she']);
const SKIPPABLE = new Set(['juga', 'telah', 'sudah', 'sebelumnya', 'kemudian', 'pun', 'pernah', 'lalu', 'also',
  'had', 'has', 'have', 'then', 'later', 'earlier', 'again', 'kembali', 'secara', 'terbuka', 'publicly']);

interface Flat { token: Token; sentence: number; index: number }

export function attributeQuotes(quotes: QuoteSpan[], sentences: SentenceLike[], _lang: Lang): Attribution[] {
  const flat: Flat[] = [];
  sentences.forEach((s, si) => s.tokens.forEach((token, index) => flat.push({ token, sentence: si, index })));
  const names = sentences.flatMap(s => s.names);
  // A name is found where it starts and where its title starts: "said Mayor Elena Marsh", "kata Presiden Xi".
  const nameStartingAt = new Map([...names.filter(n => n.role).map(n => [n.role!.start, n] as const), ...names.map(n => [n.start, n] as const)]);
  const nameEndingAt = new Map(names.map(n => [n.end, n]));
  const lastPerson = new LastPerson(names);
  return quotes.map((q): Attribution => {
    const after = afterQuote(q, flat, nameStartingAt);
    if (after) return after;
    const before = beforeQuote(q, flat, nameStartingAt, nameEndingAt);
    if (before) return before;
    return { how: 'none' };
  }).map((a, i) => (a.how === 'inferred' && !a.speaker ? lastPerson.before(quotes[i]) : a));
}

/** Index of the first token starting at or after offset (tokens are in text order): a binary search. */
function firstIndexAtOrAfter(flat: Flat[], offset: number): number {
  let lo = 0, hi = flat.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat[mid].token.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function afterQuote(q: QuoteSpan, flat: Flat[], starting: Map<number, NameMention>): Attribution | undefined {
  let i = firstIndexAtOrAfter(flat, (q.close >= 0 ? q.close : q.end) + 1);
  while (i < flat.length && flat[i].token.kind === 'punct' && i < flat.length) i++;
  const t = flat[i]?.token;
  if (!t) return undefined;
  if (VERB_AFTER_PRONOUN.test(t.norm)) return { how: 'inferred' };
  if (VERB_AFTER.has(t.norm)) {
    const next = flat[i + 1]?.token;
    if (next && starting.has(next.start)) return { speaker: starting.get(next.start), how: 'stated' };
    if (next && PRONOUNS.has(next.norm)) return { how: 'inferred' };
    return undefined;
  }
  // English order: “…,” Xi said.
  const name = starting.get(t.start);
  if (name) {
    const j = firstIndexAtOrAfter(flat, name.end);
    if (flat[j] && VERB_AFTER.has(flat[j].token.norm)) return { speaker: name, how: 'stated' };
  }
  return undefined;
}

function beforeQuote(q: QuoteSpan, flat: Flat[], starting: Map<number, NameMention>, ending: Map<number, NameMention>): Attribution | undefined {
  const openAt = q.open >= 0 ? q.open : q.start;
  const end = firstIndexAtOrAfter(flat, openAt);
  if (end === 0 || end > flat.length) return undefined;
  const sentence = flat[Math.min(end, flat.length) - 1].sentence;
  for (let v = end - 1; v >= 0 && flat[v].sentence === sentence && end - v < 60; v--) {
    const norm = flat[v].token.norm;
    if (ACCORDING.has(norm)) {
      const next = flat[v + 1]?.token.norm === 'to' ? flat[v + 2] : flat[v + 1];
      const name = next && starting.get(next.token.start);
      if (name) return { speaker: name, how: 'stated' };
    }
    if (!VERB_BEFORE.has(norm)) continue;
    const subject = subjectOf(v, flat, ending);
    if (subject) return subject;
  }
  return undefined;
}

/** The speaker of the reporting verb at flat[v]: a name or pronoun right before it, "yang" pointing back. */
function subjectOf(v: number, flat: Flat[], ending: Map<number, NameMention>): Attribution | undefined {
  let s = v - 1;
  while (s >= 0 && SKIPPABLE.has(flat[s].token.norm)) s--;
  if (s >= 0 && flat[s].token.norm === 'yang') s--;
  if (s < 0 || flat[s].sentence !== flat[v].sentence) return undefined;
  // "Elena Marsh, who chairs the council, said": step over the clause between commas to the name before it.
  if (flat[s].token.text === ',') {
    for (let c = s - 1; c >= 0 && s - c < 15 && flat[c].sentence === flat[v].sentence; c--) {
      if (flat[c].token.text !== ',') continue;
      const before = ending.get(flat[c - 1]?.token.end ?? -1);
      if (before && c > 0) return { speaker: before, how: 'stated' };
      break;
    }
  }
  const t = flat[s].token;
  const name = ending.get(t.end);
  if (name) return { speaker: name, how: 'stated' };
  if (PRONOUNS.has(t.norm)) return { how: 'inferred' };
  return undefined;
}

/**
 * A pronoun speaker is the last person named before the quote: the last person or unknown-kind name ahead of the
 * first name that reaches past the quote's start. Both are read from running tables by binary search, so a draft
 * with many quotes does not walk its names once per quote.
 */
class LastPerson {
  /** reach[i]: the furthest end of names[0..i]; the first name ending past an offset is where reach first does. */
  private readonly reach: number[] = [];
  /** person[i]: index of the last person or unknown-kind name among names[0..i], or -1. */
  private readonly person: number[] = [];

  constructor(private readonly names: NameMention[]) {
    let reach = -Infinity, person = -1;
    names.forEach((n, i) => {
      reach = Math.max(reach, n.end);
      if (n.kind === 'person' || n.kind === 'other') person = i;
      this.reach.push(reach);
      this.person.push(person);
    });
  }

  before(q: QuoteSpan): Attribution {
    let lo = 0, hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.reach[mid] <= q.start) lo = mid + 1; else hi = mid;
    }
    const best = lo > 0 ? this.person[lo - 1] : -1;
    return best >= 0 ? { speaker: this.names[best], how: 'inferred' } : { how: 'none' };
  }
}
