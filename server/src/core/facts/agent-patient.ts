import { Lang, Token } from '../types';
import type { NameMention } from './names';
import type { Word } from './analyze';
import { SAYING_VERBS } from './ner-words';
import { TITLE_HEADS } from '../lexicon/roles';
import { OCCUPATIONS } from '../lexicon/descriptions';

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
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got']);
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
/** Words that may stand between the subject and its verb: auxiliaries, negations, a few adverbs ("telah", "also"). */
const AUXILIARIES = new Set(['telah', 'sudah', 'akan', 'juga', 'pun', 'baru', 'pernah', 'sempat', 'kembali', 'lalu', 'kemudian',
  'akhirnya', 'berhasil', 'resmi', 'langsung', 'masih', 'sedang', 'tengah', 'segera', 'lantas', 'tidak', 'tak', 'belum', 'semakin', 'makin', 'kian', 'terus',
  'sering', 'selalu', 'kerap', 'bahkan', 'also', 'has', 'have', 'had', 'will', 'would', 'then', 'later', 'finally', 'did',
  'does', 'do', 'not', 'never', 'once', 'just', 'already', 'recently', 'reportedly', 'first', 'again', 'could', 'can', 'may',
  'might', 'should', 'must']);
/** Words that may stand between a verb and its object's name: determiners, not nouns ("mengutuk invasi Rusia"). */
const DETERMINERS = new Set(['sang', 'si', 'para', 'tim', 'pihak', 'kubu', 'negara', 'kota', 'provinsi', 'pemerintah', 'the',
  'a', 'an', 'his', 'her', 'its', 'their', 'fellow', 'rival', 'former']);
const MAX_BETWEEN = 2;

interface Party { from: number; to: number; names: NameMention[] }

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

/** Lower-case words of a title or occupation before a name: at most this many ("union representative Priya Nair"). */
const MAX_TITLE = 3;

/**
 * Whether tokens [from, to) before the other party's name describe that party: a determiner and a title or an
 * occupation in lower case, headed as English heads it ("union representative", "the health minister") or as
 * Indonesian does ("menteri luar negeri"). "met union representative Priya Nair" meets Priya Nair.
 */
function titleBefore(tokens: readonly Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to && DETERMINERS.has(tokens[i].norm)) i++;
  if (to - i < 1 || to - i > MAX_TITLE) return false;
  for (let k = i; k < to; k++) if (tokens[k].cap || tokens[k].kind !== 'word') return false;
  const head = (norm: string) => TITLE_HEADS.has(norm) || OCCUPATIONS.has(norm);
  return head(tokens[to - 1].norm) || head(tokens[i].norm);
}

/** Whether tokens [from, to) are at most MAX_BETWEEN lower-case words of the allowed kind. */
function gapOf(tokens: readonly Token[], from: number, to: number, allowed: ReadonlySet<string>): boolean {
  if (to - from > MAX_BETWEEN) return false;
  for (let i = from; i < to; i++) if (tokens[i].cap || !allowed.has(tokens[i].norm)) return false;
  return true;
}

/**
 * Whether the party can be its clause's subject, by what stands before it; after a verb of saying too where the
 * reported clause is to be read ("mengatakan Rusia membantu Tiongkok …").
 */
function opensClause(tokens: readonly Token[], party: Party, reported = false): boolean {
  const before = tokens[party.from - 1];
  return !before || before.kind !== 'word' || OPENERS.has(before.norm) || (reported && CLAUSE_VERBS.has(before.norm));
}

/** 'mutual': an act of the two together (NameRelation.mutual). */
type Voice = 'active' | 'passive' | 'mutual';

