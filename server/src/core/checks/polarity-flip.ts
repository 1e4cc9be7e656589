import { Claim, Finding, claimLang } from './types';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { Alignment } from '../index/support';
import { deniedByLightVerb, isNegated as negated, looksLikeVerb, subjectOfDenial, untilSpan } from '../facts/negation';
import { notOpposed } from '../facts/negation-opposition';
import { denialLandsElsewhere, headsDeniedComplement } from './complement-denial';
import { areSynonyms, synonymsOf } from '../lexicon/synonyms';
import { rememberedFor } from '../remembered';
import { AGREEING_ALIGNMENT } from './opposed-wording';
import { conditionOfBan, modalityOf } from '../facts/modality';
import { INDONESIAN_PROVIDING, PROVIDING } from '../lexicon/verb-classes';
import { deniedByRelative, inDeniedPhrase } from './denied-phrase';
import { changeDenied, changeStemsFor } from './change-kinds';
import { WHOLE_DENIAL_FLOOR, deniedWhole } from './denied-whole';
import { CONTRADICTION_ALIGNED, ownCoverageAround } from './own-coverage';
import { finding, outweighed, phrase, supports, underDenial } from './opposite-finding';

// A claim word whose polarity the sources reverse: "tidak pernah mengutuk" against "mengutuk", "gagal menyerukan"
// against "menyerukan". Which passage words stand for the claim's word (the same stem, a synonym, a verb of giving out
// the same thing) and whether a passage keeps the claim's polarity.

/** Coverage at which a passage is plainly about the same thing: a negation on one side then speaks for itself. */
const STRONG_ALIGNMENT = 0.75;
/** How much less of the claim a passage keeping its polarity may state in its own sentence than the opposing one. */
const AGREEING_MARGIN = 0.3;

/** "bantuan" (aid) and "membantu" (to help): a noun in -an and a verb of one stem do not flip each other. */
function nounAndVerb(a: string, b: string): boolean {
  const noun = (w: string) => w.endsWith('an') && !looksLikeVerb(w);
  return (noun(a) && looksLikeVerb(b)) || (noun(b) && looksLikeVerb(a));
}

/** English words after which a word is a noun: "had no say", "a say in it", "the word". */
const NOUN_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'no', 'any', 'some', 'every', 'its', 'their', 'his', 'her', 'our']);

/**
 * An English claim word that is a noun ("the union had no say in …") against a passage word that is its synonym as a
 * verb ("Nair told reporters …"): the noun says nothing the verb does, negated or not. The same stem still matches.
 */
function nounBySynonym(claim: SentenceFacts, c: Word, s: Word): boolean {
  return s.stem !== c.stem && NOUN_LEADS.has(claim.tokens[c.token - 1]?.norm ?? '');
}

/** Words that count or pick out the thing a verb acts on without naming it: "memaparkan sejumlah rincian baru". */
const DETERMINERS: ReadonlySet<string> = new Set(['sejumlah', 'beberapa', 'berbagai', 'banyak', 'sebuah', 'suatu', 'some', 'several', 'many', 'various']);

/** The stem of the first content word after a word: the thing a verb acts on ("memberikan rincian" → "rinci"). */
function objectAfter(s: SentenceFacts, w: Word): string | undefined {
  return s.words.find(x => x.start >= w.end && !x.stop && !DETERMINERS.has(x.norm))?.stem;
}

/**
 * A claim's copula ("Kosovo merupakan anggota PBB"): against a passage's "belum menjadi anggota …" it is the predicate
 * the negation turns round, where the passage's noun alone keeps its polarity elsewhere ("… negara anggota").
 */
const COPULAS: ReadonlySet<string> = new Set(['merupakan', 'adalah', 'ialah']);
export const copulas = (s: SentenceFacts): Word[] => s.words.filter(w => COPULAS.has(w.norm));
/**
 * Whether a source word stands for the claim's word: the same stem or a synonym, or two verbs of giving out the same
 * thing ("memaparkan rincian baru" against "tidak memberikan rincian baru").
 */
function sameWord(claim: SentenceFacts, c: Word, source: SentenceFacts, s: Word): boolean {
  // A copula is the same predicate only with the same complement: "adalah candi" is not "tidak akan menjadi pengalaman".
  if (COPULAS.has(c.norm)) {
    const complement = objectAfter(claim, c);
    return (s.norm === 'menjadi' || s.norm === c.norm) && complement !== undefined && complement === objectAfter(source, s);
  }
  if (areSynonyms(s.stem, c.stem) || nounOfVerb(s.stem, c.stem) || nounOfVerb(c.stem, s.stem)) return true;
  if (!giving(s) || !giving(c)) return false;
  const thing = objectAfter(claim, c);
  return !!thing && thing === objectAfter(source, s);
}

