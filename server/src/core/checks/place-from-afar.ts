import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Claim } from './types';
import { placedAt, placedInStory } from './place-slots';

// A claim that says where something happened ("Di Harbin, Putin dan Xi bersama-sama membuka forum perdagangan")
// backed by a passage that says nothing of the place, the story naming it only as somewhere else a person goes
// ("Putin juga diharapkan mengunjungi Harbin", paragraphs away): alignment credits a name the story holds anywhere,
// so the passage of the leaders' trade ties looked close enough. A passage backs a placed claim when it, a sentence
// beside it or the story's opening (a dateline: "BEIJING —") names the place, or when the story puts something there.

/** Sentences either side of the passage in which the place's name counts as the passage's. */
const REACH = 1;
/** The story's first sentences, where a dateline or a lead names where it all happens. */
const OPENING = 2;

export function placeFromAfar(claim: Claim, a: Alignment): boolean {
  const s = claim.sentence;
  return s.names.some(n => {
    if (!placedAt(s.tokens, n)) return false;
    const place = claim.corpus.registry.resolve(n);
    if (place?.kind !== 'place') return false;
    const { sentences: at, docs } = mentionedIn(place), base = a.ref.doc * 1_000_000;
    // Not in the story at all: the passage's story may be another place's, which the swap check weighs.
    if (!docs.has(a.ref.doc)) return false;
    for (let d = -REACH; d <= REACH; d++) if (at.has(base + a.ref.sentence + d)) return false;
    for (let i = 0; i < OPENING; i++) if (at.has(base + i)) return false;
    return !placedInStory(claim, a, place);
  });
}
