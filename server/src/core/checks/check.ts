import { checkPossibleAsDone } from './possible-as-done';
import { Corpus } from '../index/corpus';
import { Lang, Span } from '../types';
import { AnalysisContext, analysisSteps, DocFacts, collectVocabularyByLine, quotesTouching, SentenceFacts, TextFormat, Word } from '../facts/analyze';
import { Alignment, claimTerms } from '../index/support';
import { bestEvidence } from '../index/best-evidence';
import { marksOf } from '../index/claim-marks';
import { framesEvent } from '../facts/event-framing';
import { SentenceFactsMemo } from '../facts/sentence-facts-memo';
import { CancellationToken, runSteps, throwIfCancelled } from '../cancellation';
import { Claim, CheckCode, CheckOptions, CoreDiagnostic, EvidenceRef, Finding, CHECK_CODES, Severity, evidenceSentence } from './types';
import { checkQuotes } from './quote-check';
import { quotedSource, saysOnlyVerbatimQuotes } from './quoted-backing';
import { checkEntities, vouchedNames } from './entity-check';
import { checkEntitySwap } from './entity-swap';
import { checkMovedPlace } from './moved-place';
import { checkRelation } from './relation-check';
import { checkStatedAct } from './stated-act-check';
import { checkPersonAct } from './person-act';
import { checkAskedAct } from './asked-act';
import { checkRoleSwap } from './role-swap-check';
import { checkSlotSwap } from './slot-swap';
import { checkPartySwap } from './party-swap';
import { checkActByAnother } from './act-by-another';
import { checkUnnamedAgent } from './unnamed-agent';
import { checkRoleForSpeaker } from './role-for-speaker';
import { checkNumbers } from './number-check';
import { checkDates } from './date-check';
import { checkClockTimes } from './clock-check';
import { checkMultipliers } from './multiplier-check';
import { checkSupport, supportingPassage } from './support-check';
import { joinedStatements } from './joined-statements';
import { checkContradiction } from './contradiction-check';
import { applyDisableComments } from './disable-comments';
import { severityOf } from './weak-support';
import { MESSAGE_LANGUAGES, readerLanguage } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { sentenceSide, supportFeatures } from '../verifier/features';
import { supportProbability, DEFAULT_SUPPORT_THRESHOLD } from '../verifier/model';

// A draft, sentence by sentence, against the corpus. Specific checks run first; a sentence that none of them
// explains and that no passage covers well enough is reported as unsupported. One finding per problem, never
// a general "unsupported" on top of a precise one.

export const DEFAULT_SEVERITY: Record<CheckCode, Severity> = {
  'unsupported-claim': 'warning',
  'unknown-entity': 'warning',
  'number-mismatch': 'error',
  'date-mismatch': 'error',
  'quote-not-found': 'error',
  'quote-mismatch': 'error',
  'misattributed-quote': 'error',
  'contradiction': 'error',
};

/**
 * Below the support threshold, down to this probability, an unsupported sentence is weakly so (checks/weak-support.ts).
 * Chosen on the tune part of WiCE dev by `node out/server/src/tools/wice.js` (the best balanced accuracy
 * there); the dev claims and the own sets score the same from 0.2 to 0.3.
 */
export const DEFAULT_WEAK_SUPPORT_THRESHOLD = 0.25;

export const DEFAULT_OPTIONS: CheckOptions = {
  supportThreshold: DEFAULT_SUPPORT_THRESHOLD, weakSupportThreshold: DEFAULT_WEAK_SUPPORT_THRESHOLD, weakSupportSeverity: 'information',
  severity: { ...DEFAULT_SEVERITY }, knownNames: [], messageLanguage: 'auto',
};

/** Checks, in the order their findings take precedence. */
const SPECIFIC_CHECKS: Array<(c: Claim) => Finding[]> = [checkQuotes, checkEntities, checkEntitySwap, checkMovedPlace, checkNumbers, checkDates, checkClockTimes, checkMultipliers, checkContradiction, checkPossibleAsDone, checkRoleSwap, checkSlotSwap, checkActByAnother, checkUnnamedAgent, checkRelation, checkStatedAct, checkAskedAct, checkPartySwap, checkRoleForSpeaker];

