import { Span } from '../types';
import { clauseAround } from './figure-clause';
import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts, Word, contentWords, quotesTouching } from '../facts/analyze';
import { Alignment } from '../index/support';
import { areOpposed, senseIn, senseStem } from '../lexicon/antonyms';
import { reversedDirection, reversedOrder } from './reversed-order';
import { deniesNext, isNegated as negated, isNegatedAt, looksLikeVerb, negatedSpan, subjectOfDenial, untilSpan } from '../facts/negation';
import { comparisonOpposition } from './comparison-opposition';
import { notOpposed } from '../facts/negation-opposition';
import { complementDenialStart, denialLandsElsewhere, headsDeniedComplement } from './complement-denial';
import { supportFeatures } from '../verifier/features';
import { supportProbability } from '../verifier/model';
import { deniedStatement, deniesAnything, denialAt, ofThis } from './denied-statement';
import { assertedDenial } from './asserted-denial';
import { answeredClaim } from './answered-claim';
import { deniedBeside } from './denied-beside';
import { areSynonyms, synonymsOf } from '../lexicon/synonyms';
import { rememberedFor } from '../remembered';
import { exclusionJoined } from './exclusive-claim';
import { reactionRefused } from './no-comment';
import { modalOpposition } from './modal-opposition';
import { locativeOpposition } from './locative-opposition';
import { quantifierOpposition } from './quantifier-opposition';
import { AGREEING_ALIGNMENT } from './opposed-wording';
import { modalityOf } from '../facts/modality';
import { INDONESIAN_PROVIDING, PROVIDING } from '../lexicon/verb-classes';
import { deniedByRelative, inDeniedPhrase } from './denied-phrase';
import { changeDenied, changeStemsFor } from './change-kinds';

// Whether the source passages say the opposite of the sentence: a negation on one side only ("tidak pernah
// mengutuk" vs "mengutuk", "gagal menyerukan" vs "menyerukan") or a predicate and its antonym ("menghentikan" vs
// "memperluas").

/** How much less of the claim than the best a passage may state in its own sentence and still be read for opposites. */
const TIED_OWN = 0.05;
/** Coverage a passage needs before the sentence can be called a contradiction of it. */
const CONTRADICTION_ALIGNED = 0.5;
/** Coverage at which a passage is plainly about the same thing: a negation on one side then speaks for itself. */
const STRONG_ALIGNMENT = 0.75;
/** Coverage at which a passage holding the claim's figures speaks for the claim against an opposing one. */
const FIGURE_ALIGNED = 0.3;
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
const copulas = (s: SentenceFacts): Word[] => s.words.filter(w => COPULAS.has(w.norm));
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

/** Credit a term earns in the passage's own sentence (itself or a synonym), not from neighbours or the document. */
const IN_SENTENCE = 0.9;

/**
 * Share of the claim's weight the passage covers in its own sentence. A negation speaks against the claim only in
 * a sentence that is about the same thing: coverage lent by neighbouring sentences or by names elsewhere in the
 * document would let a negation in an unrelated sentence ("did not attend") contradict the claim.
 */
function ownCoverage(claim: Claim, a: Alignment): number {
  return ownCoverageWithin(claim, a).share;
}

/** ownCoverage of the claim's terms inside a span of it (all of them without one), and how many terms that is. */
function ownCoverageWithin(claim: Claim, a: Alignment, within?: Span, laterUses = false): { share: number; terms: number } {
  let total = 0, own = 0, terms = 0;
  // A term stands where its stem first does; with `laterUses` a later use inside the clause counts it too ("the cost
  // of the deal …, and said there would be no deal").
  const stems = within && laterUses ? new Set(claim.sentence.words.filter(w => w.start >= within.start && w.end <= within.end).map(w => w.stem)) : undefined;
  claim.terms.forEach((t, i) => {
    if (within && (t.start < within.start || t.end > within.end) && !stems?.has(t.stem)) return;
    terms++;
    total += t.weight;
    if ((a.credit[i] ?? 0) >= IN_SENTENCE) own += t.weight;
  });
  return { share: total > 0 ? own / total : 0, terms };
}

