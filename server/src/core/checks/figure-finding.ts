import { Claim, Finding, evidenceAt, evidenceSentence, excerpt, readerLang } from './types';
import { Span } from '../types';
import { say } from '../messages/catalogue';
import { SentenceFacts } from '../facts/analyze';
import { Alignment, alignmentAt } from '../index/support';
import { literally } from '../index/align';
import { ALIGNED, DOC_REACH } from './date-passages';

// Where a claim's figure may stand and still be the sources' own, and the finding a figure the sources give
// otherwise makes: shared by the number check (number-check.ts) and the date check (date-check.ts).

/**
 * The claim as the figure checks read it: each passage aligned by the claim's own words (and listed synonyms), best
 * first. A passage that says some of the claim's words otherwise (index/support.ts) may well give a figure of another
 * thing: "the strike had lasted twelve days" against "after two days of talks", "selected in 2018" against "the
 * registry began in 1988".
 */
export function byOwnWords(claim: Claim): Claim {
  if (!claim.evidence.some(a => a.literal)) return claim;
  // Both the number and the date check ask it of the same claim: made once.
  let own = ownWords.get(claim);
  if (!own) ownWords.set(claim, own = { ...claim, evidence: claim.evidence.map(literally).sort((x, y) => y.coverage - x.coverage) });
  return own;
}
const ownWords = new WeakMap<Claim, Claim>();

/**
 * The sentences where the claim's figure may stand and still be the sources' own: every aligned passage with its
 * neighbours, and the best passage's document around it. A figure is often given once ("Sapp, 42, was charged")
 * and left out of the sentence that best matches the rest of the claim; only a figure absent from all of these is
 * a mismatch. Only the aligned passages and one document's stretch are read, never the whole corpus.
 */
export function context(claim: Claim, best: Alignment): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  const around = (a: Alignment, reach: number) => {
    const ss = claim.corpus.docs[a.ref.doc].facts.sentences;
    out.push(...ss.slice(Math.max(0, a.ref.sentence - reach), a.ref.sentence + reach + 1));
  };
  around(best, DOC_REACH);
  for (const a of claim.evidence) if (a !== best && a.coverage >= ALIGNED) around(a, 1);
  return out;
}

/** The alignment of a source sentence of the best passage's story or of another candidate's, for a finding's evidence. */
export function alignmentOf(claim: Claim, s: SentenceFacts): Alignment | undefined {
  const docs = [...new Set(claim.evidence.map(a => a.ref.doc))];
  const doc = docs.find(d => claim.corpus.docs[d].facts.sentences[s.index] === s);
  return doc === undefined ? undefined : alignmentAt(doc, s.index);
}

/** A figure of the draft that the passage gives otherwise: the source's figure as evidence and as the fix. */
export function mismatch(claim: Claim, best: Alignment, code: 'number-mismatch' | 'date-mismatch', draft: Span & { text: string },
  source: Span & { text: string }, replacement = source.text): Finding {
  const lang = readerLang(claim);
  return {
    start: draft.start, end: draft.end, code,
    message: say(lang, 'differs', { source: source.text, draft: draft.text, label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(claim.corpus.sentence(best.ref).text, 160) }),
    evidence: [evidenceAt(claim.corpus, best.ref.doc, source.start, source.end), evidenceSentence(claim.corpus, best)],
    fixes: [{ title: say(lang, 'fix.replace', { text: replacement }), start: draft.start, end: draft.end, newText: replacement }],
  };
}

/** Figures of a claim held against one source figure, from which the passage is taken to count something else. */
const SHARED_RIVAL = 3;

/**
 * The findings of a claim's figures without those that hold three or more of its figures against one figure of a
 * source: "12 truk tangki, masing-masing bermuatan 5.000 liter, untuk melayani 24 titik" all against "sekitar 1,6 juta
 * liter air bersih" says the passage counts something else, not that each is wrong. Two may well be: "nomor urut 3
 * … meraih 421 suara" against a count of votes.
 */
export function oneFigureEach(findings: Finding[]): Finding[] {
  const key = (f: Finding) => { const e = f.evidence[0]; return e ? `${e.doc}:${e.start}:${e.end}` : ''; };
  const counts = new Map<string, number>();
  for (const f of findings) if (f.code === 'number-mismatch') counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return findings.filter(f => f.code !== 'number-mismatch' || (counts.get(key(f)) ?? 0) < SHARED_RIVAL);
}

/** A kind of figure a sentence gives that the figure numbers do not read (times of day, factors said by a verb). */
export interface FigureKind<F extends Span & { text: string }> {
  read(s: SentenceFacts): F[];
  same(a: F, b: F): boolean;
  code: 'number-mismatch' | 'date-mismatch';
  /** The passage to hold the claim's figures to; by default the best one by the claim's own words, if aligned. */
  passage?(claim: Claim, own: readonly F[]): Alignment | undefined;
}

/**
 * The claim's figures of one kind against the passage that otherwise supports the sentence: a figure that any
 * sentence near the passage gives is the sources' own; only where the passage itself gives another of the kind, and
 * none near gives the claim's, is it a mismatch (clock-check.ts, multiplier-check.ts).
 */
export function figureKindMismatches<F extends Span & { text: string }>(given: Claim, kind: FigureKind<F>): Finding[] {
  const own = kind.read(given.sentence);
  if (!own.length) return [];
  const claim = byOwnWords(given);
  const first = claim.evidence[0];
  const best = kind.passage ? kind.passage(claim, own) : first && first.coverage >= ALIGNED ? first : undefined;
  if (!best) return [];
  const source = kind.read(claim.corpus.sentence(best.ref));
  if (!source.length) return [];
  const nearby = context(claim, best).flatMap(s => kind.read(s));
  // A passage whose every figure of the kind is another of the claim's ("dimulai pukul 09.00 … selesai … pukul 12.30"
  // against "Aksi berakhir damai sekitar pukul 12.30 WIB") gives the claim's other figure, and nothing against this one.
  const accounted = (f: F) => source.every(n => own.some(g => g !== f && kind.same(n, g)));
  return own.flatMap(f => (nearby.some(n => kind.same(n, f)) || accounted(f) ? [] : [mismatch(claim, best, kind.code, f, source[0])]));
}

/** Coverage of a passage that holds every figure of the claim, for it to be the claim's passage however it is worded. */
const FIGURES_PASSAGE = 0.3;

/**
 * Figures a claim must have for a passage holding them all to be its own: two figures often stand together by chance
 * ("Tujuh tim … putaran pertama" against a sentence with seven of something and a first of another).
 */
const MIN_FIGURES_TOGETHER = 3;

/**
 * Whether a passage found for the claim gives every one of its figures (three or more) in its own sentence: "peringkat
 * ke-16 klasemen dengan enam poin dari delapan pertandingan" is "posisi ke-16 … dengan enam poin dari delapan laga",
 * however much closer in words another club's "posisi ketiga klasemen sementara dengan 15 poin" stands.
 */
export function figuresTogether(claim: Claim): boolean {
  // An ordinal in words says which, not how many ("tujuh pertandingan pertama musim ini"): the other figures decide.
  // One in digits ("peringkat ke-16") is a figure the passage gives.
  const wanted = claim.sentence.quantities.filter(q => q.kind !== 'ordinal' || /\d/.test(q.text));
  if (wanted.length < MIN_FIGURES_TOGETHER) return false;
  return claim.evidence.some(a => {
    if (a.coverage < FIGURES_PASSAGE) return false;
    const theirs = claim.corpus.sentence(a.ref).quantities;
    return wanted.every(q => theirs.some(n => n.kind === q.kind && n.value === q.value));
  });
}
