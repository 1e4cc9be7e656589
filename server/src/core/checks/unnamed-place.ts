import { Claim } from './types';
import { Corpus } from '../index/corpus';
import { placedAt } from './place-slots';

// A place the sources name only inside the name of an organisation, given as where something happened: "Putin
// mendarat di Shanghai" where the story has him land "di ibu kota Tiongkok", and has Shanghai only in "Organisasi
// Kerjasama Shanghai". Everything else is stated, so the verifier sees a close paraphrase; but where it happened is
// the fact, and no source says it. A name the sources know as anything else ("mengunjungi Kyiv") is the name-swap
// check's to weigh (entity-swap.ts). Only a one-word name: one of several words is as often another spelling of a
// place the sources name ("Samudra Pasifik" for "Samudera Pasifik") or an event read as a place ("KTT SCO"). Only
// after "di", "ke", "in", "at", "to": "dari" is as often "of" ("guru dari Aristoteles").

const PLACING = new Set(['di', 'ke', 'in', 'at', 'to']);
/** Sentences with the word that are read for a place: past this many, the sources name it often enough. */
const MAX_READ = 200;

/** The claim's one-word place names (as written) after a locative that the sources have only inside organisations' names. */
export function unnamedPlaces(claim: Pick<Claim, 'corpus' | 'sentence'>): string[] {
  const s = claim.sentence;
  return s.names.filter(n => {
    if (n.kind !== 'place' || n.words.length !== 1 || !placedAt(s.tokens, n)) return false;
    const before = s.tokens[s.tokens.findIndex(t => t.start >= n.start) - 1];
    const word = s.words.find(w => w.start === n.start);
    return !!before && PLACING.has(before.norm) && !!word && !claim.corpus.registry.resolve(n) &&
      onlyInsideOrganisations(claim.corpus, word.stem, word.norm);
  }).map(n => n.text);
}

/**
 * Whether the sources have the word only inside longer names of organisations ("Organisasi Kerjasama Shanghai"),
 * and so never as a place. A word they do not have at all is left to the verifier: a misspelt place ("Tallin") or
 * one the writer adds from what every reader knows is more often right than not.
 */
function onlyInsideOrganisations(corpus: Corpus, stem: string, word: string): boolean {
  const ids = corpus.postingsOf(stem);
  if (!ids.length || ids.length > MAX_READ) return false;
  for (const id of ids) {
    const x = corpus.sentence(corpus.refOf(id));
    const inOrganisation = (start: number) => x.names.some(m => start >= m.start && start < m.end && m.words.length > 1 &&
      corpus.registry.resolve(m)?.kind === 'organization');
    if (x.tokens.some(t => t.norm === word && !inOrganisation(t.start))) return false;
  }
  return true;
}
