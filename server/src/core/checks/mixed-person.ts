import type { Corpus } from '../index/corpus';
import type { Entity } from '../index/registry';
import type { NameMention } from '../facts/names';
import { logOf } from '../index/read-log';
import { TITLE_HEADS } from '../lexicon/roles';

// A person's name the sources never write, made of two people's names they do: "Celia Halvorsen" where they have
// Fire Commissioner Idris Halvorsen and Governor Celia Arrandt. Every word of it is known, so the word test of the
// entity check passes it, and it resolves to no one: a summary that mixed up two people. Only the exact pattern is
// read (a given name that is another known person's, a surname that is a third's), never a shorter or longer form
// of one person's name ("Bambang Yudhoyono" for "Susilo Bambang Yudhoyono"), nor a surname two people share.

/** A name's words, lower-cased, without the titles before it ("Dr Tengku Bahdar Johan"). */
function wordsOf(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const from = words.findIndex(w => !TITLE_HEADS.has(w.replace(/\.$/, '')));
  return from < 0 ? [] : words.slice(from);
}

/**
 * The one known person whose surname the draft's unresolved person name has, when its given name is another known
 * person's and no part of the surname's owner: the person the sentence most likely means, for the message and fix.
 */
export function mixedPersonRival(corpus: Corpus, name: NameMention): { surnameOf: Entity; givenOf: Entity } | undefined {
  if (name.kind !== 'person') return undefined;
  // A given name and a surname: longer names are more often a body the tagger took for a person ("Verve Forecast
  // Records") than a person.
  const words = wordsOf(name.text);
  if (words.length !== 2) return undefined;
  const given = words[0], surname = words[words.length - 1];
  // The people of the whole registry are read (read-log.ts): a change anywhere may add one. They are looked up by
  // the first and last words of their names (name-part-index.ts), not read one by one.
  logOf(corpus)?.markUnrepeatable();
  const people = (part: string) => corpus.registry.namesWithPart(part).filter(e => e.kind === 'person').map(e => ({ e, w: wordsOf(e.name) })).filter(p => p.w.length >= 2);
  // A longer form of the owner's name ("Tengku Bahdar Johan" for "Bahdar Johan") is theirs, not a mix.
  const owners = people(surname).filter(({ w }) => w[w.length - 1] === surname && !w.includes(given) && !w.every(x => words.includes(x))).map(p => p.e);
  const givenOf = people(given).find(({ w }) => w[0] === given && !w.includes(surname))?.e;
  // Two people with the surname: which one the writer meant is not for this check to say.
  return owners.length === 1 && givenOf ? { surnameOf: owners[0], givenOf } : undefined;
}
