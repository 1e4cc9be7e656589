import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word } from '../facts/analyze';
import { senseIn } from '../lexicon/antonyms';
import { isNegated, isNegator, looksLikeVerb } from '../facts/negation';
import { isSayingVerb } from '../facts/attribution';

// An act that undoes what the passage reports: "Putin membatalkan kunjungan kenegaraan …" where the passage has the
// visit take place, "Blinken cancelled the extra military aid" where it has him announce it. Everything else of
// the claim is stated, and one verb weighs little against it, yet the claim says the opposite of the source, as a
// "tidak" would. Only where the passage and its neighbours have no such act and no negation of their own: a source
// that says the visit "tidak jadi" or "ditunda" is for the other checks to weigh.

/** Indonesian stems of acts that cancel, stop, put off, refuse or revoke something ("membatalkan", "penundaan"). */
const UNDOING_STEMS = new Set(['batal', 'tunda', 'tolak', 'henti', 'cabut', 'tangguh', 'urung', 'boikot', 'veto', 'abai', 'gagal']);

/** Stems of ending a thing ("ditutup", "berakhir", "diselesaikan"): a passage that ends it has stopped it. */
const ENDING_STEMS = new Set(['tutup', 'akhir', 'selesai', 'rampung']);

/** Forms of those stems that are other words: "bertolak" (to set off) refuses nothing. */
const OTHER_SENSE = /^(?:ke)?bertolak/;
/** English forms of the same acts ("cancelled", "postponing", "withdrew"). */
const UNDOING_EN = /^(?:cancel|postpon|reject|refus|halt|suspend|withdr[ae]w|revok|scrap|abandon|boycott|veto|fail)/;

/**
 * Stems and English forms of opposing a thing ("ditentang", "protes keras terhadap", "condemned"): said of the same
 * thing, a passage with one may be what a writer sums up as a rejection, so it takes a claim's undoing act as stated.
 */
const OPPOSING_STEMS = new Set(['tentang', 'protes', 'kecam', 'lawan', 'bantah', 'sangkal']);
const OPPOSING_EN = /^(?:oppos|protest|condemn|den[iy]|object)/;

/**
 * Stems of cutting back ("mengurangi", "memangkas", "penurunan"): a claim that has the passage's exports or industry
 * cut where the passage has them shifted or expanded undoes part of it. Only in an affixed form: "kurang" alone is
 * "less" ("kurang dari"), not an act.
 */
const CUTTING_STEMS = new Set(['kurang', 'pangkas', 'susut']);
const CUTTING_EN = /^(?:reduc|curtail|shrank|shrunk|shrink|decreas|slash)/;

/** Whether a word names an act that undoes another, or cuts it back. */
export function isUndoing(w: Word): boolean {
  return (UNDOING_STEMS.has(w.stem) && !OTHER_SENSE.test(w.norm)) || UNDOING_EN.test(w.norm) || (CUTTING_STEMS.has(w.stem) && w.norm !== w.stem) || CUTTING_EN.test(w.norm);
}

/** Whether a content word undoes, cuts back or opposes something. */
const reverses = (w: Word) => !w.stop && (isUndoing(w) || OPPOSING_STEMS.has(w.stem) || OPPOSING_EN.test(w.norm));

/** How far from the passage a reversal of its own still speaks of the same thing. */
const REACH = 1;
/** How many words either side of a passage's own reversal a word of the claim may stand to make it about the claim. */
const BESIDE = 3;

/**
 * The claim's words (as written) that undo something, where the passage has nothing for them, and neither it nor a
 * sentence beside it undoes anything or negates a word of the claim ("kemitraan “tanpa batas”" negates nothing the
 * claim says). A claim that itself negates the act ("tidak membatalkan") undoes nothing.
 */
