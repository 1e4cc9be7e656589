import type { Corpus } from './corpus';
import type { Entity } from './entity-types';

// What a sentence's check read of the corpus, so that its result can outlive the corpus when the corpus only
// grows. An archive's working set grows while a writer types (a new word draws the documents that hold it); the
// documents it had stay as they were and words weigh by the whole archive, so most sentences would check the same
// again. Each read that more documents could answer differently is noted here as a probe (how to ask again) and the
// answer it gave; a result is carried over to the grown corpus when every probe answers there as it did. A read no
// probe can stand for (a scan of every entity) marks the log as unrepeatable.
//
// Reads are noted only while a log is open for the corpus (or its registry), that is, while a check that wants
// them runs: everything else (the CLI, hover, a folder's own corpus) pays one map lookup per read.

/**
 * What a grown corpus added to the one a log's reads last answered on: the added documents, by their ids in it;
 * `ordered`: the documents it had stand in the same order among themselves.
 */
export interface Growth { added: readonly number[]; ordered: boolean }

/**
 * How the probes that were given a growth answered: from the added documents alone, or by asking the whole corpus
 * again (for tests and measures).
 */
export const growthAnswers = { fromAdded: 0, askedAgain: 0 };

/** Asks a read again of `corpus`; `growth`, when given, is how it grew from the corpus the read last answered on. */
export type Probe = (corpus: Corpus, growth?: Growth) => string;

export class ReadLog {
  private readonly probes: Probe[] = [];
  private readonly answers: string[] = [];
  private unrepeatable = false;

  note(probe: Probe, answer: string): void {
    this.probes.push(probe);
    this.answers.push(answer);
  }

  markUnrepeatable(): void {
    this.unrepeatable = true;
  }

  /**
   * Whether every read gives on `corpus` the answer it gave when it was made, a probe a step (a search asked again
   * can take a few milliseconds). `growth`: how `corpus` grew from the one the reads last answered on.
   */
  *holdsOnSteps(corpus: Corpus, growth?: Growth): Generator<void, boolean> {
    if (this.unrepeatable) return false;
    for (let i = 0; i < this.probes.length; i++) {
      if (i > 0) yield;
      if (this.probes[i](corpus, growth) !== this.answers[i]) return false;
    }
    return true;
  }
}

/** The open log of a corpus or of its registry (both are read from, and either may be at hand where a read is made). */
const open = new WeakMap<object, ReadLog>();

/** Runs `work` with reads of `corpus` noted into `log`; nothing else's reads land there, since `work` is synchronous. */
export function readingInto<T>(corpus: Corpus, log: ReadLog, work: () => T): T {
  open.set(corpus, log);
  open.set(corpus.registry, log);
  try {
    return work();
  } finally {
    open.delete(corpus);
    open.delete(corpus.registry);
  }
}

/** The log that reads of `owner` (a corpus or its registry) go into now, if any. */
export function logOf(owner: object): ReadLog | undefined {
  return open.get(owner);
}

/**
 * Which entity a lookup found: its name, kind and the keys merged into it. More documents that name it add
 * mentions and roles, which most checks never read; those that do note it themselves (the roles a role
 * check reads), or mark the log unrepeatable.
 */
export function entityPrint(e: Entity | undefined): string {
  return e ? `${e.name}\u0000${e.kind}\u0000${e.keys.size}` : '';
}

/** How a probe finds an entity of this corpus in a grown one: by one of its keys (entityPrint tells whether it is the same). */
export function findAgain(e: Entity): (corpus: Corpus) => Entity | undefined {
  const [key] = e.keys;
  return c => c.registry.lookup(key);
}
