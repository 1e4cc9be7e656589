import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { quotedList, say } from '../messages/catalogue';
import { Alignment } from '../index/support';
import { ClaimSpeaker, actsNear, reportedNear, speakersNear, speakersOf, unspokenBy } from './speaker-near';
import { isWeaklyUnsupported, weightedShare } from './weak-support';
import { undatedIn } from './date-passages';
import { insertedWords } from './inserted-word';
import { substitutedWords } from './substituted-word';
import { classSwapFixes, classSwaps, swapsMemberOnly } from './class-swap';
import { singledFirst, uncoveredWords } from './missing-words';
import { undoingActs, undoneActs } from './undoing-act';
import { namesAddedToList } from './list-member';
import { unnamedPlaces } from './unnamed-place';
import { unagreedWords } from './agreed-act';
import { objectsFromAfar, personAbsent, personFromAfar } from './person-from-afar';
import { jointActUnstated } from './joint-act';
import { holdsEveryWord, holdsInOneClause, negationAdded, negationDropped } from './negation-added';
import { unstatedFigures } from './unstated-figure';
import { addedSuperlatives } from './added-superlative';
import { otherKinds } from './other-kind';
import { crossedWords } from './crossed-clauses';
import { outsidePlaces } from './outside-place';
import { placeFromAfar, placedElsewhereHere, rivalPlaced } from './place-from-afar';

// Whether the source passages support the sentence at all: a passage the verifier accepts that says enough of the
// claim, names its speakers beside it, and gives its acts and dates; else an unsupported claim that shows the
// closest passage and names what it lacks.

/**
 * How a passage says the sentence's words with a negation the sentence lacks, or without the one it has: not (0), so
 * (1), or so within one clause that holds every word (2, a denial). Asked while looking for a backing passage and
 * again for the finding, so worked out once per passage (an alignment belongs to one claim).
 */
function denialOf(claim: Claim, a: Alignment): 0 | 1 | 2 {
  let d = denials.get(a);
  if (d === undefined) {
    d = !(negationAdded(claim, a) || negationDropped(claim, a)) ? 0 : holdsInOneClause(claim, a) ? 2 : 1;
    denials.set(a, d);
  }
  return d;
}
const denials = new WeakMap<Alignment, 0 | 1 | 2>();
const negationDiffers = (claim: Claim, a: Alignment) => denialOf(claim, a) > 0;

/**
 * Share of what a claim says of its names (the weight of its words outside names) a passage must have, in it or
 * beside it, before it can back the claim. Names weigh most, being rare, so a passage that shares a claim's names
 * and little else can look close to the verifier while saying nothing of what the claim says they did: "The Calder
 * Development Agency ordered a second study from a private firm" passed on a long sentence about a study by the
 * University of Westmoor and the Port Calder expansion. An invented relation between real names.
 */
const MIN_SAID = 0.2;
/**
 * Below this share a passage backs the claim only while it lacks fewer than THIN_LACKING of its weighty words (by
 * sentence IDF, WEIGHTY is a word in fewer than about one sentence in twenty): "Rusia dan China sepakat membentuk
 * aliansi militer resmi untuk menghadapi NATO" passed on "Hubungan militer antara Rusia dan Tiongkok juga semakin
 * menguat", which has the names, "militer" and nothing of the alliance. A paraphrase that misses a word or two
 * ("terletak" for "berada") still passes; a flat 0.3 flagged 16 more entailed IndoNLI train hypotheses, short ones.
 */
const THIN_SAID = 0.3;
const THIN_LACKING = 3;
const WEIGHTY = 3;

function saysEnough(claim: Claim, a: Alignment): boolean {
  const said = claim.terms.flatMap((t, i) => (t.isName ? [] : [i]));
  // A claim of names alone (or of words that weigh nothing) has nothing else to say.
  if (!said.some(i => claim.terms[i].weight > 0)) return true;
  const share = weightedShare(said.map(i => claim.terms[i]), k => a.credit[said[k]] ?? 0);
  if (share < MIN_SAID) return false;
  if (share >= THIN_SAID) return true;
  return said.filter(i => !(a.credit[i] > 0) && claim.terms[i].weight >= WEIGHTY).length < THIN_LACKING;
}

/**
 * The passage that backs a claim: the best-aligned one the verifier accepts that says enough of the claim (one
 * passage above the threshold settles it, so the rest go unscored). With the threshold at 0 everything passes,
 * and the best-aligned passage, if any, stands for it. This is what the writer is shown and cites for a supported
 * sentence.
 */
