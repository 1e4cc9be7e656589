import { Token } from '../types';
import { Word } from './analyze';
import { isNegated, isNegator, looksLikeVerb, negatorOf } from './negation';
import { inCondition } from './conditional-clause';
import { deniedNoLonger, pastMarked } from './no-longer';

// Whether a denial on one side and the act on the other truly oppose each other: not where the source only intends
// the act or foresees it, denies it as someone's aim, denies an act that would make it happen, or where the two speak
// of different parts of a group. Read by the contradiction check (checks/contradiction-check.ts).

/**
 * Words of intention that leave the act after them undone: "hendak turun", "berencana mengunjungi". Not "ingin":
 * "ingin tetap selektif" wants to stay what it is.
 */
const INTENDING = new Set(['hendak', 'berencana', 'berniat', 'bermaksud', 'plans', 'planned', 'plan', 'intends', 'intended']);
/** Words of a future: the act is still to come ("bakal mencairkan"), which only "belum" (not yet) agrees with. */
const FUTURE = new Set(['akan', 'bakal', 'will']);
const NOT_YET = new Set(['belum']);
/** How far before the word such a word may stand ("akan segera mencairkan", "plans to visit"). */
const MODAL_REACH = 3;

function modalBefore(tokens: Token[], w: Word, words: ReadonlySet<string>): boolean {
  for (let i = w.token - 1; i >= 0 && i >= w.token - MODAL_REACH; i--) {
    if (words.has(tokens[i].norm)) return true;
    if (tokens[i].kind !== 'word') return false;
  }
  return false;
}

/**
 * Whether a source word that the claim denies is only intended or still to come there, so the denial does not
 * oppose it: "Dawn hendak turun (namun …)" and "Dawn tidak turun"; "CDB bakal mencairkan dana" and "CDB belum
 * mencairkan dana". A future against a plain denial ("akan sangat sibuk", "tidak sibuk") still opposes.
 */
export function deniedOnlyAsIntended(claimTokens: Token[], c: Word, sourceTokens: Token[], s: Word): boolean {
  if (modalBefore(claimTokens, c, INTENDING) || modalBefore(claimTokens, c, FUTURE)) return false;
  if (modalBefore(sourceTokens, s, INTENDING)) return true;
  const i = negatorOf(claimTokens, c.token);
  return modalBefore(sourceTokens, s, FUTURE) && i >= 0 && NOT_YET.has(claimTokens[i].norm);
}

/**
 * Words that make what follows an aim to be secured, not a fact: "memastikan … tidak", "to ensure … does not". Not
 * "agar" (so that): "bunuh diri agar tidak ditangkap" still says they were not captured, and is read so on IndoNLI.
 */
const AIMING = new Set(['memastikan', 'menjamin', 'ensure', 'ensuring', 'ensures']);
/** How far before the negation such a word may stand ("memastikan ekspor dari Tiongkok tidak …"). */
const AIM_REACH = 5;

/** Whether the negation governing a word stands in a clause of aim: within AIM_REACH words after an aiming word. */
function deniedAsAim(tokens: Token[], w: Word): boolean {
  const i = negatorOf(tokens, w.token);
  if (i < 0) return false;
  for (let j = i - 1; j >= 0 && j >= i - AIM_REACH; j--) {
    if (AIMING.has(tokens[j].norm)) return true;
    if (CLAUSE_MARKS.has(tokens[j].norm)) return false;
  }
  return false;
}

/**
 * Whether a word stands under a denial without being negated itself: the object of a denied verb, or a word joined by
 * "atau" to what a denial governs ("tidak akan membentuk aliansi atau berkonfrontasi").
 */
function underDenial(tokens: Token[], at: number): boolean {
  if (objectOfDenial(tokens, at)) return true;
  if (!['atau', 'or', 'nor', 'maupun'].includes(tokens[at - 1]?.norm ?? '')) return false;
  for (let j = at - 2; j >= 0 && j >= at - 5; j--) {
    if (CLAUSE_MARKS.has(tokens[j].norm)) return false;
    if (tokens[j].kind === 'word' && (negatorOf(tokens, j) >= 0 || objectOfDenial(tokens, j))) return true;
  }
  return false;
}

/** Whether the word is the object right after a denied verb ("tidak akan membentuk aliansi", "did not form an alliance"). */
function objectOfDenial(tokens: Token[], at: number): boolean {
  let i = at - 1;
  // "membentuk sebuah aliansi", "form an alliance".
  if (i >= 0 && ['sebuah', 'suatu', 'an', 'a', 'any'].includes(tokens[i].norm)) i--;
  const verb = tokens[i];
  if (!verb || verb.kind !== 'word' || !(looksLikeVerb(verb.norm) || /\p{L}{2}(?:ed|e)$/u.test(verb.norm))) return false;
  return negatorOf(tokens, i) >= 0;
}

