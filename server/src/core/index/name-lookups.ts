import type { Corpus } from './corpus';
import { SpellingVariants } from '../text/spelling';
import { logOf } from './read-log';

// Lookups of the names a corpus knows, made on first need and kept per corpus (a re-index makes a new corpus):
// the spelling variants of its names' words (text/spelling.ts) here, the parts of its names in the registry
// (name-part-index.ts). A server makes both in steps after an index, before a writer's typo or hover asks.

const spellings = new WeakMap<Corpus, SpellingVariants>();

function namesOf(corpus: Corpus): string[] {
  return corpus.registry.entities.map(e => e.name);
}

/** Another spelling of a word of a name the sources use ("samudra" → "samudera"), or undefined. */
export function nameSpelling(corpus: Corpus, norm: string): string | undefined {
  let table = spellings.get(corpus);
  if (!table) spellings.set(corpus, table = SpellingVariants.ofNames(namesOf(corpus)));
  const found = table.find(norm);
  // Names that more documents bring may spell the word another way (read-log.ts).
  logOf(corpus)?.note(c => nameSpelling(c, norm) ?? '', found ?? '');
  return found;
}

/**
 * Makes, in steps of `perStep` names, the tables a check or hover otherwise makes on first need (spellings and
 * parts of names, 25-40 ms at 10 MB together), so that a server can make them between requests after an index.
 */
export function* prepareLookupsSteps(corpus: Corpus, perStep = 1_000): Generator<void, void> {
  if (!spellings.has(corpus)) {
    const table = yield* SpellingVariants.ofNamesSteps(namesOf(corpus), perStep);
    if (!spellings.has(corpus)) spellings.set(corpus, table);
  }
  yield* corpus.registry.preparePartsSteps(perStep);
}
