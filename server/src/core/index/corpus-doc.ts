import { DocFacts, TextFormat } from '../facts/analyze';
import type { FactsStore } from './facts-store';

// A corpus's documents (corpus.ts): the source files it is built from, and each document as the corpus gives it,
// its facts read from the store when asked. Apart from the index, which knows documents only by number.

export interface SourceFile {
  /** Stable identifier the caller understands (a file URI or path). */
  uri: string;
  /** What to show a person: a workspace-relative path. */
  label: string;
  text: string;
  format: TextFormat;
}

export interface CorpusDoc extends SourceFile {
  id: number;
  /** Rebuilt from the compact store on demand (facts-store.ts): read it where needed, do not keep it. */
  readonly facts: DocFacts;
}

/**
 * A corpus document whose facts are read from the store when asked. A class, not an object literal with a getter:
 * every update makes one per source, and 6,077 literals, each with a closure of its own, took 10-13 ms of it.
 */
export class StoredCorpusDoc implements CorpusDoc {
  readonly uri: string;
  readonly label: string;
  readonly text: string;
  readonly format: TextFormat;
  readonly #store: FactsStore;
  constructor(f: SourceFile, readonly id: number, store: FactsStore) {
    this.uri = f.uri; this.label = f.label; this.text = f.text; this.format = f.format;
    this.#store = store;
  }
  get facts(): DocFacts {
    return this.#store.facts(this.id);
  }
}
