import { Claim, Finding } from './types';
import { SentenceFacts, Word, contentWords, quotesTouching } from '../facts/analyze';
import { Alignment } from '../index/support';
import { areOpposed, senseIn } from '../lexicon/antonyms';
import { reversedDirection, reversedOrder } from './reversed-order';
import { deniesNext, isNegated as negated, saidNone } from '../facts/negation';
import { comparisonOpposition } from './comparison-opposition';
import { deniedStatement, deniesAnything, ofThis } from './denied-statement';
import { assertedDenial } from './asserted-denial';
import { answeredClaim } from './answered-claim';
import { deniedBeside } from './denied-beside';
import { areSynonyms } from '../lexicon/synonyms';
import { exclusionJoined } from './exclusive-claim';
import { reactionRefused } from './no-comment';
import { modalOpposition } from './modal-opposition';
import { locativeOpposition } from './locative-opposition';
import { quantifierOpposition } from './quantifier-opposition';
import { CONTRADICTION_ALIGNED, IN_SENTENCE, ownCoverage } from './own-coverage';
import { existentials, copulas, polarityFlip } from './polarity-flip';
import { finding, outweighed, phrase, supports, underDenial } from './opposite-finding';
import { WHOLE_DENIAL_FLOOR, deniedWhole } from './denied-whole';
import { oppositeBeside } from './opposite-beside';

// Whether the source passages say the opposite of the sentence: a negation on one side only ("tidak pernah
// mengutuk" vs "mengutuk", "gagal menyerukan" vs "menyerukan") or a predicate and its antonym ("menghentikan" vs
// "memperluas").

/** How much less of the claim than the best a passage may state in its own sentence and still be read for opposites. */
const TIED_OWN = 0.05;

export function checkContradiction(claim: Claim): Finding[] {
  const candidates = claim.evidence.filter(a => a.coverage >= CONTRADICTION_ALIGNED);
  // A passage that states little of the claim may still deny all it states (denied-whole.ts): read for that alone.
  if (!candidates.length && !claim.evidence.some(a => a.coverage >= WHOLE_DENIAL_FLOOR && deniedWhole(claim, a))) return [];
  // Words inside the draft's quotes are the quote check's business: a made-up quote is not a contradiction.
  // A quote may run on past the sentence ("“Warga sebenarnya mau berhenti …. Itu yang sedang kami siapkan …”").
  const quoted = quotesTouching(claim.draft, claim.sentence).filter(q => q.start < claim.sentence.end && q.end > claim.sentence.start);
  const unquoted = (w: Word) => !quoted.some(q => w.start >= q.start && w.end <= q.end);
  // A figure is the number check's to compare: "seperempat kilo, bukan satu kilo seperti biasanya" denies no "satu"
  // of the source's "Biasanya orang beli satu kilo".
  const inFigure = (w: Word) => claim.sentence.quantities.some(q => w.start >= q.start && w.end <= q.end);
  // A thing the claim says there is none of ("tidak ditanggapi dengan tindakan apa pun") is no thing it says there is.
  const claimWords = contentWords(claim.sentence).filter(w => unquoted(w) && !inFigure(w) && !saidNone(claim.sentence.tokens, w));
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
    const found = oppositeIn(claim, claimWords, a, unquoted);
    if (found) return [found];
  }
  // The story goes on about the passage's event in the next sentences, in the claim's frame: "… berlangsung tertib".
  const after = oppositeBeside(claim, claimWords, candidates);
  if (after) return [finding(claim, after.a, phrase(after.sourceSentence, after.source), phrase(claim.sentence, after.draft))];
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
function oppositeIn(claim: Claim, claimWords: Word[], best: Alignment, unquoted: (w: Word) => boolean): Finding | undefined {
  if (outweighed(claim, best)) return undefined;
  const source = claim.corpus.sentence(best.ref);
  // An order turned round escapes the verifier, which reads the same words either way.
  const order = reversedOrder(claim.sentence, source) ?? reversedDirection(claim.sentence, source);
  // Not a word of the draft's quote: "“… sebelum datanya jelas”" is the quote check's to weigh.
  if (order && unquoted(order.claim)) return finding(claim, best, order.source.norm, order.claim.norm);
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