export function supportingPassage(claim: Claim): Alignment | undefined {
  const threshold = claim.options.supportThreshold, support = claim.support;
  if (threshold <= 0) return claim.evidence[0];
  const speakers = speakersOf(claim);
  // The cheap tests first: a passage that says too little of the claim needs no verifier.
  if (support) {
    // The claim's words a closer passage has another word in place of: a passage further down backs the claim only
    // if it states them itself, and some of the rest in its own sentence (its neighbour may be that closer passage).
    let swapped: string[] | undefined, spokenByOthers = false, denied = false, negated = false;
    return claim.evidence.find(a => {
      // backsAllBut's tests one by one: a passage that fails only on the speakers says the claim in another's mouth.
      if (!saysEnough(claim, a) || captionOnly(claim, a) || personAbsent(claim, a) || personFromAfar(claim, a) || jointActUnstated(claim, a)) return false;
      // A passage that holds every word of the sentence in one clause, with the opposite polarity, denies it: a
      // passage further down backs it only if it holds every word too. "Tidak ada penangkaran rusa di Bogor" is denied
      // by "Di kota Bogor terdapat juga sarana penangkaran rusa …", and then passed on "Rusa di Penangkaran Rusa … jinak".
      if (negationDiffers(claim, a)) { denied ||= denialOf(claim, a) === 2; negated = true; return false; }
      if (denied && !holdsEveryWord(claim, a)) return false;
      // A figure the passage's story never states rules the passage out before the costlier tests (unstated-figure.ts).
      if (unstatedFigures(claim, a).length > 0) return false;
      if (placeFromAfar(claim, a)) {
        // A passage that puts the claim's thing elsewhere ("St. Brennan's Hospital in Dunmere") leaves a later one, whose
        // own sentence only names the claim's place, to state the rest itself.
        if (!swapped && support(a) >= threshold) { const here = placedElsewhereHere(claim, a); if (here.length) swapped = here; }
        return false;
      }
      if (!speakersNear(claim, a, speakers)) {
        spokenByOthers ||= speakers.length > 0 && support(a) >= threshold;
        return false;
      }
      if (!actsNear(claim, a, speakers)) return false;
      if (missesOne(claim, a, speakers)) {
        if (!swapped && support(a) >= threshold) { const words = [...substitutedWords(claim, a), ...classSwaps(claim, a)]; if (words.length) swapped = words; }
        // A member swapped in a passage that, with the member agreed, would say the rest or most of it with its
        // neighbours ("truk" for "bus", the villages it carried named in the sentence before): a later passage must
        // state the claim's member itself.
        if (!swapped && swapsMemberOnly(claim, a)) swapped = classSwaps(claim, a);
        return false;
      }
      return (!swapped || statesItself(claim, a, swapped)) && (!(spokenByOthers || swapped || negated) || ownShare(claim, a) >= OWN_AFTER_OTHERS) && support(a) >= threshold;
    });
  }
  const best = claim.verdict.alignment;
  return best && claim.verdict.probability >= threshold && backsAllBut(claim, best, speakers) && !missesOne(claim, best, speakers) && !negationDiffers(claim, best) ? best : undefined;
}

/**
 * Share of what the claim says besides its names that a passage must state in its own sentence, once a closer
 * passage said the claim in another's mouth, with a word swapped or with the other polarity. "Fenlight Airways
 * announced that it would move its Dunmere route to Porthaven" passed on the sentence before the one that says the
 * plan "would not go ahead", its words all lent by that sentence. "Xi mengatakan Rusia dapat melancarkan perangnya
 * langsung ke Eropa dan Amerika Serikat" is the Ukrainian leader's warning, and then passed on a sentence two
 * paragraphs up that holds none of it ("… hubungan mereka dengan Amerika Serikat dan Eropa"), its words and Xi
 * gathered from the sentences around; "dua bulan sebelum …" against "dua minggu sebelum …" passed on the next
 * sentence, with "bulan ini", its other words lent by the first.
 */
const OWN_AFTER_OTHERS = 0.3;

/** The share of the claim's weight outside names that the passage's own sentence states. */
function ownShare(claim: Claim, a: Alignment): number {
  const said = claim.terms.flatMap((t, i) => (t.isName ? [] : [i]));
  return weightedShare(said.map(i => claim.terms[i]), k => ((a.credit[said[k]] ?? 0) >= 1 ? 1 : 0));
}

/**
 * Whether a passage states in its own sentence each of these claim words that name a term of the claim (as
 * written): a word credited only from the sentence beside it does not undo a swap a closer passage shows. "beberapa
 * hari setelah Zelensky mengumumkan …" against "beberapa jam setelah …" passed on the next paragraph's "Ini
 * merupakan kunjungan pertama Putin …", whose "hari" came from "kunjungan negara dua hari" beside it. Only swaps:
 * a word wedged into a phrase of the closer passage ("healthy older children") may well stand beside another.
 */
