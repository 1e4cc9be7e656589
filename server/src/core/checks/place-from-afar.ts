import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Claim } from './types';
import { LOCATIVE, placeClass, placedAt, placedInStory, placesSameThing, thingPlacedAt, tokenBeforePlace } from './place-slots';
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

/**
 * The places of the claim (as written) whose thing the passage's own sentence puts at another place of their class,
 * and the word the claim places at each ("kos" of "rumah kos di Desa Sukamaju"): a later passage must state both
 * itself, not one that names the place for another thing ("… tewas di ruko miliknya di Desa Sukamaju").
 */
export function placedElsewhereHere(claim: Claim, a: Alignment): string[] {
  const passage = claim.corpus.sentence(a.ref);
  return placedPlaces(claim).filter(({ n, place }) =>
    !mentionedIn(place).sentences.has(a.ref.doc * 1_000_000 + a.ref.sentence) && placedElsewhereIn(claim, n, place, passage))
    .flatMap(({ n }) => { const thing = thingPlacedAt(claim.sentence, n); return thing ? [n.text, thing] : [n.text]; });
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
  // A place the passage does name, elsewhere in it, is named with its preposition: the passage lacks "di Rusia", not "Rusia".
  const named = new Set<NameMention>();
  return placedPlaces(claim).filter(({ n, place }) => {
    const { sentences: at, docs } = mentionedIn(place), base = a.ref.doc * 1_000_000;
    // Not in the story at all: the passage's story may be another place's, which the swap check weighs.
    if (!docs.has(a.ref.doc)) return false;
    // The passage itself puts the claim's thing elsewhere ("flown to St. Brennan's Hospital in Dunmere"): the place's
    // name in a sentence beside it ("a maintenance technician from Port Callen") does not make it the passage's.
    const passage = claim.corpus.sentence(a.ref), here = at.has(base + a.ref.sentence);
    if (!here && placedElsewhereIn(claim, n, place, passage)) return true;
    // The passage names the claim's place only otherwise and holds the same act elsewhere: "Olimpiade … akan
    // diselenggarakan di Rusia" against "Rusia dilarang mengikuti Olimpiade …, yang akan diselenggarakan di
    // Pyeongchang, Korea Selatan".
    if (here && !placesHere(claim, passage, place) && sameActElsewhere(claim, n, place, passage)) {
      named.add(n);
      return true;
    }
    for (let d = -REACH; d <= REACH; d++) if (at.has(base + a.ref.sentence + d)) return false;
    for (let i = 0; i < OPENING; i++) if (at.has(base + i)) return false;
    // The passage puts its event in another country or capital ("bertemu di sela-sela KTT SCO di bekas Soviet
    // Uzbekistan" for the claim's "di Kazakhstan"): the story's list of members "di Kazakhstan, Kyrgyzstan, …" does not
    // make the claim's place the passage's.
    const near = claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - REACH), a.ref.sentence + REACH + 1);
    return near.some(x => rivalIn(claim, n, place, x)) || (!rivalOnly && !placedInStory(claim, a, place));
  }).map(({ n }) => (named.has(n) ? `${actBefore(claim.sentence, n)?.locative ?? ''} ${n.text}`.trim() : n.text));
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

/** The token of the locative that opens a placed name, back along a list of places ("di Pyeongchang, Korea Selatan"); -1 if none. */
function locativeBefore(s: SentenceFacts, name: NameMention): number {
  let i = tokenBeforePlace(s.tokens, name);
  while (i >= 0 && !LOCATIVE.has(s.tokens[i].norm)) i--;
  return i;
}

/** The locative right before a placed name, and the content word right before that (what happens there), if any. */
function actBefore(s: SentenceFacts, name: NameMention): { locative: string; act: string } | undefined {
  const i = locativeBefore(s, name);
  if (i < 1) return undefined;
  const w = s.words.find(x => x.token === i - 1);
  return w && !w.stop ? { locative: s.tokens[i].norm, act: w.stem } : undefined;
}

/**
 * Whether the passage puts another place of the same scale after the same act and preposition as the claim's place
 * ("diselenggarakan di Pyeongchang, Korea Selatan" for the claim's "diselenggarakan di Rusia"), the claim's place
 * being one by that name alone. The act may stand a few words before the passage's preposition ("bertemu dengan Xi
 * di Beijing" for the claim's "bertemu di Harbin", Harbin named in the passage only as a visit after).
 */
function sameActElsewhere(claim: Claim, name: NameMention, place: Entity, s: SentenceFacts): boolean {
  // Asked of the claim's placed names only (placedPlaces).
  if (name.text.toLowerCase() !== place.name.toLowerCase()) return false;
  const own = actBefore(claim.sentence, name);
  if (!own || !HELD_AT.has(own.locative)) return false;
  return s.names.some(m => {
    if (!placedAt(s.tokens, m)) return false;
    const e = claim.corpus.registry.resolve(m), there = actsBefore(s, m);
    // Of the same scale: "di Asia Tenggara" holds "di Thailand", a country, as a region may.
    return !!e && e.kind === 'place' && e.id !== place.id && sameScale(placeClass(e.name), placeClass(place.name)) && !!there
      && there.locative === own.locative && there.acts.has(own.act);
  });
}

/** A country against a country; a capital against a capital or a town, both cities. */
function sameScale(a: ReturnType<typeof placeClass>, b: ReturnType<typeof placeClass>): boolean {
  return a === b || (a !== 'country' && b !== 'country');
}

/** Content words this many tokens before a locative, names not counted, may be what it places: "bertemu dengan Xi di Beijing". */
const ACT_REACH = 3;

/** The locative right before a placed name and the content words of the few tokens before it, names passed over. */
function actsBefore(s: SentenceFacts, name: NameMention): { locative: string; acts: Set<string> } | undefined {
  const i = locativeBefore(s, name);
  if (i < 1) return undefined;
  const named = (k: number) => s.names.some(n => s.tokens[k].start >= n.start && s.tokens[k].start < n.end);
  const acts = new Set<string>();
  for (let k = i - 1, left = ACT_REACH; k >= 0 && left > 0; k--) {
    if (named(k)) continue;
    left--;
    const w = s.words.find(x => x.token === k);
    if (w && !w.stop) acts.add(w.stem);
  }
  return { locative: s.tokens[i].norm, acts };
}

/** Prepositions that say where something is or happens, not where it comes from or goes. */
const HELD_AT = new Set(['di', 'in', 'at']);

/** Whether the sentence puts something at the place itself (a mention of it after a locative). */
function placesHere(claim: Claim, s: SentenceFacts, place: Entity): boolean {
  return s.names.some(m => placedAt(s.tokens, m) && claim.corpus.registry.resolve(m)?.id === place.id);
}

/**
 * Whether the passage's own sentence puts the claim's placed thing at another town (or other place that is no country
 * or capital): a country or capital is weighed against the sentences beside it too, which a mention there answers.
 */
function placedElsewhereIn(claim: Claim, name: NameMention, place: Entity, s: SentenceFacts): boolean {
  return placeClass(place.name) === 'place' && rivalIn(claim, name, place, s);
}
