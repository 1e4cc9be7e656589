import { Lang, Token } from '../types';
import type { NameMention } from './names';
import type { Word } from './analyze';
import { SAYING_VERBS } from './ner-words';
import { DETERMINERS, Party, gapOf, indonesianVerb, englishVerb, indonesianVoice, skipAuxiliaries, togetherVerb } from './relation-verbs';

// Who did what to whom, between two names of one sentence: "Airlangga dikalahkan oleh Raja Wurawari" has Raja
// Wurawari as the one who defeats and Airlangga as the one defeated, as "Raja Wurawari mengalahkan Airlangga" and
// "Airlangga was defeated by Raja Wurawari" do. Only the plain shapes are read, where the voice shows in the
// verb itself: an Indonesian verb in me- (active) or di- (passive), an inflected English verb right after its
// subject (active) or after a form of "be" with "by" before the other name (passive); a contest's result said
// with a preposition ("menang atas", "lost to"); and an act of the two together, an Indonesian verb in ber- with
// "dengan" or an English verb with "with" ("bertemu dengan", "met with"), which has no agent and patient (mutual).
// Anything else gives no relation, so a check built on these speaks only where the sentence's structure is plain.

export interface NameRelation {
  /**
   * The act: the verb's stem, one for "mengalahkan" and "dikalahkan", one for "defeated" and "defeats"; every way of
   * saying who won is one act.
   */
  stem: string;
  /** The verb's token, and its form ("dikalahkan"). */
  verb: number;
  form: string;
  agents: NameMention[];
  patients: NameMention[];
  /**
   * Said of the two together, with "dengan" or "with" ("A bertemu dengan B", "A met with B"): either side may be
   * named first, so there is no agent and patient to swap.
   */
  mutual?: true;
  /** The token of the act's object, when the two act together on it ("menandatangani perjanjian dengan B"). */
  object?: number;
  /** Token range [from, to) from the first name to the last: the clause as the sentence words it. */
  from: number;
  to: number;
}

/** Words joining names into one party: "Airlangga dan Mpu Narotama", "Xi and Putin" (with a comma before, too). */
const JOINERS = new Set(['dan', 'serta', 'and', '&']);
/** Verbs of saying whose name after them is the one spoken to: "Lukashenko meminta Xi membantu …" asks Xi. */
const ASKING = new Set(['meminta']);
/**
 * Verbs of saying and thinking take a clause, not an object: in "China mengatakan Xi akan …" Xi is who the clause
 * is about, not who was said. No relation is read from them.
 */
const CLAUSE_VERBS = new Set([...[...SAYING_VERBS].filter(v => !ASKING.has(v)), 'menganggap', 'mengira', 'menduga', 'meyakini', 'mempercayai', 'mengklaim',
  'melaporkan', 'mengumumkan', 'memperkirakan', 'diperkirakan', 'diharapkan', 'dikatakan', 'disebut', 'said', 'says', 'say',
  'stated', 'states', 'added', 'adds', 'explained', 'believed', 'believes', 'thinks', 'thought', 'claimed', 'claims', 'reported',
  'reports', 'announced', 'noted', 'argued', 'insisted', 'suggested', 'estimated', 'expected', 'felt', 'knew', 'hoped', 'wrote']);
/**
 * What may stand right before the first party, so that the party is the subject of its clause: the sentence's start,
 * punctuation, a conjunction or a determiner. After a noun ("sanksi Barat", "invasi Rusia") or a preposition ("ekspor
 * dari Tiongkok") a name modifies something else, and the verb's subject is that.
 */
const OPENERS = new Set(['dan', 'tetapi', 'namun', 'bahwa', 'karena', 'sementara', 'ketika', 'saat', 'setelah', 'sebelum',
  'sejak', 'jika', 'kalau', 'agar', 'supaya', 'meski', 'meskipun', 'walau', 'lalu', 'kemudian', 'sang', 'si', 'para', 'and',
  'but', 'that', 'while', 'when', 'after', 'before', 'because', 'as', 'since', 'if', 'although', 'though', 'then', 'so', 'the']);