/**
 * Sentences with fewer content words than this are headings or fragments, not claims. A verb that only says an event
 * happened ("The festival took place on 10 and 11 August") is no word a passage must have, but it makes a claim.
 */
const MIN_TERMS = 2;

function framesAnEvent(s: SentenceFacts): boolean {
  return s.words.some(w => framesEvent(s.tokens, w.token));
}

/**
 * Analyses a draft with the corpus's vocabulary plus the draft's own, so stems and names agree with the index. A
 * memo (kept per draft and per corpus by the caller) makes re-analysis after an edit cost the sentences that changed.
 */
export function analyzeDraft(corpus: Corpus, text: string, format: TextFormat, token?: CancellationToken, memo?: SentenceFactsMemo<SentenceFacts>): DocFacts {
  return runSteps(draftAnalysisSteps(corpus, text, format, token, memo));
}

/** `analyzeDraft` in steps, one per sentence analysed afresh (analyze.ts `analysisSteps`). */
export function draftAnalysisSteps(corpus: Corpus, text: string, format: TextFormat, token?: CancellationToken, memo?: SentenceFactsMemo<SentenceFacts>): Generator<void, DocFacts> {
  const lower = new Set<string>(), midCap = new Set<string>();
  collectVocabularyByLine(text, lower, midCap);
  // The draft's words over the corpus's, read through: copying the corpus's vocabulary would cost its size per edit.
  const ctx: AnalysisContext = {
    lowerVocab: { has: w => lower.has(w) || corpus.ctx.lowerVocab.has(w) },
    midCapVocab: { has: w => midCap.has(w) || corpus.ctx.midCapVocab.has(w) },
    toolsFor: lang => corpus.ctx.toolsFor(lang),
  };
  return analysisSteps(text, { format, keepHeadings: false, keepNotes: false, paragraphLanguage: true, unclearLang: languageOf(corpus), memo }, ctx, token);
}

/**
 * Whether a draft is analysed against one corpus as against another: the analysis reads only the corpus's context
 * (its vocabularies) and language, which an update under the same vocabularies keeps (a working set that grew).
 */
export function analysedAlike(a: Corpus, b: Corpus): boolean {
  return a === b || (a.ctx === b.ctx && languageOf(a) === languageOf(b));
}

const corpusLanguages = new WeakMap<Corpus, Lang>();

/** The language most of a corpus's documents are in (Indonesian on a tie); undefined for an empty corpus. */
function languageOf(corpus: Corpus): Lang | undefined {
  if (!corpus.docs.length) return undefined;
  let lang = corpusLanguages.get(corpus);
  if (!lang) {
    const english = corpus.store.stored.docs.reduce((n, d) => n + (d.lang === 'en' ? 1 : 0), 0);
    lang = english * 2 > corpus.docs.length ? 'en' : 'id';
    corpusLanguages.set(corpus, lang);
  }
  return lang;
}

function resolverFor(corpus: Corpus, s: SentenceFacts): (w: Word) => Entity | undefined {
  return w => {
    const name = s.names.find(n => w.start >= n.start && w.end <= n.end);
    return name ? corpus.registry.resolve(name) : undefined;
  };
}

export function checkSentence(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts, options: CheckOptions): Finding[] {
  return checkSentenceReport(corpus, draft, sentence, options).findings;
}

/** What checking one sentence found out. */
export interface SentenceReport {
  /** Whether it is a claim at all (a heading or a fragment is not): what coverage counts. */
  claim: boolean;
  findings: Finding[];
  /** For a claim with no finding, the source sentence that backs it (what the writer sees and cites). */
  support?: EvidenceRef;
}

export function checkSentenceReport(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts, options: CheckOptions): SentenceReport {
  return runSteps(sentenceReportSteps(corpus, draft, sentence, options));
}

