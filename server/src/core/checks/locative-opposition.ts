import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { areSynonyms } from '../lexicon/synonyms';

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

interface PlacedSide { side: string; from: number; place: string; end: number }

/** Each side a sentence puts something on, with the stem of the place after it and where the phrase stands. */
function sidesIn(s: SentenceFacts): PlacedSide[] {
  const out: PlacedSide[] = [];
  s.tokens.forEach((t, i) => {
    if (!SIDES.has(t.norm)) return;
    const located = !INDONESIAN_SIDES.has(t.norm) || LOCATIVES.has(s.tokens[i - 1]?.norm ?? '');
    if (!located) return;
    let j = i + 1;
    while (j < s.tokens.length && DETERMINERS.has(s.tokens[j].norm)) j++;
    const place = s.words.find(w => w.token === j && !w.stop);
    if (!place) return;
    const from = INDONESIAN_SIDES.has(t.norm) ? s.tokens[i - 1].start : t.start;
    out.push({ side: t.norm, from, place: place.stem, end: place.end });
  });
  return out;
}

const samePlace = (x: PlacedSide, y: PlacedSide) => areSynonyms(x.place, y.place);

export interface LocativeOpposition { a: Alignment; source: string; draft: string }

/**
 * The first side of a place the claim gives whose opposite a candidate passage gives the same place, where no
 * passage aligned as well gives the claim's own side of it.
 */
export function locativeOpposition(claim: Claim, candidates: readonly Alignment[]): LocativeOpposition | undefined {
  const s = claim.sentence;
  for (const own of sidesIn(s)) {
    const other = SIDES.get(own.side)!;
    const agreeing = claim.evidence.some(a => a.coverage >= AGREEING_ALIGNMENT && sidesIn(claim.corpus.sentence(a.ref)).some(x => x.side === own.side && samePlace(x, own)));
    if (agreeing) continue;
    for (const a of candidates) {
      const source = claim.corpus.sentence(a.ref);
      const opposite = sidesIn(source).find(x => x.side === other && samePlace(x, own));
      if (!opposite) continue;
      const text = (x: SentenceFacts, p: PlacedSide) => x.text.slice(p.from - x.start, p.end - x.start);
      return { a, source: text(source, opposite), draft: text(s, own) };
    }
  }
  return undefined;
}

/** Coverage at which a passage that gives the claim's own side speaks for the claim. */
const AGREEING_ALIGNMENT = 0.6;