/** The sentence's names as parties: runs of names joined by "dan" or "and", with their token ranges. */
function parties(tokens: readonly Token[], names: readonly NameMention[]): Party[] {
  const out: Party[] = [];
  // A name inside another's title is part of that party: "Prancis" of "oleh Presiden Prancis Emmanuel Macron".
  const titled = names.filter(m => m.role && m.role.start < m.start);
  for (const n of names) {
    if (titled.some(m => m !== n && n.start >= m.role!.start && n.end <= m.role!.end)) continue;
    // A title before the name belongs to it: "oleh Raja Wurawari", "by President Xi".
    const begin = n.role && n.role.start < n.start ? n.role.start : n.start;
    let from = tokens.findIndex(t => t.start >= begin);
    // So do the lower-case particles of a surname the name was read without: "von der Leyen", "van Gaal".
    while (from > 0 && SURNAME_PARTICLES.has(tokens[from - 1].text)) from--;
    let to = from;
    while (to < tokens.length && tokens[to].end <= n.end) to++;
    if (from < 0 || to <= from) continue;
    const last = out[out.length - 1];
    // A name in brackets right after a party says more of it ("Daniel Ricciardo (Red Bull Racing) dan Valtteri Bottas"):
    // the party reaches past the closing bracket, and the list goes on after it.
    const close = last && from === last.to + 1 && tokens[last.to].text === '(' ? tokens.findIndex((t, k) => k >= to && t.text === ')') : -1;
    if (close >= 0 && tokens.slice(to, close).every(t => t.kind === 'word' || t.text === ',')) { last.to = close + 1; continue; }
    const gap = last ? tokens.slice(last.to, from) : [];
    // A comma alone may end a clause ("di Beijing, Putin …"): only a conjunction joins.
    if (last && gap.length > 0 && gap.length <= 2 && gap.some(t => JOINERS.has(t.norm)) && gap.every(t => JOINERS.has(t.norm) || t.norm === ',')) {
      last.to = to; last.names.push(n);
    } else out.push({ from, to, names: [n] });
  }
  return out;
}

/** Lower-case particles of surnames, as written: "von der Leyen", "van Gaal", "de Gaulle". */
const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'bin', 'binti']);

/**
 * Whether the party can be its clause's subject, by what stands before it; after a verb of saying too where the
 * reported clause is to be read ("mengatakan Rusia membantu Tiongkok …").
 */
function opensClause(tokens: readonly Token[], party: Party, reported = false): boolean {
  const before = tokens[party.from - 1];
  return !before || before.kind !== 'word' || OPENERS.has(before.norm) || (reported && CLAUSE_VERBS.has(before.norm));
}

/**
 * Relations of a sentence whose verb stands between two parties, in either language's plain shapes. With `reported`,
 * also in a clause right after a verb of saying, which is otherwise left alone: what a source is said to say is not
 * what the sentence says of the two.
 */
export function nameRelations(tokens: readonly Token[], words: readonly Word[], names: readonly NameMention[], lang: Lang, reported = false): NameRelation[] {
  const ps = parties(tokens, names);
  if (ps.length < 2) return [];
  const wordAt = new Map<number, Word>();
  for (const w of words) if (!w.stop && !wordAt.has(w.token)) wordAt.set(w.token, w);
  const out: NameRelation[] = [];
  for (let p = 0; p + 1 < ps.length; p++) {
    const left = ps[p], right = ps[p + 1];
    const result = contestResult(tokens, left, right);
    if (result) { out.push(result); continue; }
    if (!opensClause(tokens, left, reported)) {
      const purpose = lang === 'en' ? undefined : purposeRelation(tokens, wordAt, ps[p - 1], left, right, out[out.length - 1]);
      if (purpose) out.push(purpose);
      continue;
    }
    const found = lang === 'en' ? englishVerb(tokens, wordAt, left, right) : indonesianVerb(tokens, wordAt, left, right);
    if (!found || CLAUSE_VERBS.has(tokens[found[0]].norm)) continue;
    const [verb, voice, object] = found;
    const [agents, patients] = voice === 'passive' ? [right.names, left.names] : [left.names, right.names];
    const w = wordAt.get(verb)!;
    out.push({ stem: actOf(w.stem), verb, form: w.norm, agents, patients, from: left.from, to: right.to, ...(voice === 'mutual' ? { mutual: true as const } : {}),
      ...(object !== undefined ? { object } : {}) });
  }
  return out;
}

/** Words that open a clause of purpose whose subject is that of the clause before: "… ke Moskow untuk bertemu Putin". */
const PURPOSE = new Set(['untuk', 'guna']);

