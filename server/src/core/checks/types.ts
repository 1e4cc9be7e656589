import { Span } from '../types';
import { Corpus } from '../index/corpus';
import { DocFacts, SentenceFacts } from '../facts/analyze';
import { Alignment, ClaimTerm } from '../index/support';
import { Lang } from '../types';
import { MessageLanguage, readerLanguage } from '../messages/catalogue';

// What every check receives and returns. Plain data: the LSP layer and the CLI turn a CoreDiagnostic into
// their own shapes, so what the editor shows and what the CLI prints come from the same objects.

export const CHECK_CODES = [
  'unsupported-claim', 'number-mismatch', 'date-mismatch', 'unknown-entity',
  'quote-not-found', 'quote-mismatch', 'misattributed-quote', 'contradiction',
] as const;
export type CheckCode = typeof CHECK_CODES[number];
/** Codes of what Sumber says about a draft as a whole rather than about a claim; they have no severity setting. */
export const NOTICE_CODES = ['draft-too-large', 'unknown-directive', 'unknown-directive-code'] as const;
export type NoticeCode = typeof NOTICE_CODES[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface EvidenceRef {
  doc: number;
  uri: string;
  label: string;
  start: number;
  end: number;
  /** The source's words at that place. */
  text: string;
}

/** A claim the sources back (no check found anything wrong with it), with the source sentence that backs it. */
export interface SupportedClaim extends Span {
  evidence: EvidenceRef;
}

export interface Fix {
  title: string;
  start: number;
  end: number;
  newText: string;
}

export interface CoreDiagnostic extends Span {
  code: CheckCode | NoticeCode;
  severity: Severity;
  message: string;
  evidence: EvidenceRef[];
  fixes: Fix[];
  /** An unknown-entity finding about a name no source mentions: the name as written, which the writer may vouch for. */
  name?: string;
}

export interface CheckOptions {
  /** Support probability (0–1) below which the verifier calls a sentence unsupported. */
  supportThreshold: number;
  /**
   * Support probability (0–1) at or above which an unsupported sentence is only weakly so (its best passage comes
   * close): reported at `weakSupportSeverity`. At or above `supportThreshold`, every unsupported sentence is alike.
   */
  weakSupportThreshold: number;
  /** The severity of a weak finding, never above its code's own. */
  weakSupportSeverity: Severity | 'off';
  /**
   * How English claims are judged weak, if not as weak-support.ts chooses (ENGLISH_WEAK): no setting gives it; the
   * tool that chooses it on WiCE's tune part (tools/wice.ts) tries others.
   */
  englishWeak?: EnglishWeak;
  severity: Record<CheckCode, Severity | 'off'>;
  /** Names the writer vouches for (their own interviewees): their words count as known to the sources. */
  knownNames: readonly string[];
  /** The language of the messages: the draft's own ('auto') or always one. */
  messageLanguage: MessageLanguage;
}

/**
 * English claims' weak support: weak down to `share` of weakSupportThreshold, and with up to `elsewhere` of the claim's
 * weight stated elsewhere in the sources but not in its passages (checks/weak-support.ts).
 */
export interface EnglishWeak { share: number; elsewhere: number }

/** Everything a check may look at for one draft sentence. */
export interface Claim {
  corpus: Corpus;
  draft: DocFacts;
  sentence: SentenceFacts;
  terms: ClaimTerm[];
  /** Best-supporting source sentences by coverage, best first (may be empty). */
  evidence: Alignment[];
  /** The learned verifier's verdict: the highest support probability and the passage that earned it. */
  verdict: { probability: number; alignment?: Alignment };
  /** The verifier's support probability for one of the claim's passages, worked out once per passage. */
  support?: (a: Alignment) => number;
  options: CheckOptions;
}

/**
 * A finding before severity is applied. `weak`: an unsupported sentence whose best passage comes close and nothing
 * suggests a made-up claim (checks/weak-support.ts), reported at the weak severity.
 */
export type Finding = Omit<CoreDiagnostic, 'severity' | 'code'> & { code: CheckCode; weak?: boolean };

export function evidenceAt(corpus: Corpus, doc: number, start: number, end: number): EvidenceRef {
  const d = corpus.docs[doc];
  return { doc, uri: d.uri, label: d.label, start, end, text: d.text.slice(start, end) };
}

/**
 * Whether some sentence of the documents the claim aligns with, however loosely, passes the test: where a figure the
 * writer worked out or took from an earlier report is looked for (change-start.ts, worked-figures.ts).
 */
export function someSentenceOfEvidenceDocs(claim: Claim, test: (s: SentenceFacts) => boolean): boolean {
  return sentenceOfEvidenceDocs(claim, test) !== undefined;
}

/** The first sentence of the documents the claim aligns with that passes the test (someSentenceOfEvidenceDocs). */
export function sentenceOfEvidenceDocs(claim: Claim, test: (s: SentenceFacts) => boolean): SentenceFacts | undefined {
  for (const s of sentencesOfEvidenceDocs(claim)) if (test(s)) return s;
  return undefined;
}

/** Every sentence of the documents the claim aligns with, document by document, each document once. */
export function* sentencesOfEvidenceDocs(claim: Claim): Generator<SentenceFacts> {
  for (const d of new Set(claim.evidence.map(a => a.ref.doc))) yield* claim.corpus.docs[d].facts.sentences;
}

export function evidenceSentence(corpus: Corpus, a: Alignment): EvidenceRef {
  const s = corpus.sentence(a.ref);
  return evidenceAt(corpus, a.ref.doc, s.start, s.end);
}

/** The language a claim is written in: its paragraph's, in a draft that mixes languages, else the draft's. */
export function claimLang(claim: Claim): Lang {
  return claim.sentence.lang ?? claim.draft.lang;
}

/** The language a claim's findings speak: the writer's (see messages/catalogue.ts). */
export function readerLang(claim: Claim): Lang {
  return readerLanguage(claim.options.messageLanguage, claim.draft.lang);
}

/** Short form of a source passage for a message. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}