/** A verb of giving out: an Indonesian one as a verb by its affix ("pemberian" gives nothing); English forms by the stem alone. */
function giving(w: Word): boolean {
  return PROVIDING.has(w.stem) && (looksLikeVerb(w.norm) || !INDONESIAN_PROVIDING.has(w.stem));
}

/** A passage's words the polarity test reads, where each stem stands among them, and which give out: read once per sentence. */
const polarityWords = rememberedFor((s: SentenceFacts) => {
  const words = [...contentWords(s), ...existentials(s)], at = new Map<string, number[]>(), givers: number[] = [];
  words.forEach((w, i) => {
    const list = at.get(w.stem);
    if (list) list.push(i); else at.set(w.stem, [i]);
    if (giving(w)) givers.push(i);
  });
  return { words, at, givers };
});

/** Whether a passage's word is negated: asked of the same words for every claim word that matches them. */
function negatedInPassage(source: SentenceFacts, w: Word): boolean {
  let known = negatedWords.get(w);
  if (known === undefined) negatedWords.set(w, known = negated(source.tokens, w) || headsDeniedComplement(source.tokens, w));
  return known;
}
const negatedWords = new WeakMap<Word, boolean>();

/**
 * The stems a passage's word needs for sameWord to match the claim's word: its own, a synonym, the noun or the verb of
 * an English -ure pair. A verb of giving out may match another (its thing decides): those are added by the caller.
 */
function stemsForSameWord(c: Word): string[] {
  if (COPULAS.has(c.norm)) return [c.stem, 'jadi'];
  const base = c.stem.endsWith('ur') ? [c.stem.slice(0, -2), `${c.stem.slice(0, -2)}e`] : [];
  return [c.stem, ...synonymsOf(c.stem), `${c.stem}ur`, `${c.stem.replace(/e$/, '')}ur`, ...base];
}

/** The passage's words sameWord may match with the claim's word, in the passage's order: most passages have one or none. */
function sameWordCandidates(passage: { words: Word[]; at: ReadonlyMap<string, number[]>; givers: number[] }, stems: readonly string[], givingToo: boolean): Word[] {
  let found: number[] | undefined, lists = 0;
  for (const stem of stems) {
    const at = passage.at.get(stem);
    if (at) { found = lists++ ? [...found!, ...at] : at; }
  }
  if (givingToo && passage.givers.length) { found = lists++ ? [...found!, ...passage.givers] : passage.givers; }
  if (!found) return [];
  // Several lists may hold one word twice, and out of the passage's order.
  const order = lists > 1 ? [...new Set(found)].sort((x, y) => x - y) : found;
  return order.map(i => passage.words[i]);
}

/** An English noun in -ure of a verb's stem ("failure" of "fail", "closure" of "close"): the same act denied or stated. */
function nounOfVerb(noun: string, verb: string): boolean {
  return noun.length > verb.length && noun.endsWith('ur') && (noun === `${verb}ur` || noun === `${verb.replace(/e$/, '')}ur`);
}

/**
 * A claim word whose polarity the sources reverse: some well-aligned passage has the word only with the other
 * polarity, and no comparably aligned passage keeps the claim's. Weakly aligned passages need the verifier's
 * agreement that they do not support the claim, so a passing mention is no contradiction.
 */
