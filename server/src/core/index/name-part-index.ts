import type { Entity } from './entity-types';
import { takesPartialNamesBy } from './partial-names';
import { runSteps } from '../cancellation';

// The names a part of a name may stand for ("Okafor" for "Mayor Diane Okafor", "von der Leyen" for "Ursula von der
// Leyen"): names of people and others, of two words or more, that start or end with all of the part's words. The
// table is made again after each re-index (by the server in the background, else by the first check that asks), so
// it holds each name under its first and its last word only (every run of words a name starts or ends with, joined
// into keys, made it 50-70 ms at 10 MB); a part is looked up by its own first and last words, and each name found
// is compared word by word.

export class NamePartIndex {
  private readonly first = new Map<string, number[]>();
  private readonly last = new Map<string, number[]>();

  private constructor(private readonly entities: readonly Entity[]) {}

  static of(entities: readonly Entity[]): NamePartIndex {
    return runSteps(NamePartIndex.steps(entities, Infinity));
  }

  /** The table in steps of `perStep` names, so that a server can make it between requests (10-12 ms at 10 MB). */
  static *steps(entities: readonly Entity[], perStep: number): Generator<void, NamePartIndex> {
    const table = new NamePartIndex(entities);
    for (let i = 0; i < entities.length; i++) {
      table.index(i);
      if ((i + 1) % perStep === 0) yield;
    }
    return table;
  }

  private index(i: number): void {
    const e = this.entities[i];
    if (e.kind !== 'person' && e.kind !== 'other') return;
    // The two words are cut out of the name, not split from it: made for every name.
    const name = e.name.toLowerCase(), space = name.indexOf(' ');
    const head = name.slice(0, space);
    if (space < 0 || !takesPartialNamesBy(e.kind, head, 2)) return;
    add(this.first, head, i);
    add(this.last, name.slice(name.lastIndexOf(' ') + 1), i);
  }

  /** The entities whose names start or end with the part (and are longer), in the entities' order. */
  candidates(part: string): Entity[] {
    const words = part.toLowerCase().split(' ');
    const at = new Set([...(this.first.get(words[0]) ?? []), ...(this.last.get(words[words.length - 1]) ?? [])]);
    return [...at].sort((a, b) => a - b).map(i => this.entities[i]).filter(e => {
      const name = e.name.toLowerCase().split(' ');
      return name.length > words.length && (sameRun(name, 0, words) || sameRun(name, name.length - words.length, words));
    });
  }
}

function add(into: Map<string, number[]>, word: string, i: number): void {
  const list = into.get(word);
  if (list) list.push(i); else into.set(word, [i]);
}

/** Whether `words` stand in `name` from position `at` on. */
function sameRun(name: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (name[at + k] !== words[k]) return false;
  return true;
}

/** Of the entities a partial name could mean: people first, then the one mentioned more than all others together. */
export function dominant(candidates: readonly Entity[]): Entity | undefined {
  let hits = [...candidates];
  if (hits.some(h => h.kind === 'person')) hits = hits.filter(h => h.kind === 'person');
  hits.sort((a, b) => b.mentions.length - a.mentions.length);
  const rest = hits.slice(1).reduce((n, h) => n + h.mentions.length, 0);
  return hits.length && hits[0].mentions.length > rest ? hits[0] : undefined;
}