function statesItself(claim: Claim, a: Alignment, words: readonly string[]): boolean {
  return words.every(text => {
    const k = claim.terms.findIndex(t => claim.sentence.text.slice(t.start - claim.sentence.start, t.end - claim.sentence.start) === text);
    return k < 0 || (a.credit[k] ?? 0) >= 1;
  });
}

/** What a passage must do before it is even a near miss: say enough of the claim, with its speakers and their acts. */
function backsAllBut(claim: Claim, a: Alignment, speakers: readonly ClaimSpeaker[]): boolean {
  return saysEnough(claim, a) && !captionOnly(claim, a) && speakersNear(claim, a, speakers);
}

/** Words a sentence may have and still be a caption or a subheading ("Hubungan ‘tanpa batas’"). */
const CAPTION_WORDS = 4;
/** Share of the claim's weight a caption must state itself to stand for the sentences around it. */
const CAPTION_OWN = 0.3;

/**
 * Whether a passage is a caption or subheading that owes its alignment to the sentences around it: a line of a few
 * words lends itself the credit of its neighbours, and the verifier, reading a short passage, finds little against
 * it. "Media pemerintah China menayangkan perayaan 75 tahun hubungan diplomatik secara langsung dari Moskow" passed
 * on "Hubungan ‘tanpa batas’". Such a line backs a claim only with what it states itself.
 */
function captionOnly(claim: Claim, a: Alignment): boolean {
  const x = claim.corpus.sentence(a.ref);
  if (x.tokens.filter(t => t.kind === 'word').length > CAPTION_WORDS) return false;
  return weightedShare(claim.terms, i => ((a.credit[i] ?? 0) >= 1 ? 1 : 0)) < CAPTION_OWN;
}

/**
 * Whether a passage lacks one specific thing: an act the claim's speakers report, a promise they make, a year or
 * month, a word the claim sets inside one of its phrases (inserted-word.ts), or an act that undoes what it reports
 * (undoing-act.ts).
 */
function missesOne(claim: Claim, a: Alignment, speakers: readonly ClaimSpeaker[]): boolean {
  return !reportedNear(claim, a, speakers) || !actsNear(claim, a, speakers) || singled(claim, a).length > 0 || undatedIn(claim, a).length > 0;
}

/**
 * The words a passage lacks that alone undo its support: an act that undoes what it reports, or the other way round,
 * a word wedged into its phrase, a name added to its list, a place it gives otherwise (place-from-afar.ts), a rank
 * it gives the thing otherwise (other-kind.ts), a place it puts the thing in, said as outside (outside-place.ts).
 */
function singled(claim: Claim, a: Alignment): string[] {
  // Asked of a passage by missesOne and again for the message: worked out once. An alignment belongs to one claim.
  let words = singledOf.get(a);
  if (!words) {
    words = [...undoingActs(claim, a), ...undoneActs(claim, a), ...insertedWords(claim, a), ...substitutedWords(claim, a), ...classSwaps(claim, a), ...namesAddedToList(claim, a), ...placesOf(claim), ...unagreedWords(claim, a),
      ...rivalPlaced(claim, a), ...unstatedFigures(claim, a), ...addedSuperlatives(claim, a), ...otherKinds(claim, a), ...crossedWords(claim, a), ...outsidePlaces(claim, a),
      ...objectsFromAfar(claim, a)];
    singledOf.set(a, words);
  }
  return words;
}
const singledOf = new WeakMap<Alignment, string[]>();

/** The claim's places the sources do not name (unnamed-place.ts): the same for every passage, so worked out once. */
function placesOf(claim: Claim): string[] {
  let places = unnamedOf.get(claim);
  if (!places) unnamedOf.set(claim, places = unnamedPlaces(claim));
  return places;
}
const unnamedOf = new WeakMap<Claim, string[]>();

/**
 * A passage that would back the claim but for one thing (`missesOne`): the speaker's own statement that reports
 * none of the claim's acts (they said something else), or a passage that gives none of the claim's years or months
 * near it ("… paket bantuan US$61 miliar … pada tahun 2022"). No closeness makes such a claim weak; the closest such
 * passage that lacks some of the claim's words is shown, with what it lacks.
 */
function nearMiss(claim: Claim, speakers: readonly ClaimSpeaker[]): { a: Alignment; missing: string[] } | undefined {
  const support = claim.support, threshold = claim.options.supportThreshold;
  if (!support) return undefined;
  const closest = claim.verdict.alignment;
  // The first near miss that names what it lacks, else the first: read in order, each passage scored only when reached.
  let first: { a: Alignment; missing: string[] } | undefined;
  for (const a of [...(closest ? [closest] : []), ...claim.evidence.filter(x => x !== closest)]) {
    if (!backsAllBut(claim, a, speakers) || !missesOne(claim, a, speakers) || support(a) < threshold) continue;
    const miss = { a, missing: [...singledFirst(singled(claim, a), uncoveredWords(claim, a)), ...undatedIn(claim, a)] };
    if (miss.missing.length) return miss;
    first ??= miss;
  }
  return first;
}