export function undoingActs(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): string[] {
  const { sentence, terms } = claim;
  const acts = sentence.words.filter(w => !w.stop && isUndoing(w) && !isNegated(sentence.tokens, w) && uncovered(terms, a, w));
  if (!acts.length) return [];
  const doc = claim.corpus.docs[a.ref.doc].facts.sentences;
  const near = doc.slice(Math.max(0, a.ref.sentence - REACH), a.ref.sentence + REACH + 1);
  const said = new Set(terms.map(t => t.stem));
  // A phrasal verb reads with its particle: "which the association turned down" rejects.
  // Not the preposition "tentang" (about), which shares the stem of "menentang".
  // A stop the claim reports ("pencarian dihentikan") is stated by a passage where the thing ends ("ditutup", "berakhir"),
  // not by one where it closes something else ("tanggul akan menutup jalur perahu").
  const stops = acts.some(w => w.stem === 'henti');
  const ends = (w: Word) => stops && ENDING_STEMS.has(w.stem) && !w.norm.startsWith('me');
  const undoes = (s: SentenceFacts, w: Word) => reverses(w) || (!w.stop && UNDOING_EN.test(senseIn(s.tokens, w))) || ends(w);
  // Its own reversal speaks of the claim's thing only with a word of the claim beside it: "suspended two senior
  // managers" says nothing of contracts "cancelled".
  const beside = (s: SentenceFacts, i: number) => s.words.slice(Math.max(0, i - BESIDE), i + BESIDE + 1).some(x => x !== s.words[i] && !x.stop && said.has(x.stem));
  if (near.some(s => s.words.some((w, i) => (undoes(s, w) && beside(s, i)) || (said.has(w.stem) && isNegated(s.tokens, w))))) return [];
  return acts.map(w => sentence.text.slice(w.start - sentence.start, w.end - sentence.start));
}

function uncovered(terms: Claim['terms'], a: Alignment, w: Word): boolean {
  const k = terms.findIndex(t => t.stem === w.stem);
  return k >= 0 && !((a.credit[k] ?? 0) > 0);
}

/** Coverage a passage beside the one weighed needs before its undoing act bears on the claim. */
const MIN_COVERAGE = 0.6;
/** How far after a passage's undoing act the thing it undoes may stand ("menghentikan semua kunjungan"). */
const OBJECT_REACH = 3;

/**
 * The other way round: the passage undoes what the claim has happen ("Zelensky … akan menghentikan semua kunjungan
 * internasional" against "Zelensky mengumumkan akan menambah kunjungan internasionalnya"). The passage's undoing
 * act bears on a thing the claim names (within a few words after it), the claim has no undoing act, opposition or
 * negation of its own, and it puts a verb of its own, which the passage lacks, in the act's place: that verb.
 */
export function undoneActs(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms' | 'evidence'>, a: Alignment): string[] {
  const { sentence, terms } = claim;
  if (sentence.words.some(reverses) || sentence.tokens.some(t => isNegator(t.norm))) return [];
  const said = new Set(terms.map(t => t.stem));
  const undoes = (p: Alignment) => {
    const source = claim.corpus.sentence(p.ref);
    // The thing undone: a word of the claim, no name, in the act's own clause ("menghentikan kemajuan Putin, Rusia …"
    // undoes nothing of Russia).
    const thing = (x: Word, from: Word) => !x.stop && said.has(x.stem) && !source.names.some(n => x.start >= n.start && x.end <= n.end) &&
      !source.tokens.some(t => t.start >= from.end && t.end <= x.start && /^[,.;:!?]$/.test(t.norm));
    // An act that failed ("gagal") is a statement of its own, as a negation is: the negation check's to weigh.
    return source.words.some((w, i) => !w.stop && isUndoing(w) && w.stem !== 'gagal' && !said.has(w.stem) && !isNegated(source.tokens, w) &&
      source.words.slice(i + 1, i + 1 + OBJECT_REACH).some(x => thing(x, w)));
  };
  // The passage that undoes the thing, or one near it: a neighbour gets its words from it (its alignment credits
  // words up to two sentences away), not from a new story.
  const near = (p: Alignment) => p.ref.doc === a.ref.doc && Math.abs(p.ref.sentence - a.ref.sentence) <= 2;
  if (!undoes(a) && !claim.evidence.some(p => p !== a && p.coverage >= MIN_COVERAGE && near(p) && undoes(p))) return [];
  // A verb of saying or calling ("China disebut Blinken sebagai …") reports; nothing of it is undone.
  return sentence.words.filter(w => looksLikeVerb(w.norm) && w.stem.length < w.norm.length && !isSayingVerb(w.norm) && uncovered(terms, a, w))
    .map(w => sentence.text.slice(w.start - sentence.start, w.end - sentence.start));
}
