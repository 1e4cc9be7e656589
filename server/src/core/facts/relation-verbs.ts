import { Token } from '../types';
import type { NameMention } from './names';
import type { Word } from './analyze';
import { TITLE_HEADS } from '../lexicon/roles';
import { OCCUPATIONS } from '../lexicon/descriptions';

// The verb between two parties of a sentence (agent-patient.ts reads the parties): its token and the voice its form
// shows, an Indonesian verb in me-, di- or ber-, or an inflected English verb, with what may stand around it.

/** Forms of "be" (and "get") before a passive verb: "was defeated by". */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got']);
/** Words that may stand between the subject and its verb: auxiliaries, negations, a few adverbs ("telah", "also"). */
const AUXILIARIES = new Set(['telah', 'sudah', 'akan', 'juga', 'pun', 'baru', 'pernah', 'sempat', 'kembali', 'lalu', 'kemudian',
  'akhirnya', 'berhasil', 'resmi', 'langsung', 'masih', 'sedang', 'tengah', 'segera', 'lantas', 'tidak', 'tak', 'belum', 'semakin', 'makin', 'kian', 'terus',
  'sering', 'selalu', 'kerap', 'bahkan', 'also', 'has', 'have', 'had', 'will', 'would', 'then', 'later', 'finally', 'did',
  'does', 'do', 'not', 'never', 'once', 'just', 'already', 'recently', 'reportedly', 'first', 'again', 'could', 'can', 'may',
  'might', 'should', 'must']);
/** Words that may stand between a verb and its object's name: determiners, not nouns ("mengutuk invasi Rusia"). */
export const DETERMINERS = new Set(['sang', 'si', 'para', 'tim', 'pihak', 'kubu', 'negara', 'kota', 'provinsi', 'pemerintah', 'the',
  'a', 'an', 'his', 'her', 'its', 'their', 'fellow', 'rival', 'former']);
const MAX_BETWEEN = 2;

export interface Party { from: number; to: number; names: NameMention[] }

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
export function gapOf(tokens: readonly Token[], from: number, to: number, allowed: ReadonlySet<string>): boolean {
  if (to - from > MAX_BETWEEN) return false;
  for (let i = from; i < to; i++) if (tokens[i].cap || !allowed.has(tokens[i].norm)) return false;
  return true;
}

/** 'mutual': an act of the two together (NameRelation.mutual). */
export type Voice = 'active' | 'passive' | 'mutual';

/** The voice an Indonesian verb shows in its prefix, if it is a verb with one. */
export function indonesianVoice(w: Word): Voice | undefined {
  if (w.norm.length <= w.stem.length) return undefined;
  if (w.norm.startsWith('me') && !w.stem.startsWith('me')) return 'active';
  if (w.norm.startsWith('di') && !w.stem.startsWith('di')) return 'passive';
  return undefined;
}

/** The first token after `from` that is not an auxiliary, within MAX_BETWEEN. */
export function skipAuxiliaries(tokens: readonly Token[], from: number): number {
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
export function togetherVerb(tokens: readonly Token[], w: Word, v: number, right: Party): [number, Voice] | undefined {
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
export function indonesianVerb(tokens: readonly Token[], wordAt: ReadonlyMap<number, Word>, left: Party, right: Party): [number, Voice, number?] | undefined {
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
export function englishVerb(tokens: readonly Token[], wordAt: ReadonlyMap<number, Word>, left: Party, right: Party): [number, Voice, number?] | undefined {
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