/**
 * "A mengunjungi Moskow untuk bertemu B": after an active relation whose patient is `left`, a clause of purpose whose
 * verb shows a voice (me- or ber-) with B right after it is an act of that relation's agents on B.
 */
function purposeRelation(tokens: readonly Token[], wordAt: ReadonlyMap<number, Word>, before: Party | undefined, left: Party, right: Party,
  last: NameRelation | undefined): NameRelation | undefined {
  if (!before || !last || last.mutual || last.agents !== before.names || last.patients !== left.names || !PURPOSE.has(tokens[left.to]?.norm ?? '')) return undefined;
  const v = left.to + 1, w = wordAt.get(v);
  if (!w || tokens[v].cap || CLAUSE_VERBS.has(w.norm)) return undefined;
  const found = indonesianVoice(w) === 'active' ? (gapOf(tokens, v + 1, right.from, DETERMINERS) ? [v, 'active'] as const : undefined) : togetherVerb(tokens, w, v, right);
  if (!found) return undefined;
  return { stem: actOf(w.stem), verb: v, form: w.norm, agents: last.agents, patients: right.names, from: last.from, to: right.to, ...(found[1] === 'mutual' ? { mutual: true as const } : {}) };
}

/**
 * Winning is said in many shapes, each with the winner on its own side: "A mengalahkan B", "B dikalahkan A", "A
 * menang atas B", "B kalah dari A", "kemenangan A atas B", "A beat B", "B lost to A". Their verbs are one act, so
 * that any two of them compare.
 */
export const WIN = 'menang';
const DEFEATING = ['kalah', 'tumbang', 'takluk', 'tunduk', 'unggul', 'defeat', 'beat', 'beaten', 'overcam', 'overcom', 'thrash'];
export const actOf = (stem: string): string => (DEFEATING.includes(stem) ? WIN : stem);
/** The stems a word may have and say the act: the act's own, and for defeating, every verb of it. */
export const stemsOfAct = (act: string): string[] => (act === WIN ? [WIN, ...DEFEATING] : [act]);

/** The token after a score standing at i ("2-1", "3 – 2"), or i when none does. */
function afterScore(tokens: readonly Token[], i: number): number {
  if (/^\d+[-\u2013]\d+$/.test(tokens[i]?.text ?? '')) return i + 1;
  if (tokens[i]?.kind === 'number' && /^[-\u2013]$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'number') return i + 3;
  return i;
}

/**
 * A contest's result between two parties, said with a word of winning or losing and a preposition, not a verb with a
 * voice: "A menang (2-1) atas B", "A kalah dari B", "kemenangan (2-1) A atas B", "kekalahan A dari B", "A won against B",
 * "A lost to B".
 */
function contestResult(tokens: readonly Token[], left: Party, right: Party): NameRelation | undefined {
  const relation = (word: number, winner: Party, loser: Party): NameRelation =>
    ({ stem: WIN, verb: word, form: tokens[word].norm, agents: winner.names, patients: loser.names, from: left.from, to: right.to });
  const between = (from: number, preposition: string[]) => tokens[from] && preposition.includes(tokens[from].norm) && gapOf(tokens, from + 1, right.from, DETERMINERS);
  // "kemenangan 2-1 Persib atas PSM": the noun, a score, then the parties.
  let before = left.from - 1;
  if (before >= 1 && afterScore(tokens, before - 2) === left.from) before -= 3;
  else if (before >= 0 && afterScore(tokens, before) === left.from) before -= 1;
  const noun = tokens[before]?.norm;
  if (noun === 'kemenangan' && between(left.to, ['atas'])) return relation(before, left, right);
  if (noun === 'kekalahan' && between(left.to, ['dari'])) return relation(before, right, left);
  if (!opensClause(tokens, left)) return undefined;
  const word = skipAuxiliaries(tokens, left.to), next = afterScore(tokens, word + 1);
  switch (tokens[word]?.norm) {
    case 'menang': return between(next, ['atas']) ? relation(word, left, right) : undefined;
    case 'kalah': return between(next, ['dari']) ? relation(word, right, left) : undefined;
    case 'won': return between(next, ['against', 'over']) ? relation(word, left, right) : undefined;
    case 'lost': return between(next, ['to']) ? relation(word, right, left) : undefined;
    default: return undefined;
  }
}