/** Verbs of making something happen: a denial of one denies what it would make happen. */
const MAKING = new Set(['membuat', 'menyebabkan', 'menjadikan', 'make', 'makes', 'made', 'cause', 'causes', 'caused']);
/** How far before a word a denied verb of making may stand ("tidak akan membuat kedua negara saling meninggalkan"). */
const MAKING_REACH = 5;

/** Whether a denied verb of making stands before the word in its clause. */
function afterDeniedMaking(tokens: Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - MAKING_REACH; j--) {
    if (CLAUSE_MARKS.has(tokens[j].norm)) return false;
    if (MAKING.has(tokens[j].norm)) return negatorOf(tokens, j) >= 0;
  }
  return false;
}

/** Words that say a statement holds of part of a group: "beberapa", "banyak", "some", "many"; and of most of it. */
const SOME = new Set(['sebagian', 'beberapa', 'banyak', 'some', 'many', 'several']);
const MOST = new Set(['most', 'mayoritas', 'kebanyakan']);
const ALL = new Set(['semua', 'seluruh', 'setiap', 'tiap', 'segala', 'selalu', 'siapapun', 'apapun', 'all',
  'always', 'every', 'each', 'everyone', 'everybody', 'anyone']);
const CLAUSE_MARKS = new Set([',', ';', ':']);

/** How much of a group the clause of a word speaks of, by the words it opens on. */
export type ClauseQuantity = 'some' | 'most' | 'all' | undefined;

/**
 * "Banyak hal yang …", "Ada … yang …", "Tidak semua klinik …" speak of some; "Sebagian besar orang Kristen …" of
 * most; "Semua …", "Setiap …" of all. Some not doing something does not oppose others doing it; most not doing it
 * opposes most or all doing it.
 */
export function clauseQuantity(tokens: Token[], w: Word): ClauseQuantity {
  const from = clauseStart(tokens, w), first = tokens[from]?.norm ?? '', second = tokens[from + 1]?.norm ?? '';
  // A whole group may be named anywhere before the word: "menjadikan siapapun yang berkunjung merasa kagum".
  if (tokens.slice(from, w.token).some((t, i) => ALL.has(t.norm) && !isNegator(tokens[from + i - 1]?.norm ?? ''))) return 'all';
  if (MOST.has(first) || (first === 'sebagian' && second === 'besar')) return 'most';
  if (SOME.has(first) || (isNegator(first) && ALL.has(second))) return 'some';
  return first === 'ada' && tokens.slice(from + 1, w.token).some(t => t.norm === 'yang') ? 'some' : undefined;
}

/** The first token of the clause a word stands in: after the last comma, semicolon or colon before it. */
function clauseStart(tokens: Token[], w: Word): number {
  let from = w.token - 1;
  while (from >= 0 && !CLAUSE_MARKS.has(tokens[from].norm)) from--;
  return from + 1;
}

/**
 * A claim word and a source word of the other polarity that still do not oppose each other, so the contradiction
 * check passes them by: the source only intends the act the claim denies, or foresees it where the claim says "not
 * yet"; or the side that denies speaks of part of a group ("sebagian besar … tidak memiliki" against "ada … yang
 * memiliki").
 */
export function notOpposed(claimTokens: Token[], c: Word, sourceTokens: Token[], s: Word): boolean {
  const claimDenies = isNegated(claimTokens, c);
  // A condition asserts nothing (conditional-clause.ts).
  if (inCondition(claimTokens, c) || inCondition(sourceTokens, s)) return true;
  // An act said to have stopped against the act said in the past (no-longer.ts).
  if (claimDenies ? deniedNoLonger(claimTokens, c) && pastMarked(sourceTokens, s) : pastMarked(claimTokens, c) && deniedNoLonger(sourceTokens, s)) return true;
  if (claimDenies && deniedOnlyAsIntended(claimTokens, c, sourceTokens, s)) return true;
  // A denial that is someone's aim ("memastikan ekspor … tidak mendukung upaya perang") states nothing either way.
  if (deniedAsAim(claimDenies ? claimTokens : sourceTokens, claimDenies ? c : s)) return true;
  // "tidak akan membuat kedua negara saling meninggalkan": the leaving is denied by the making's negation.
  if ((!claimDenies && afterDeniedMaking(claimTokens, c.token)) || (!isNegated(sourceTokens, s) && afterDeniedMaking(sourceTokens, s.token))) return true;
  // "non-aliansi" against "tidak akan membentuk aliansi": the thing a denied act would make is denied too.
  if ((s.negatedPrefix && underDenial(claimTokens, c.token)) || (c.negatedPrefix && underDenial(sourceTokens, s.token))) return true;
  // The side that denies speaks of part of a group, and the other side not of most or all of it.
  const [denying, other] = claimDenies ? [clauseQuantity(claimTokens, c), clauseQuantity(sourceTokens, s)] : [clauseQuantity(sourceTokens, s), clauseQuantity(claimTokens, c)];
  return (denying === 'some' || denying === 'most') && other !== 'most' && other !== 'all';
}
