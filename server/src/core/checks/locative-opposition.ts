import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { areSynonyms } from '../lexicon/synonyms';
import { OpposedWording, Worded, opposedWording } from './opposed-wording';

// A thing put on the other side of the same place: "Pantai Nyang Nyang berada di atas tebing" where the passage says
// "… berada di bawah tebing"; "inside the terminal" where it says "outside the terminal". The words of place are
// function words ("atas", "dalam"), which the support check weighs at nothing, so the claim reads as the passage.

/** Sides of a place that rule each other out, as written after their locative ("di atas", "above"). */
const SIDES: ReadonlyMap<string, string> = new Map([
  ['atas', 'bawah'], ['bawah', 'atas'], ['dalam', 'luar'], ['luar', 'dalam'],
  ['above', 'below'], ['below', 'above'], ['inside', 'outside'], ['outside', 'inside'],
]);
/** Indonesian sides count only after a locative: "atas nama", "dalam rapat" say no side. */
const LOCATIVES = new Set(['di', 'ke', 'dari']);
const INDONESIAN_SIDES = new Set(['atas', 'bawah', 'dalam', 'luar']);
/** Words between the side and its place: "above the cliff", "di bawah sebuah jembatan". */
const DETERMINERS = new Set(['the', 'a', 'an', 'sebuah', 'suatu']);
/** Each side a sentence puts something on, with the stem of the place after it and where the phrase stands. */
function sidesIn(s: SentenceFacts): Worded[] {
  const out: Worded[] = [];
  s.tokens.forEach((t, i) => {
    if (!SIDES.has(t.norm)) return;
    const located = !INDONESIAN_SIDES.has(t.norm) || LOCATIVES.has(s.tokens[i - 1]?.norm ?? '');
    if (!located) return;
    let j = i + 1;
    while (j < s.tokens.length && DETERMINERS.has(s.tokens[j].norm)) j++;
    const place = s.words.find(w => w.token === j && !w.stop);
    if (!place) return;
    const from = INDONESIAN_SIDES.has(t.norm) ? s.tokens[i - 1].start : t.start;
    out.push({ kind: t.norm, thing: place.stem, from, end: place.end });
  });
  return out;
}

/**
 * The first side of a place the claim gives whose opposite a candidate passage gives the same place, where no
 * passage aligned as well gives the claim's own side of it.
 */
export function locativeOpposition(claim: Claim, candidates: readonly Alignment[]): OpposedWording | undefined {
  return opposedWording(claim, candidates, { read: sidesIn, opposite: side => SIDES.get(side), sameThing: (x, y) => areSynonyms(x.thing, y.thing) });
}
