import type { Corpus, SentenceRef } from '../index/corpus';
import type { Entity } from '../index/registry';
import type { NameMention } from '../facts/names';
import { logOf } from '../index/read-log';
import { findPassage } from '../index/quote-search';
import { aliasKey } from '../lexicon/aliases';
import { PLACE_NAMES } from '../lexicon/places';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';

// A name the sources never write, made of the parts of two they do: "Westmoor Cancer Centre" where they have the
// "Carrow Cancer Centre" and "Westmoor University". Every word of it is known, so the word test of the entity check
// passes it; but the body it names ends like another's and starts with a word no name ending so has: a place or
// an organisation swapped inside a name. A name the sources shorten or lengthen ("Northfield Hospital" for
// "Northfield District Hospital") keeps its first word and is not this.

/** Names read at most for one draft name: past it, nothing is reported. */
const MAX_READ = 200_000;

/** One word in two spellings or names ("China" and "Cina", "Tiongkok"): the same name, not a swapped part. */
function sameWord(a: string, b: string): boolean {
  const x = aliasKey(a), y = aliasKey(b);
  return a === b || (!!x && x === y);
}

/** The known entity whose name ends as the draft's does after its first word, when no name has both. */
export function mixedNameRival(corpus: Corpus, name: NameMention, passages: readonly SentenceRef[]): Entity | undefined {
  // Leading function words are no part of what the name says ("the Carrow Cancer Centre").
  const all = name.text.toLowerCase().split(/\s+/).filter(Boolean);
  const from = all.findIndex(w => !isEnglishStopword(w) && !isIndonesianStopword(w));
  const words = from < 0 ? [] : all.slice(from);
  // A tail of one word is most often a name with a word before it ("HUT Yogyakarta" beside "Kota Yogyakarta"):
  // a body's name swapped inside another has a tail of two words or more ("… Cancer Centre").
  if (words.length < 3) return undefined;
  const head = words[0], tail = ` ${words.slice(1).join(' ')}`;
  // The whole registry is read (read-log.ts): more documents may hold a name with both.
  logOf(corpus)?.markUnrepeatable();
  const entities = corpus.registry.entities;
  if (entities.length > MAX_READ) return undefined;
  let rival: Entity | undefined, headNamed = false;
  for (const e of entities) {
    const n = e.name.toLowerCase();
    if (` ${n} `.includes(` ${head} `)) {
      headNamed = true;
      if (n.endsWith(tail)) return undefined;
    } else if (!rival && n.endsWith(tail) && n.length > tail.length && !sameWord(n.slice(0, n.indexOf(' ')), head)) rival = e;
  }
  if (!headNamed || !rival) return undefined;
  // The rival stands in a passage about the claim, where the claim has its name, as a swapped name does.
  // The sources may write the name where their tagger drew its bounds otherwise ("CBS News Dan jika …").
  return standsIn(rival, passages) && !findPassage(corpus, name.text).some(x => x.exact) ? rival : undefined;
}

/** Whether one of the entity's mentions stands in one of the passages. */
function standsIn(e: Entity, passages: readonly SentenceRef[]): boolean {
  const at = new Set(passages.map(r => `${r.doc}:${r.sentence}`));
  const m = e.mentions;
  for (let k = 0; k < m.length; k++) if (at.has(`${m.doc(k)}:${m.sentence(k)}`)) return true;
  return false;
}

/** A country or capital of the lexicon, in any of its names ("Jepang", "Taiwan", "Tiongkok"). */
const isPlaceWord = (w: string) => PLACE_NAMES.has(w) || !!aliasKey(w);

/**
 * The known body whose name the draft's is but for its last word, both places: "Kementerian luar negeri Jepang" where
 * the sources have the "Kementerian luar negeri Taiwan". Every word is known, so the word test passes it; the place
 * was swapped inside the name. Only where no name the sources write is the draft's, and the rival stands in a passage
 * about the claim.
 */
export function placeSwappedInName(corpus: Corpus, name: NameMention, passages: readonly SentenceRef[]): Entity | undefined {
  const words = name.text.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1];
  if (words.length < 3 || !isPlaceWord(last)) return undefined;
  const head = `${words.slice(0, -1).join(' ')} `;
  logOf(corpus)?.markUnrepeatable();
  const entities = corpus.registry.entities;
  if (entities.length > MAX_READ) return undefined;
  let rival: Entity | undefined;
  for (const e of entities) {
    const n = e.name.toLowerCase();
    if (!n.startsWith(head)) continue;
    const other = n.slice(head.length);
    if (sameWord(other, last)) return undefined;
    if (!rival && !other.includes(' ') && isPlaceWord(other)) rival = e;
  }
  return rival && standsIn(rival, passages) ? rival : undefined;
}

/**
 * The known body the draft names with another place: "Pengadilan Tipikor Lembah Hijau" where the sources have the
 * "Pengadilan Tipikor Sungai Meranti" and "Lembah Hijau" only as a regency. The name finder reads a draft's body and a
 * place it knows as two names side by side, each known, so the word test passes both. Only where no known body is
 * the draft's (nor its place's part or whole: "Jakarta" of "Jakarta Selatan"), and a story the claim aligns with
 * names the rival.
 */
export function placeSwappedAfterBody(corpus: Corpus, body: NameMention, place: NameMention, docs: readonly number[]): Entity | undefined {
  const head = `${body.key} `, placeKey = place.key;
  // A body the registry knows under the draft's whole name is no swap: no need to read every name for a rival.
  const whole = corpus.registry.lookup(`${head}${placeKey}`);
  if (whole && (whole.kind === 'organization' || whole.kind === 'other')) return undefined;
  logOf(corpus)?.markUnrepeatable();
  const entities = corpus.registry.entities;
  if (entities.length > MAX_READ) return undefined;
  let rival: Entity | undefined;
  for (const e of entities) {
    if (e.kind !== 'organization' && e.kind !== 'other') continue;
    const n = e.name.toLowerCase();
    if (!n.startsWith(head)) continue;
    const other = n.slice(head.length);
    if (other === placeKey || other.startsWith(`${placeKey} `) || placeKey.startsWith(`${other} `)) return undefined;
    if (!rival && corpus.registry.lookup(other)?.kind === 'place') rival = e;
  }
  if (!rival) return undefined;
  // A story that writes the draft's name, however its finder read it ("PN Jakarta Utara"), knows it.
  const named = rival.name.toLowerCase(), texts = docs.map(d => corpus.docs[d].text.toLowerCase());
  return texts.some(t => t.includes(named)) && !texts.some(t => t.includes(`${head}${placeKey}`)) ? rival : undefined;
}