export function polarityFlip(claim: Claim, words: Word[], candidates: Alignment[]): Finding | undefined {
  const passages = candidates.map(a => {
    const source = claim.corpus.sentence(a.ref);
    const indonesian = claimLang(claim) === 'id' && claim.corpus.docs[a.ref.doc].facts.lang === 'id';
    return { a, source, ...polarityWords(source), indonesian };
  });
  for (const c of words) {
    // "could not be declared over until six weeks had passed" denies nothing "only after 42 days" allows; "tanpa surat
    // … tidak boleh masuk" denies no letter "wajib disertai surat" requires (facts/modality.ts conditionOfBan).
    if (untilSpan(claim.sentence.tokens, c) || conditionOfBan(claim.sentence.tokens, c)) continue;
    const cNeg = negated(claim.sentence.tokens, c) || headsDeniedComplement(claim.sentence.tokens, c) || deniedByLightVerb(claim.sentence.tokens, c);
    // "council tax would not go up" denies as "ruled out raising council tax" does, though not the word itself.
    // "would not give the club public money": the verb carries the denial, and its object is no reversal either.
    if (!cNeg && (subjectOfDenial(claim.sentence.tokens, c) || inDeniedPhrase(claim.sentence.tokens, c))) continue;
    // Per passage, its words that stand for the claim's and whether one keeps the claim's polarity.
    const stems = [...stemsForSameWord(c), ...changeStemsFor(c)], givingToo = giving(c);
    // Under one modality the act keeps its polarity however the negation stands: "need not apply" is "do not need to
    // apply", "are not allowed to park" is "must not park" (modal-opposition.ts reads modalities that differ).
    const modality = modalityOf(claim.sentence.tokens, c)?.modality;
    // A negation under a denial ("membantah anggapan bahwa … Ronaldo yang tak tampil prima") is undone by it.
    // A denied word is answered by one the passage's denied verb acts on ("ruled out public money" by "would not give
    // … any public money"), or one a relative clause after it denies ("a night guard, which the museum has not had").
    // Only as an answer to a denial: "will pay for … a night guard" is no opposite of that passage, whose clause
    // speaks of the past.
    // A verb a denying verb governs is denied too, for a claim that denies it: "membantah kabar … bahwa para siswa
    // dipulangkan lebih awal" says what "siswa tidak dipulangkan lebih awal" does (not a noun of the denied clause).
    const deniedThere = (source: SentenceFacts, s: Word) => (negatedInPassage(source, s) && !underDenial(source, s))
      || (cNeg && (inDeniedPhrase(source.tokens, s) || deniedByRelative(source.tokens, s.token) || (looksLikeVerb(s.norm) && !negatedInPassage(source, s) && underDenial(source, s))));
    const keeps = (source: SentenceFacts, s: Word) => deniedThere(source, s) === cNeg || (!!modality && modalityOf(source.tokens, s)?.modality === modality);
    const read = passages.flatMap(p => {
      const same = sameWordCandidates(p, stems, givingToo).filter(s => (sameWord(claim.sentence, c, p.source, s) || changeDenied(c, cNeg, s, negatedInPassage(p.source, s)))
        && !(p.indonesian ? nounAndVerb(s.norm, c.norm) : nounBySynonym(claim.sentence, c, s)));
      return same.length ? [{ a: p.a, source: p.source, same, keeps: same.some(s => keeps(p.source, s)) }] : [];
    });
    let opposing: { a: Alignment; source: SentenceFacts; word: Word; own: number } | undefined;
    for (const { a, source, same, keeps } of read) {
      if (keeps || same.every(s => notOpposed(claim.sentence.tokens, c, source.tokens, s) || denialLandsElsewhere(claim.sentence, c, source, s))) continue;
      const own = a.coverage >= CONTRADICTION_ALIGNED ? ownCoverageAround(claim, a, c) : 0;
      // A passage that states little of the claim opposes it when all it says is the claim's (denied-whole.ts).
      const whole = own < CONTRADICTION_ALIGNED && a.coverage >= WHOLE_DENIAL_FLOOR && !cNeg && deniedWhole(claim, a);
      if (own >= CONTRADICTION_ALIGNED || whole) { opposing = { a, source, word: same[0], own: whole ? 1 : own }; break; }
    }
    if (!opposing) continue;
    // A passage that keeps the polarity speaks for the claim only if it states about as much of it in its own
    // sentence: "memberi tahu" in a sentence about something else does not answer "tidak memberikan rincian baru".
    // Aligned well with the sentence, or with the clause the word stands in ("… and said there would be no deal
    // without the council" against the quote "Without the council, there would be no deal"), whose words may
    // stand earlier in the sentence too. Read that generously for agreement only: a false alarm costs more.
    const agrees = ({ a, keeps }: (typeof read)[number]) => {
      if (!keeps) return false;
      const own = ownCoverageAround(claim, a, c, true);
      return (a.coverage >= AGREEING_ALIGNMENT || own >= AGREEING_ALIGNMENT) && own >= opposing!.own - AGREEING_MARGIN;
    };
    if (read.some(agrees)) continue;
    // The verifier reads a verb of giving out that the passage words otherwise as missing, not as denied: its "yes"
    // for such a passage is no answer to the denial ("memaparkan rincian baru" against "tidak memberikan …").
    const otherVerb = !areSynonyms(opposing.word.stem, c.stem);
    if (opposing.a.coverage < STRONG_ALIGNMENT && !otherVerb && supports(claim, opposing.a)) continue;
    if (outweighed(claim, opposing.a)) continue;
    const { a, source, word } = opposing;
    return finding(claim, a, phrase(source, word), phrase(claim.sentence, c));
  }
  return undefined;
}

/**
 * "Ada" (there is) as its clause's predicate, at the clause's end: "prospek perdamaian akan selalu ada" against
 * "… tidak akan pernah ada". A function word elsewhere ("tidak ada kesepakatan", "meskipun ada tekanan"), it is
 * compared for its polarity only there.
 */
export function existentials(s: SentenceFacts): Word[] {
  return s.words.filter(w => CLAUSE_FINAL.has(w.norm) && (s.tokens[w.token + 1] === undefined || s.tokens[w.token + 1].kind === 'punct'));
}

/** Function words that are their clause's predicate at its end: "ada" (there is), "cukup" ("sudah cukup", enough). */
const CLAUSE_FINAL: ReadonlySet<string> = new Set(['ada', 'cukup']);
