import { NameOptions } from './names';
import { Span } from '../types';

// Draft analysis that costs what changed. A sentence's facts depend on its own text, the draft's language and
// the answers to a few vocabulary questions ("is this word an ordinary word?", "is it used as a name?") that the
// name finder asks. The memo keeps each sentence's facts with the questions asked and their answers; the next
// analysis reuses them when the sentence is unchanged and every recorded answer still holds (a word typed
// elsewhere in the draft can turn a sentence-initial capital into an ordinary word). A sentence that moved gets
// a copy with its offsets shifted, so nothing downstream can tell a reused sentence from a fresh one.
//
// Entries not used by the latest analysis are dropped, so the memo holds one draft's sentences, not its history.

/** The name finder's questions about words, with the answers it got: whether ordinary, whether used as a name. */
interface Answers { common: Map<string, boolean>; name: Map<string, boolean> }

interface Entry<T> {
  facts: T;
  answers: Answers;
}

export class SentenceFactsMemo<T extends Span & { index: number }> {
  private entries = new Map<string, Entry<T>>();
  private used = new Set<string>();
  hits = 0;
  misses = 0;

  /** Begins an analysis: what it does not use is dropped when it ends. */
  begin(): void {
    this.used.clear();
  }

  /** Ends a complete analysis, dropping the sentences it no longer has. */
  end(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /**
   * The facts of the sentence under `key` (its text and language), placed at `start` as sentence `index`: kept ones
   * when still valid, otherwise those `analyse` gives with the name questions it asks recorded.
   */
  facts(key: string, start: number, index: number, names: NameOptions, analyse: (names: NameOptions) => T): T {
    this.used.add(key);
    const kept = this.entries.get(key);
    if (kept && stillHolds(kept.answers, names)) {
      this.hits++;
      kept.facts = placed(kept.facts, start, index);
      return kept.facts;
    }
    this.misses++;
    const answers: Answers = { common: new Map(), name: new Map() };
    const asked = (into: Map<string, boolean>, word: string, answer: boolean) => { into.set(word, answer); return answer; };
    const facts = analyse({
      isCommonWord: w => asked(answers.common, w, names.isCommonWord(w)),
      isKnownName: w => asked(answers.name, w, names.isKnownName(w)),
    });
    this.entries.set(key, { facts, answers });
    return facts;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A memo with the same sentences, whose later analyses leave this one as it is (an edit's rehearsal). */
  copy(): SentenceFactsMemo<T> {
    const out = new SentenceFactsMemo<T>();
    for (const [key, e] of this.entries) out.entries.set(key, { ...e });
    return out;
  }
}

function stillHolds(answers: Answers, names: NameOptions): boolean {
  for (const [word, answer] of answers.common) if (names.isCommonWord(word) !== answer) return false;
  for (const [word, answer] of answers.name) if (names.isKnownName(word) !== answer) return false;
  return true;
}

/** Each placed copy's first analysis (see originOf). */
const origins = new WeakMap<object, object>();

/**
 * The facts a sentence's facts were copied from when the sentence moved or was renumbered (the facts as first
 * analysed), or the facts themselves: the same sentence, offsets aside, so what is worked out from facts relative to
 * their own start (the sentence cache's key) can be kept for it.
 */
export function originOf<T extends object>(facts: T): T {
  return (origins.get(facts) as T | undefined) ?? facts;
}

function placed<T extends Span & { index: number }>(facts: T, start: number, index: number): T {
  if (facts.start === start && facts.index === index) return facts;
  const copy = facts.start === start ? { ...facts, index } : { ...shifted(facts, start - facts.start), index };
  origins.set(copy, originOf(facts));
  return copy;
}

/**
 * A deep copy with every `start` and `end` moved by `by`: all offsets in sentence facts are named so. Every edit
 * copies the facts of the sentences after it this way, so the loops are plain ones (no entry arrays, no closures).
 */
export function shifted<T>(value: T, by: number): T {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shifted(value[i], by);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  const from = value as Record<string, unknown>;
  // for-in, not Object.keys: no array of names made per object (facts are plain objects, with no inherited keys).
  for (const k in from) {
    const v = from[k];
    out[k] = typeof v === 'number' ? ((k === 'start' || k === 'end') ? v + by : v) : typeof v === 'object' && v !== null ? shifted(v, by) : v;
  }
  return out as T;
}