export function checkSupport(claim: Claim): Finding[] {
  if (claim.options.supportThreshold <= 0 || supportingPassage(claim)) return [];
  // Words the sources do state, given to someone no passage stating them names: no closeness makes that weak.
  const support = claim.support, threshold = claim.options.supportThreshold;
  // A passage that states little of it in its own sentence gathers the speaker's name from around it, too.
  const unspoken = support && unspokenBy(claim, a => saysEnough(claim, a) && ownShare(claim, a) >= OWN_AFTER_OTHERS && support(a) >= threshold);
  const miss = unspoken ? undefined : nearMiss(claim, speakersOf(claim));
  // The closest passage, in its own words, lets the writer see what the sources do say; the draft's words it has
  // nothing for say which part of the sentence it leaves uncovered.
  // A caption that owes its place to its neighbours is no passage to show: the best aligned sentence that is none.
  const closest = claim.verdict.alignment;
  // A passage that holds every word of the sentence with the opposite polarity is the one to show, whatever the
  // verifier scored higher: it is what the sources say instead.
  const denial = miss ? undefined : claim.evidence.find(a => denialOf(claim, a) === 2);
  // A passage with another member of a closed class in the claim's place is what the sources say instead.
  const swap = miss || denial ? undefined : claim.evidence.find(a => swapsMemberOnly(claim, a));
  // A closest passage that lacks a word that alone undoes support (`singled`) makes the finding strong however its
  // score stands against the threshold: the same claim must not turn weak because its passage scored a little lower.
  // Not a year it lacks: a long page dates its events in sentences far from them (on WiCE's tune part, three more
  // false alarms).
  // So does a joint act the closest passage gives one of the two alone (joint-act.ts).
  const pinned = !!denial || !!swap || (!!closest && (singled(claim, closest).length > 0 || jointActUnstated(claim, closest) || negationDiffers(claim, closest)));
  // Unless the verifier's pick is pinned, the passage shown is the one that covers most of the sentence: the verifier
  // may score a short passage with few of its words higher ("Angka ini masih bisa berubah …" for a sentence about the
  // market fee the next sentence waives, "Baca juga : …" for a visit the story tells).
  const covering = claim.evidence.find(a => !captionOnly(claim, a));
  const closer = closest && !pinned && covering && covering.coverage > closest.coverage + SHOWN_MARGIN ? covering : closest;
  const shown = closer && !captionOnly(claim, closer) ? closer : undefined;
  const best = miss?.a ?? denial ?? swap ?? shown ?? covering ?? claim.evidence[0], lang = readerLang(claim);
  const weak = !unspoken && !miss && !pinned && isWeaklyUnsupported(claim);
  let message = say(lang, 'unsupported-nothing-close');
  if (best && unspoken) {
    message = say(lang, 'unsupported-speaker', { speaker: unspoken.name, label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(claim.corpus.sentence(best.ref).text, 200) });
  } else if (best) {
    // A passage pinned by words that alone undo it names them first.
    const missing = miss?.missing ?? (pinned && (best === closest || best === swap) ? singledFirst(singled(claim, best), uncoveredWords(claim, best)) : uncoveredWords(claim, best));
    // Words the passage has, crossed between two of its clauses, are not missing from it: the message says so.
    const crossed = (miss || pinned) && !weak ? crossedWords(claim, best) : [];
    const id = !miss && negationAdded(claim, best) ? 'unsupported-negation-added' : !miss && negationDropped(claim, best) ? 'unsupported-negation-dropped'
      : crossed.length ? 'unsupported-crossed'
      : missing.length ? (weak ? 'unsupported-weak' : 'unsupported') : (weak ? 'unsupported-weak-same-words' : 'unsupported-same-words');
    message = say(lang, id, { label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(claim.corpus.sentence(best.ref).text, 200), missing: crossed.length ? quotedList(lang, crossed, 'list.and') : quotedList(lang, missing) });
  }
  return [{
    start: claim.sentence.start, end: claim.sentence.end, code: 'unsupported-claim', ...(weak ? { weak } : {}),
    message, evidence: best ? [evidenceSentence(claim.corpus, best)] : [], fixes: best && !weak ? classSwapFixes(claim, best) : [],
  }];
}

/** How much more of the sentence the best-aligned passage must cover to be shown in place of the verifier's pick. */
const SHOWN_MARGIN = 0.05;
