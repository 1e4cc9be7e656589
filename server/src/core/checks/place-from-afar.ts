import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Claim } from './types';
import { placeClass, placedAt, placedInStory, placesSameThing } from './place-slots';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { Entity } from '../index/registry';

// A claim that says where something happened ("Di Harbin, Putin dan Xi bersama-sama membuka forum perdagangan")
// backed by a passage that says nothing of the place, the story naming it only as somewhere else a person goes
// ("Putin juga diharapkan mengunjungi Harbin", paragraphs away): alignment credits a name the story holds anywhere,
// so the passage of the leaders' trade ties looked close enough. A passage backs a placed claim when it, a sentence
// beside it or the story's opening (a dateline: "BEIJING —") names the place, or when the story puts something there
// and the passage puts its event in no other country or capital.

/** Sentences either side of the passage in which the place's name counts as the passage's. */
const REACH = 1;
/** The story's first sentences, where a dateline or a lead names where it all happens. */
const OPENING = 2;

export function placeFromAfar(claim: Claim, a: Alignment): boolean {
  return unplacedPlaces(claim, a).length > 0;
}

/**
 * The places of the claim (as written) whose event the passage puts in another country or capital: a near miss that
 * no closeness makes weak (support-check.ts names them). A place the passage is only silent on may be implied by
 * it ("Calgary, AB" for "returned to Canada"), so that finding stays weak.
 */
export function rivalPlaced(claim: Claim, a: Alignment): string[] {
  return unplacedPlaces(claim, a, true);
}

/** The places of the claim (as written) whose thing the passage's own sentence puts at another place of their class. */
export function placedElsewhereHere(claim: Claim, a: Alignment): string[] {
  const passage = claim.corpus.sentence(a.ref);
  return placedPlaces(claim).filter(({ n, place }) =>
    !mentionedIn(place).sentences.has(a.ref.doc * 1_000_000 + a.ref.sentence) && placedElsewhereIn(claim, n, place, passage)).map(({ n }) => n.text);
}

/** The claim's names that stand where a place is given and are known places, with the place. */
function placedPlaces(claim: Claim): Array<{ n: NameMention; place: Entity }> {
  const s = claim.sentence;
  return s.names.flatMap(n => {
    if (!placedAt(s.tokens, n)) return [];
    const place = claim.corpus.registry.resolve(n);
    return place?.kind === 'place' ? [{ n, place }] : [];
  });
}

/** The places of the claim (as written) that the passage does not back, by the test above; with `rivalOnly`, those it puts elsewhere. */
function unplacedPlaces(claim: Claim, a: Alignment, rivalOnly = false): string[] {
  return placedPlaces(claim).filter(({ n, place }) => {
    const { sentences: at, docs } = mentionedIn(place), base = a.ref.doc * 1_000_000;
    // Not in the story at all: the passage's story may be another place's, which the swap check weighs.
    if (!docs.has(a.ref.doc)) return false;
    // The passage itself puts the claim's thing elsewhere ("flown to St. Brennan's Hospital in Dunmere"): the place's
    // name in a sentence beside it ("a maintenance technician from Port Callen") does not make it the passage's.
    if (!at.has(base + a.ref.sentence) && placedElsewhereIn(claim, n, place, claim.corpus.sentence(a.ref))) return true;
    for (let d = -REACH; d <= REACH; d++) if (at.has(base + a.ref.sentence + d)) return false;
    for (let i = 0; i < OPENING; i++) if (at.has(base + i)) return false;
    // The passage puts its event in another country or capital ("bertemu di sela-sela KTT SCO di bekas Soviet
    // Uzbekistan" for the claim's "di Kazakhstan"): the story's list of members "di Kazakhstan, Kyrgyzstan, …" does not
    // make the claim's place the passage's.
    const near = claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - REACH), a.ref.sentence + REACH + 1);
    return near.some(x => rivalIn(claim, n, place, x)) || (!rivalOnly && !placedInStory(claim, a, place));
  }).map(({ n }) => n.text);
}

/**
 * Whether the sentence puts something at another place of the claim's place's class (a country, a capital), or, for
 * a town or any other place, puts the same thing elsewhere: "a secondary school in Almora Falls" against "Harlow Street
 * Secondary School in Dunmere". Countries swap for countries and capitals for capitals: "di Beijing" against "di
 * Tiongkok" is no rival place.
 */
function rivalIn(claim: Claim, name: NameMention, place: Entity, s: SentenceFacts): boolean {
  const cls = placeClass(place.name);
  return s.names.some(m => {
    if (!placedAt(s.tokens, m)) return false;
    const e = claim.corpus.registry.resolve(m);
    return !!e && e.kind === 'place' && e.id !== place.id && placeClass(e.name) === cls && (cls !== 'place' || placesSameThing(claim.sentence, name, s, m));
  });
}

/**
 * Whether the passage's own sentence puts the claim's placed thing at another town (or other place that is no country
 * or capital): a country or capital is weighed against the sentences beside it too, which a mention there answers.
 */
function placedElsewhereIn(claim: Claim, name: NameMention, place: Entity, s: SentenceFacts): boolean {
  return placeClass(place.name) === 'place' && rivalIn(claim, name, place, s);
}
