import { Token } from '../types';
import { Word } from './analyze';
import { isNegator } from './negation-phrases';

// What a sentence says must, need not, may or must not be done: the modality that governs a verb. "Orang harus
// menyediakan payung" and "orang tidak lagi perlu menyediakan payung" keep the act in both; only the modality turns
// round, which neither a negation of the verb nor its absence shows. Plain data from tokens, for the contradiction
// check (checks/modal-opposition.ts).

export type Modality = 'obliged' | 'not-obliged' | 'permitted' | 'prohibited';

/** Which modalities say the opposite of which: a duty against its absence, leave against a ban, a duty against a ban. */
export const OPPOSED: Readonly<Record<Modality, readonly Modality[]>> = {
  obliged: ['not-obliged', 'prohibited'],
  'not-obliged': ['obliged'],
  permitted: ['prohibited'],
  prohibited: ['permitted', 'obliged'],
};

/** Words of duty: "harus", "wajib", "perlu", "must", "need to", "required to", "have to". */
const OBLIGING = new Set(['harus', 'wajib', 'perlu', 'mesti', 'musti', 'diharuskan', 'diwajibkan', 'must', 'need', 'needs', 'required']);
/** English duty that needs its "to": "have to", "has to". */
const OBLIGING_WITH_TO = new Set(['have', 'has']);
/** "Tidak usah": no need. */
const NO_NEED = new Set(['usah']);
/** Words of leave: "boleh", "diizinkan", "allowed". */
const PERMITTING = new Set(['boleh', 'dibolehkan', 'diperbolehkan', 'diizinkan', 'allowed', 'permitted']);
/** Words of a ban: "jangan", "dilarang", "forbidden". */
const FORBIDDING = new Set(['jangan', 'janganlah', 'dilarang', 'terlarang', 'forbidden', 'prohibited']);
/** Every word that may give a modality. */
const MODAL_WORDS = new Set([...OBLIGING, ...OBLIGING_WITH_TO, ...NO_NEED, ...PERMITTING, ...FORBIDDING]);
/** Words that may stand between the modality and its verb: "tidak lagi perlu", "harus kamu perhatikan", "need to be". */
const BETWEEN = new Set(['lagi', 'pernah', 'juga', 'untuk', 'to', 'be', 'kamu', 'anda', 'kita', 'kami', 'mereka', 'ia', 'dia', 'saya']);
/** Words that may stand between a negation and the modality: "tidak lagi perlu", "no longer need". */
const NEGATION_BRIDGE = new Set(['lagi', 'pernah', 'juga', 'longer']);
/** Tokens read back from the verb for its modality. */
const REACH = 4;

/**
 * The token of a negation right before token i (over "lagi", "longer"), or -1: "tidak perlu", "tidak lagi perlu",
 * "no longer need".
 */
function negationBefore(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const norm = tokens[j].norm;
    if (isNegator(norm) || norm === 'tanpa') return j;
    if (!NEGATION_BRIDGE.has(norm)) return -1;
  }
  return -1;
}

/** The modality a modal word at token i gives (none for a word that is no modal), with or without a negation before it. */
function modalityAt(norm: string, next: string | undefined, negated: boolean): Modality | undefined {
  if (OBLIGING.has(norm) || (OBLIGING_WITH_TO.has(norm) && next === 'to')) return negated ? 'not-obliged' : 'obliged';
  if (NO_NEED.has(norm)) return negated ? 'not-obliged' : undefined;
  if (PERMITTING.has(norm)) return negated ? 'prohibited' : 'permitted';
  if (FORBIDDING.has(norm)) return negated ? 'permitted' : 'prohibited';
  return undefined;
}

/**
 * The modality that governs a verb, and the token where its wording starts (the negation, if any): read back from
 * the verb over a few words that may stand between. "must not go" and "need not go" read their "not" here.
 */
export function modalityOf(tokens: readonly Token[], w: Word): { modality: Modality; from: number } | undefined {
  let sawNot = false;
  for (let i = w.token - 1; i >= 0 && i >= w.token - REACH; i--) {
    const t = tokens[i];
    if (t.kind === 'punct') return undefined;
    // A word of a ban ("jangan") is a negation too: read as the modality it is first.
    const negation = MODAL_WORDS.has(t.norm) ? negationBefore(tokens, i) : -1;
    const found = modalityAt(t.norm, tokens[i + 1]?.norm, negation >= 0);
    if (!found && isNegator(t.norm) && !sawNot) { sawNot = true; continue; }
    if (found) {
      // A "not" between the modality and the verb: "need not go" is no duty; "must not go", "harus tidak pergi" a ban.
      const modality = !sawNot ? found : found === 'obliged' ? (t.norm.startsWith('need') ? 'not-obliged' : 'prohibited') : found === 'permitted' ? 'prohibited' : undefined;
      if (!modality) return undefined;
      return { modality, from: negation >= 0 ? negation : i };
    }
    if (!BETWEEN.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * Whether a word stands after "tanpa" in a sentence that bans something: "sapi tanpa surat keterangan … tidak boleh
 * masuk" (no cow without a letter may enter) requires the letter, as "wajib disertai surat keterangan" does. Such a
 * "tanpa" sets a condition; it denies nothing.
 */
export function conditionOfBan(tokens: readonly Token[], w: Word): boolean {
  const tanpa = tokens.slice(Math.max(0, w.token - CONDITION_REACH), w.token).some(t => t.norm === 'tanpa');
  return tanpa && tokens.some((t, i) => MODAL_WORDS.has(t.norm) && modalityAt(t.norm, tokens[i + 1]?.norm, negationBefore(tokens, i) >= 0) === 'prohibited');
}
/** How far after "tanpa" the condition's words may stand: "tanpa surat keterangan asal ternak". */
const CONDITION_REACH = 4;