/** Content terms a clause needs to be weighed on its own. */
const MIN_CLAUSE_TERMS = 3;

/**
 * ownCoverage, or that of the clause around the claim's word when the sentence joins clauses and that is higher:
 * "Desai promised to change the plan after meeting the parents" against "… but did not promise to change the plan",
 * whose own sentence says nothing of the meeting.
 */
function ownCoverageAround(claim: Claim, a: Alignment, w: Word, laterUses = false): number {
  const whole = ownCoverage(claim, a), clause = clauseAround(claim.sentence, w);
  if (!clause) return whole;
  const inClause = ownCoverageWithin(claim, a, clause, laterUses);
  return inClause.terms >= MIN_CLAUSE_TERMS ? Math.max(whole, inClause.share) : whole;
}

function supports(claim: Claim, a: Alignment): boolean {
  const p = claim.support ? claim.support(a) : supportProbability(supportFeatures(claim.corpus, claim.sentence, claim.terms, a));
  return p >= claim.options.supportThreshold;
}

/**
 * A claim word whose polarity the sources reverse: some well-aligned passage has the word only with the other
 * polarity, and no comparably aligned passage keeps the claim's. Weakly aligned passages need the verifier's
 * agreement that they do not support the claim, so a passing mention is no contradiction.
 */