/**
 * `checkSentenceReport` in steps: it stops after finding the candidate passages and after each specific check, so
 * an editor can answer a hover between them (a sentence's check takes 3-8 ms at 10 MB of sources, most of it in
 * a few of those steps).
 */
export function* sentenceReportSteps(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts, options: CheckOptions): Generator<void, SentenceReport> {
  const terms = claimTerms(corpus, sentence, resolverFor(corpus, sentence), vouchedNames(sentence, options.knownNames), sentence.lang ?? draft.lang);
  const hasQuote = quotesTouching(draft, sentence).some(q => q.start >= sentence.start);
  if (terms.length < MIN_TERMS && !hasQuote && !(terms.length === MIN_TERMS - 1 && framesAnEvent(sentence))) return { claim: false, findings: [] };
  const evidence = bestEvidence(corpus, terms, undefined, marksOf(sentence));
  const support = supportOf(corpus, sentence, terms);
  yield;
  // The verdict (every passage scored) is worked out only if a check asks for it.
  let verdict: Claim['verdict'] | undefined;
  const claim: Claim = {
    corpus, draft, sentence, terms, evidence, support, options,
    get verdict() { return (verdict ??= verdictOf(evidence, support)); },
  };
  // Two checks may see one problem ("duta besar untuk Finlandia" is a wrong role and a swapped place): the
  // first finding of a code over a stretch of text stands for it.
  const found: Finding[] = [];
  for (const check of SPECIFIC_CHECKS) {
    found.push(...check(claim));
    yield;
  }
  const specific = found.filter((f, i, all) => !all.slice(0, i).some(g => g.code === f.code && g.start < f.end && f.start < g.end));
  // Two statements joined in one sentence, each said by the sources in a sentence of its own: a figure or date of one
  // is no mismatch with the passage of the other.
  if (specific.length && !specific.every(f => FIGURE_CODES.has(f.code))) return { claim: true, findings: specific };
  if (!specific.length && saysOnlyVerbatimQuotes(claim)) {
    const backing = quotedSource(claim);
    return { claim: true, findings: [], ...(backing ? { support: backing } : {}) };
  }
  // An act the story says only of others is read last, of a claim nothing else flags (person-act.ts).
  const findings = specific.length ? specific : orElse(checkSupport(claim), () => checkPersonAct(claim));
  const parts = findings.length ? statementsChecked(corpus, draft, sentence, options) : undefined;
  if (parts?.passed) return { claim: true, findings: [], ...(parts.support ? { support: parts.support } : {}) };
  // One statement passes and the other not: a figure of the one that passes is no mismatch.
  const owned = parts?.failing ? findings.filter(f => !FIGURE_CODES.has(f.code) || (f.start < parts.failing!.end && f.end > parts.failing!.start)) : findings;
  if (owned.length) return { claim: true, findings: owned };
  // The passage that settled the support check: scored already, so naming it costs nothing more.
  const passage = findings.length ? undefined : supportingPassage(claim);
  return passage ? { claim: true, findings, support: quotedSource(claim) ?? evidenceSentence(corpus, passage) } : { claim: true, findings };
}

const orElse = (found: Finding[], next: () => Finding[]): Finding[] => (found.length ? found : next());

/** Findings about a figure or a date, which a sentence joining two statements may owe to the other statement's passage. */
const FIGURE_CODES: ReadonlySet<string> = new Set(['number-mismatch', 'date-mismatch']);

/**
 * The two statements a sentence joins (joined-statements.ts), each checked as a sentence of its own: whether both
 * pass (then the passage that backs the first), or where the one that alone fails stands in the sentence.
 */