/** The voice an Indonesian verb shows in its prefix, if it is a verb with one. */
function indonesianVoice(w: Word): Voice | undefined {
  if (w.norm.length <= w.stem.length) return undefined;
  if (w.norm.startsWith('me') && !w.stem.startsWith('me')) return 'active';
  if (w.norm.startsWith('di') && !w.stem.startsWith('di')) return 'passive';
  return undefined;
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

/** The first token after `from` that is not an auxiliary, within MAX_BETWEEN. */
function skipAuxiliaries(tokens: readonly Token[], from: number): number {
  let v = from;
  while (v - from < MAX_BETWEEN && tokens[v] && !tokens[v].cap && AUXILIARIES.has(tokens[v].norm)) v++;
  return v;
}

/**
 * Verbs in ber- that name who else took part directly, without "dengan" ("bertemu Putin"). Others take it with
 * "dengan" ("berbicara dengan Xi"); "bersama" is a preposition, not an act.
 */
const BER_DIRECT = new Set(['temu', 'jumpa']);

/** "A bertemu (dengan) B", "A berbicara dengan B": the verb's token, an act of the two together. */
function togetherVerb(tokens: readonly Token[], w: Word, v: number, right: Party): [number, Voice] | undefined {
  if (!w.norm.startsWith('ber') || w.stem.startsWith('ber') || w.norm.length <= w.stem.length || w.norm === 'bersama') return undefined;
  if (tokens[v + 1]?.norm === 'dengan' && gapOf(tokens, v + 2, right.from, DETERMINERS)) return [v, 'mutual'];
  return BER_DIRECT.has(w.stem) && gapOf(tokens, v + 1, right.from, DETERMINERS) ? [v, 'mutual'] : undefined;
}

/** Prepositions after a verb in ber- that point its act at the other party: "bergantung pada", "berterima kasih kepada". */
const TOWARDS = new Set(['pada', 'kepada', 'terhadap']);

/**
 * "A bergantung (secara ekonomi) pada B", "A berpihak kepada B": a verb in ber- whose act points from the first party
 * at the other, through a preposition, a manner ("secara ekonomi") allowed between. Turned round ("B bergantung pada
 * A") it says something else, unlike the acts of the two together above.
 */
function directedVerb(tokens: readonly Token[], w: Word, v: number, right: Party): [number, Voice] | undefined {
  if (!w.norm.startsWith('ber') || w.stem.startsWith('ber') || w.norm.length <= w.stem.length) return undefined;
  const p = tokens[v + 1]?.norm === 'secara' && tokens[v + 2]?.kind === 'word' && !tokens[v + 2].cap ? v + 3 : v + 1;
  return TOWARDS.has(tokens[p]?.norm ?? '') && gapOf(tokens, p + 1, right.from, DETERMINERS) ? [v, 'active'] : undefined;
}

/** "A (telah) mengalahkan (sang) B", "A dikalahkan (oleh) B", "A bertemu dengan B": the verb's token and voice. */
function indonesianVerb(tokens: readonly Token[], wordAt: ReadonlyMap<number, Word>, left: Party, right: Party): [number, Voice, number?] | undefined {
  const v = skipAuxiliaries(tokens, left.to), w = wordAt.get(v);
  if (!w || tokens[v].cap) return undefined;
  const voice = indonesianVoice(w);
  if (!voice) return togetherVerb(tokens, w, v, right) ?? directedVerb(tokens, w, v, right);
  const next = voice === 'passive' && tokens[v + 1]?.norm === 'oleh' ? v + 2 : v + 1;
  if (gapOf(tokens, next, right.from, DETERMINERS) || titleBefore(tokens, next, right.from)) return [v, voice];
  return voice === 'active' ? withObject(tokens, v, right, 'dengan') : undefined;
}

/** Lower-case words an act's object may have before "dengan" or "with": "perjanjian perdagangan bebas", "a trade deal". */
const MAX_OBJECT = 4;

/**
 * "A menandatangani perjanjian (perdagangan bebas) dengan B", "A signed a (trade) deal with B": an active verb, its
 * object in lower case, then the other party after "dengan" or "with": an act of the two together on the object.
 * The object's first word other than a determiner is its token.
 */
function withObject(tokens: readonly Token[], v: number, right: Party, preposition: string): [number, Voice, number] | undefined {
  let k = v + 1;
  while (k < right.from && k - v - 1 < MAX_OBJECT && tokens[k].kind === 'word' && !tokens[k].cap && tokens[k].norm !== preposition) k++;
  if (k === v + 1 || tokens[k]?.norm !== preposition) return undefined;
  if (!gapOf(tokens, k + 1, right.from, DETERMINERS) && !titleBefore(tokens, k + 1, right.from)) return undefined;
  let object = v + 1;
  while (object < k - 1 && DETERMINERS.has(tokens[object].norm)) object++;
  return [v, 'mutual', object];
}

/** "A (also) defeated (the) B", "A was (narrowly) defeated by B", "A met with B": the verb's token and voice. */
function englishVerb(tokens: readonly Token[], wordAt: ReadonlyMap<number, Word>, left: Party, right: Party): [number, Voice, number?] | undefined {
  let v = skipAuxiliaries(tokens, left.to);
  const helped = v > left.to, passive = tokens[v] !== undefined && BE.has(tokens[v].norm);
  if (passive) v++;
  // "was narrowly defeated", "quickly overtook": one adverb before the verb.
  if (tokens[v]?.norm.endsWith('ly') && wordAt.has(v + 1)) v++;
  if (!wordAt.has(v) || tokens[v].cap) return undefined;
  // Without an auxiliary before it, a word between two names is often a noun ("Intuit founder Scott Cook", "Motown
  // head Berry Gordy"): only a verb's inflected form is taken.
  if (!passive && !helped && !inflectedVerb(tokens[v].norm)) return undefined;
  const before = (at: number) => gapOf(tokens, at, right.from, DETERMINERS) || titleBefore(tokens, at, right.from);
  if (!passive && tokens[v + 1]?.norm === 'with') return before(v + 2) ? [v, 'mutual'] : undefined;
  if (!passive) return before(v + 1) ? [v, 'active'] : withObject(tokens, v, right, 'with');
  return tokens[v + 1]?.norm === 'by' && before(v + 2) ? [v, 'passive'] : undefined;
}

/** Common irregular past forms of verbs that take an object. */
const IRREGULAR_PAST = new Set(['met', 'beat', 'won', 'led', 'hit', 'took', 'made', 'gave', 'told', 'chose', 'saw', 'found',
  'left', 'sent', 'paid', 'held', 'bought', 'sold', 'brought', 'caught', 'fought', 'taught', 'kept', 'drew', 'threw', 'struck',
  'shot', 'stole', 'overcame', 'overtook', 'hurt', 'bit', 'swept', 'upset']);

/** "defeated", "defeats", "beat": a past or third-person form, not a noun such as "founder" or "head". */
function inflectedVerb(norm: string): boolean {
  return IRREGULAR_PAST.has(norm) || /.ed$|[^s']s$/.test(norm);
}