function polarityFlip(claim: Claim, words: Word[], candidates: Alignment[]): Finding | undefined {
  const passages = candidates.map(a => {
    const source = claim.corpus.sentence(a.ref);
    const indonesian = claimLang(claim) === 'id' && claim.corpus.docs[a.ref.doc].facts.lang === 'id';
    return { a, source, ...polarityWords(source), indonesian };
  });
  for (const c of words) {
    // "could not be declared over until six weeks had passed" denies nothing "only after 42 days" allows.
    if (untilSpan(claim.sentence.tokens, c)) continue;
    const cNeg = negated(claim.sentence.tokens, c) || headsDeniedComplement(claim.sentence.tokens, c);
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
    const deniedThere = (source: SentenceFacts, s: Word) => (negatedInPassage(source, s) && !underDenial(source, s))
      || (cNeg && (inDeniedPhrase(source.tokens, s) || deniedByRelative(source.tokens, s.token)));
    const keeps = (source: SentenceFacts, s: Word) => deniedThere(source, s) === cNeg || (!!modality && modalityOf(source.tokens, s)?.modality === modality);
    const read = passages.flatMap(p => {
      const same = sameWordCandidates(p, stems, givingToo).filter(s => (sameWord(claim.sentence, c, p.source, s) || changeDenied(c, cNeg, s, negatedInPassage(p.source, s)))
        && !(p.indonesian ? nounAndVerb(s.norm, c.norm) : nounBySynonym(claim.sentence, c, s)));
      return same.length ? [{ a: p.a, source: p.source, same, keeps: same.some(s => keeps(p.source, s)) }] : [];
    });
    let opposing: { a: Alignment; source: SentenceFacts; word: Word; own: number } | undefined;
    for (const { a, source, same, keeps } of read) {
      if (keeps || a.coverage < CONTRADICTION_ALIGNED || same.every(s => notOpposed(claim.sentence.tokens, c, source.tokens, s) || denialLandsElsewhere(claim.sentence, c, source, s))) continue;
      const own = ownCoverageAround(claim, a, c);
      if (own >= CONTRADICTION_ALIGNED) { opposing = { a, source, word: same[0], own }; break; }
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
function existentials(s: SentenceFacts): Word[] {
  return s.words.filter(w => CLAUSE_FINAL.has(w.norm) && (s.tokens[w.token + 1] === undefined || s.tokens[w.token + 1].kind === 'punct'));
}

/** Function words that are their clause's predicate at its end: "ada" (there is), "cukup" ("sudah cukup", enough). */
const CLAUSE_FINAL: ReadonlySet<string> = new Set(['ada', 'cukup']);

/** A figure's value, as the claim and a passage are compared on it: quantities by value, dates by their year. */
function figures(s: SentenceFacts): Set<number> {
  return new Set([...s.quantities.map(q => q.value), ...s.dates.flatMap(d => (d.year === undefined ? [] : [d.year]))]);
}

/**
 * Whether the opposing passage is about another moment than the claim: the claim's figures (amounts, years) are
 * not in it but stand in another passage found for the claim or elsewhere in its document. "The study involved
 * 4,100 children" is not contradicted by "…, who was not involved in the study" when another sentence says the
 * study followed 4,100 children; "dibuka pada 1989" not by a plant's "penutupan" when the story says it has stood
 * since 1989. (Whether the verifier accepts some other passage says nothing here: it reads words, not negations.)
 */
function outweighed(claim: Claim, opposing: Alignment): boolean {
  const wanted = figures(claim.sentence);
  if (!wanted.size) return false;
  const holds = (x: SentenceFacts) => { const f = figures(x); return [...wanted].filter(v => f.has(v)).length; };
  if (holds(claim.corpus.sentence(opposing.ref)) > 0) return false;
  // The passage about the claim's moment need not share its words ("berdiri sejak 1989" for "dibuka pada 1989"):
  // any passage retrieval found, or another sentence of the opposing one's document (one story).
  // A story may give the claim's figures in two sentences ("melonjak menjadi Rp 120.000 …. Sepekan sebelumnya, …
  // Rp 65.000"): a passage and the sentence after it hold them together.
  const withNext = (doc: number, i: number) => {
    const story = claim.corpus.docs[doc].facts.sentences, f = new Set([...figures(story[i]), ...(story[i + 1] ? figures(story[i + 1]) : [])]);
    return [...wanted].every(v => f.has(v));
  };
  if (claim.evidence.some(b => b !== opposing && b.coverage >= FIGURE_ALIGNED && withNext(b.ref.doc, b.ref.sentence))) return true;
  return claim.corpus.docs[opposing.ref.doc].facts.sentences.some((x, i) => i !== opposing.ref.sentence && holds(x) === wanted.size);
}

export function checkContradiction(claim: Claim): Finding[] {
  const candidates = claim.evidence.filter(a => a.coverage >= CONTRADICTION_ALIGNED);
  if (!candidates.length) return [];
  // Words inside the draft's quotes are the quote check's business: a made-up quote is not a contradiction.
  const quoted = quotesTouching(claim.draft, claim.sentence).filter(q => q.start >= claim.sentence.start && q.end <= claim.sentence.end);
  const unquoted = (w: Word) => !quoted.some(q => w.start >= q.start && w.end <= q.end);
  // A figure is the number check's to compare: "seperempat kilo, bukan satu kilo seperti biasanya" denies no "satu"
  // of the source's "Biasanya orang beli satu kilo".
  const inFigure = (w: Word) => claim.sentence.quantities.some(q => w.start >= q.start && w.end <= q.end);
  const claimWords = contentWords(claim.sentence).filter(w => unquoted(w) && !inFigure(w));
  // A duty, a leave or a ban turned round first: its wording ("boleh diminum") says more than the act's negation.
  const modal = modalOpposition(claim, claimWords, candidates);
  if (modal) return [finding(claim, modal.a, modal.source, modal.draft)];
  // Every aligned passage may agree with the claim; only the candidates may oppose it.
  const flip = polarityFlip(claim, [...claimWords, ...existentials(claim.sentence).filter(unquoted), ...copulas(claim.sentence).filter(unquoted)], claim.evidence);
  if (flip) return [flip];
  const side = locativeOpposition(claim, candidates) ?? quantifierOpposition(claim, candidates) ?? comparisonOpposition(claim, candidates);
  if (side) return [finding(claim, side.a, side.source, side.draft)];
  const denial = deniedStatement(claim, candidates);
  if (denial) return [finding(claim, denial.a, denial.source, denial.draft)];
  const asserted = assertedDenial(claim, candidates);
  if (asserted) return [finding(claim, asserted.a, asserted.source, asserted.draft)];
  const answered = answeredClaim(claim, candidates);
  if (answered) return [finding(claim, answered.a, answered.source, answered.draft)];
  // An opposite predicate is a subtler cue: the verifier must also find the passage unsupportive. The passages are
  // read from the one that states most of the claim in its own sentence: the best aligned overall may owe its
  // place to its neighbours ("Tetapi bantuan Amerika mungkin tidak mencapai Ukraina …" beside "… paket bantuan
  // US$61 miliar yang disetujui oleh Kongres AS"), or be a headline as close as the sentence that says it.
  const ranked = candidates.map(a => ({ a, own: ownCoverage(claim, a) })).filter(x => x.own >= CONTRADICTION_ALIGNED)
    .sort((x, y) => y.own - x.own);
  // Only passages that state the claim about as well as the best: a weaker one says less of the same thing.
  for (const { a } of ranked.filter(x => x.own >= ranked[0].own - TIED_OWN)) {
    const found = oppositeIn(claim, claimWords, a);
    if (found) return [found];
  }
  // A reaction the passage says was never given: "welcomed the report" where its subject "declined to comment". The
  // refusal's own words must hold the subject and the thing (reactionRefused), so a passage aligned through its
  // neighbours will do: "the Coastal Wildlife Trust's report" is named in the sentence before "… on the report".
  for (const a of candidates) {
    const refused = reactionRefused(claim.sentence, claim.corpus.sentence(a.ref));
    if (refused) return [finding(claim, a, refused.source, refused.draft)];
  }
  // "Snoop Dogg tampil sendirian" where the passage has "Perry dan Snoop Dogg": the best passage joins another to it.
  const joined = candidates.length ? exclusionJoined(claim, candidates[0]) : undefined;
  if (joined) return [finding(claim, candidates[0], joined.source, joined.draft)];
  const beside = deniedBeside(claim, candidates);
  return beside ? [finding(claim, beside.a, beside.source, beside.draft)] : [];
}

/** The opposite of the claim in one passage: an order or a figure's direction turned round, or an antonym. */
function oppositeIn(claim: Claim, claimWords: Word[], best: Alignment): Finding | undefined {
  if (outweighed(claim, best)) return undefined;
  const source = claim.corpus.sentence(best.ref);
  // An order turned round escapes the verifier, which reads the same words either way.
  const order = reversedOrder(claim.sentence, source) ?? reversedDirection(claim.sentence, source);
  if (order) return finding(claim, best, order.source.norm, order.claim.norm);
  // The verifier's "yes" settles it, unless the passage states in its own sentence all the claim says but the word
  // whose opposite it has: "runs a bakery on the western bank of the river" against "… on the eastern bank of the river".
  const supported = supports(claim, best);
  // Not in a claim that denies something itself: "denied that vans would be banned" is no plain "banned".
  const plain = !deniesAnything(claim.sentence);
  // A word of a date ("akhir Februari" against "awal Februari") is the date check's.
  const inDate = (c: Word) => claim.sentence.dates.some(d => c.start >= d.start && c.end <= d.end);
  const allBut = (c: Word) => plain && !inDate(c) && claim.terms.every((t, i) => (t.start >= c.start && t.end <= c.end) || (best.credit[i] ?? 0) >= IN_SENTENCE);
  if (supported && !claimWords.some(allBut)) return undefined;
  // A word of a name ("Air Tawar Timur", "Sumatera Barat") is no predicate to turn round.
  const inName = (x: SentenceFacts, w: Word) => x.names.some(n => w.start >= n.start && w.end <= n.end);
  const sourceWords = contentWords(source).filter(w => !inName(source, w));
  const claimStems = new Set(claimWords.map(w => w.stem));
  // A passage's verb that denies the act after it ("gagal membantu") is that act's negation, not a predicate of its
  // own: it turns round the act it governs (polarityFlip), not "tiba" in "bantuan … baru tiba pada awal Juli". The
  // claim's ("berhenti membeli") is its own predicate, against the passage's "meningkatkan pembelian".
  const denying = (x: SentenceFacts, w: Word) => deniesNext(x.tokens, w.token);
  for (const c of claimWords) {
    if (inName(claim.sentence, c) || sourceWords.some(s => s.stem === c.stem) || (supported && !allBut(c))) continue;
    // "denied that delivery vans would be banned" says they would not be: against "would still be allowed" no opposite.
    const cNeg = negated(claim.sentence.tokens, c) !== underDenial(claim.sentence, c);
    const opposite = sourceWords.find(s => !claimStems.has(s.stem) && !denying(source, s) && areOpposed(senseIn(claim.sentence.tokens, c), senseIn(source.tokens, s)) && (negated(source.tokens, s) !== underDenial(source, s)) === cNeg);
    // A claim that states both ends ("dimulai pukul 09.00 … selesai … pukul 12.30") is not turned round by a passage
    // that states one of them ("Aksi berakhir …").
    const bothEnds = () => claimWords.some(o => o !== c && areOpposed(o.stem, c.stem));
    if (opposite && !besideIt(claim, best, c, cNeg) && !bothEnds()) return finding(claim, best, phrase(source, opposite), phrase(claim.sentence, c));
  }
  return undefined;
}

/** Whether a denying verb ("denied that", "membantah bahwa") governs the word, earlier in its clause. */
function underDenial(s: SentenceFacts, w: Word): boolean {
  for (let i = w.token - 1; i >= 0; i--) {
    const t = s.tokens[i];
    if (t.text === ',' || t.text === ';') return false;
    if (denialAt(s.tokens, i)) return !isNegatedAt(s, i);
  }
  return false;
}

/**
 * Whether a sentence next to the passage answers it with the claim's own word, with its polarity: "Some traders had
 * claimed that the council planned to ban delivery vans. Councillor Maya Fenwick … denied this": the story tells both
 * sides, and "Fenwick denied that delivery vans would be banned" takes the one it gives her.
 */
function besideIt(claim: Claim, a: Alignment, c: Word, cNeg: boolean): boolean {
  const doc = claim.corpus.docs[a.ref.doc].facts.sentences;
  return [doc[a.ref.sentence - 1], doc[a.ref.sentence + 1]].some(x => !!x &&
    contentWords(x).some(w => (w.stem === c.stem || areSynonyms(w.stem, c.stem)) && negated(x.tokens, w) === cNeg && ofThis(x, w)));
}

/** A word as its sentence writes it, with the negation that governs it ("tidak memberikan"). */
function phrase(s: SentenceFacts, w: Word): string {
  const span = negatedSpan(s.tokens, w);
  // A denied complement reads from its denial: "bukan merupakan angkutan", not "angkutan".
  if (span.start === w.start) span.start = complementDenialStart(s, w) ?? span.start;
  // A phrasal verb reads with its particle: "turned down".
  const particle = senseIn(s.tokens, w) !== senseStem(w.norm, w.stem) ? s.tokens[w.token + 1] : undefined;
  return s.text.slice(span.start - s.start, (particle?.end ?? span.end) - s.start);
}

/** The finding that the passage says the opposite: the two wordings side by side, then the passage. */
function finding(claim: Claim, evidence: Alignment, source: string, draft: string): Finding {
  const passage = claim.corpus.sentence(evidence.ref);
  return {
    start: claim.sentence.start, end: claim.sentence.end, code: 'contradiction',
    message: say(readerLang(claim), 'opposite', { source, draft, label: claim.corpus.docs[evidence.ref.doc].label, passage: excerpt(passage.text, 160) }),
    evidence: [evidenceSentence(claim.corpus, evidence)], fixes: [],
  };
}