function statementsChecked(corpus: Corpus, draft: DocFacts, sentence: SentenceFacts, options: CheckOptions): { passed: boolean; support?: EvidenceRef; failing?: Span } | undefined {
  const joined = joinedStatements(draft, sentence);
  if (!joined) return undefined;
  const passes = joined.texts.map(text => {
    const part = analyzeDraft(corpus, text, 'plaintext');
    const reports = part.sentences.map(s => checkSentenceReport(corpus, part, s, options));
    return { ok: reports.length === 1 && reports[0].claim && !reports[0].findings.length, support: reports[0]?.support };
  });
  if (passes.every(p => p.ok)) return { passed: true, support: passes[0].support };
  const failing = passes.filter(p => !p.ok).length === 1 ? joined.spans[passes.findIndex(p => !p.ok)] : undefined;
  return { passed: false, failing };
}

/**
 * The learned verifier's probability that a passage supports the sentence. The verdict and the contradiction check
 * ask about the same passages, so each answer is kept for the one claim (never beyond it).
 */
function supportOf(corpus: Corpus, sentence: SentenceFacts, terms: Claim['terms']): (a: Alignment) => number {
  const side = sentenceSide(sentence);
  const known = new Map<Alignment, number>();
  return a => {
    let p = known.get(a);
    if (p === undefined) { p = supportProbability(supportFeatures(corpus, sentence, terms, a, side)); known.set(a, p); }
    return p;
  };
}

/** The learned verifier over the candidate passages: the best support probability wins. */
function verdictOf(evidence: Claim['evidence'], support: (a: Alignment) => number): Claim['verdict'] {
  let best: Claim['verdict'] = { probability: 0 };
  for (const a of evidence) {
    const p = support(a);
    if (p > best.probability) best = { probability: p, alignment: a };
  }
  return best;
}

export function checkDraft(corpus: Corpus, text: string, format: TextFormat, options: CheckOptions = DEFAULT_OPTIONS, token?: CancellationToken): CoreDiagnostic[] {
  if (corpus.docs.length === 0) return [];
  const draft = analyzeDraft(corpus, text, format, token);
  const out: CoreDiagnostic[] = [];
  for (const sentence of draft.sentences) {
    throwIfCancelled(token);
    for (const f of checkSentence(corpus, draft, sentence, options)) {
      const severity = severityOf(f, options, DEFAULT_SEVERITY);
      if (severity !== 'off') out.push({ ...f, severity });
    }
  }
  return applyDisableComments(text, out, readerLanguage(options.messageLanguage, draft.lang));
}

const SEVERITY_VALUES = ['error', 'warning', 'information', 'hint', 'off'] as const;

/** Turns loosely typed settings into options, falling back to defaults for anything missing or invalid. */
export function toCheckOptions(raw: unknown): CheckOptions {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  // Only a real number counts: Number(null), Number('') and Number([]) are 0 and Number(true) is 1, which would
  // silently turn the check off or flag everything.
  const t = typeof r.supportThreshold === 'number' ? r.supportThreshold : NaN;
  const weak = typeof r.weakSupportThreshold === 'number' ? r.weakSupportThreshold : NaN;
  const weakSeverity = SEVERITY_VALUES.find(v => v === r.weakSupportSeverity) ?? DEFAULT_OPTIONS.weakSupportSeverity;
  const sev = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  const severity = { ...DEFAULT_SEVERITY } as CheckOptions['severity'];
  for (const code of CHECK_CODES) {
    const v = sev[code];
    const known = SEVERITY_VALUES.find(s => s === v);
    if (known) severity[code] = known;
  }
  // Names are kept as written (trimmed); the entity check folds them the way it folds the draft's names.
  const knownNames = Array.isArray(r.knownNames) ? r.knownNames.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map(n => n.trim()) : [];
  const messageLanguage = MESSAGE_LANGUAGES.find(l => l === r.messageLanguage) ?? DEFAULT_OPTIONS.messageLanguage;
  return {
    supportThreshold: Number.isFinite(t) && t >= 0 && t <= 1 ? t : DEFAULT_OPTIONS.supportThreshold,
    weakSupportThreshold: Number.isFinite(weak) && weak >= 0 && weak <= 1 ? weak : DEFAULT_OPTIONS.weakSupportThreshold,
    weakSupportSeverity: weakSeverity, severity, knownNames, messageLanguage,
  };
}
