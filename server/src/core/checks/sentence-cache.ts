import { Corpus } from '../index/corpus';
import { DocFacts, SentenceFacts, quotesTouching, sentenceAt } from '../facts/analyze';
import { DEFAULT_SEVERITY, sentenceReportSteps } from './check';
import { Lang, Span } from '../types';
import { CheckOptions, CoreDiagnostic, EvidenceRef, Finding, SupportedClaim } from './types';
import { CancellationToken, runSteps, runStepsBetween, Slices, throwIfCancelled } from '../cancellation';
import { applyDisableComments } from './disable-comments';
import { originOf } from '../facts/sentence-facts-memo';
import { severityOf } from './weak-support';
import { readerLanguage, say } from '../messages/catalogue';
import { ReadLog, readingInto } from '../index/read-log';

// Checks that cost what changed. A sentence's findings depend only on the corpus, the options, the sentence's
// own facts, the quotes that overlap it (with their speakers) and the draft's language, so they are cached under
// a key made of exactly those, with every offset taken relative to the sentence. A one-character edit then
// re-checks the one sentence it touched; moving a paragraph re-checks nothing. A check that starts reading
// anything else of the draft must add it to `sentenceKey`.
//
// Checking is cut into slices: between sentences the caller's `pause` lets other requests (hover, definition)
// run, and a cancelled token stops the work, so a stale check never delays a fresh one.

const OFFSET_KEYS = new Set(['start', 'end', 'open', 'close']);
/** Entries kept per corpus; far more than the sentences of any open drafts, small next to the corpus. */
const MAX_ENTRIES = 50_000;
/**
 * Work done between two pauses, in milliseconds. A sentence's check is cut between its steps (check.ts
 * `sentenceReportSteps`), the longest of which take a few milliseconds at 10 MB of sources. A pause costs a turn
 * of the event loop.
 */
const SLICE_MS = 2;

export interface SliceOptions {
  token?: CancellationToken;
  /** Gives other work a turn (e.g. `() => new Promise(r => setImmediate(r))`). */
  pause?: () => Promise<void>;
}

/** A checked draft: its findings, the stretches of it that are claims (what coverage counts), and those the sources back. */
export interface DraftReport {
  diagnostics: CoreDiagnostic[];
  claims: Span[];
  supported: SupportedClaim[];
  /** Sentences this report checked, rather than read from the cache. */
  checkedAnew: number;
}

/**
 * A sentence's check, offsets relative to the sentence (the evidence's are the source's own); against a corpus drawn
 * from a larger whole, with what it read of the corpus, so that it can be carried over when the corpus grows.
 */
interface Entry { claim: boolean; findings: Finding[]; support?: EvidenceRef; reads?: ReadLog }

export class SentenceCheckCache {
  /** By the options' key, then the sentence's (two maps, so a lookup hashes the sentence's key string as kept). */
  private entries = new Map<string, Map<string, Entry>>();
  private size = 0;
  hits = 0;
  misses = 0;
  /** Results taken over from the cache of the corpus this one grew from. */
  carried = 0;
  /**
   * The results of the corpus this one grew from, and where each of its documents stands here (Corpus.grownFrom);
   * not that corpus itself, which can go.
   */
  private earlier?: { entries: Map<string, Map<string, Entry>>; docAt: Int32Array };

  constructor(readonly corpus: Corpus) {}

  /**
   * The cache for `corpus` after `before`'s corpus, when `corpus` is that one grown (an archive's working set that
   * drew more documents), a sentence checked before keeps its result if every read of its check answers the same
   * here (read-log.ts), taken over when first asked for. Only the latest step is followed: `before` lets go of its
   * own predecessor. Undefined when `corpus` is not `before`'s grown.
   */
  static following(before: SentenceCheckCache, corpus: Corpus): SentenceCheckCache | undefined {
    const docAt = corpus.grownFrom(before.corpus);
    if (!docAt) return undefined;
    const cache = new SentenceCheckCache(corpus);
    cache.earlier = { entries: before.entries, docAt };
    before.earlier = undefined;
    return cache;
  }

  /** A sentence's result: this corpus's own, else one carried over from the corpus it grew from. */
  private entryFor(optionsKey: string, key: string): Entry | undefined {
    return runSteps(this.entrySteps(optionsKey, key));
  }

  /** `entryFor` in steps, a read asked again at a time (the check runs them between its slices). */
  private *entrySteps(optionsKey: string, key: string): Generator<void, Entry | undefined> {
    const own = this.entries.get(optionsKey)?.get(key);
    if (own || !this.earlier) return own;
    const { entries, docAt } = this.earlier;
    const before = entries.get(optionsKey);
    const old = before?.get(key);
    if (!old) return undefined;
    const holds = !!old.reads && (yield* old.reads.holdsOnSteps(this.corpus));
    // Asked once (a check cancelled meanwhile asks again): a result that no longer holds is checked again and kept here.
    before!.delete(key);
    if (!holds) return undefined;
    const moved = movedTo(old, docAt);
    this.keep(optionsKey, key, moved);
    this.carried++;
    return moved;
  }

  private keep(optionsKey: string, key: string, entry: Entry): void {
    if (this.size >= MAX_ENTRIES) { this.entries.clear(); this.size = 0; }
    let forOptions = this.entries.get(optionsKey);
    if (!forOptions) { forOptions = new Map(); this.entries.set(optionsKey, forOptions); }
    forOptions.set(key, entry);
    this.size++;
  }

  /** The findings of every sentence of an analysed draft, with severities applied, in document order. */
  async check(draft: DocFacts, options: CheckOptions, slice: SliceOptions = {}): Promise<CoreDiagnostic[]> {
    return (await this.report(draft, options, slice)).diagnostics;
  }

  /** The findings, as `check` gives them, and the sentences that are claims. */
  async report(draft: DocFacts, options: CheckOptions, slice: SliceOptions = {}): Promise<DraftReport> {
    const out: CoreDiagnostic[] = [], claims: Span[] = [], supported: SupportedClaim[] = [];
    if (this.corpus.docs.length === 0) return { diagnostics: out, claims, supported, checkedAnew: 0 };
    let checkedAnew = 0;
    const optionsKey = keyOfOptions(options);
    // A turn of its own first: the draft's analysis, which a check follows at once, may just have used this one.
    if (slice.pause) await slice.pause();
    const slices = new Slices(SLICE_MS, slice.pause, slice.token);
    for (const sentence of draft.sentences) {
      throwIfCancelled(slice.token);
      await slices.next();
      const key = sentenceKey(draft, sentence, quotesTouching(draft, sentence));
      let found = await runStepsBetween(this.entrySteps(optionsKey, key), () => slices.next());
      if (found) this.hits++;
      else {
        this.misses++;
        checkedAnew++;
        // A corpus drawn from a larger whole may grow under this result: note what the check reads.
        const reads = this.corpus.drawn ? new ReadLog() : undefined;
        const steps = sentenceReportSteps(this.corpus, draft, sentence, options);
        const checked = await runStepsBetween(reads ? readingSteps(this.corpus, reads, steps) : steps, () => slices.next());
        found = { claim: checked.claim, findings: checked.findings.map(f => rebase(f, -sentence.start)), ...(checked.support ? { support: checked.support } : {}), ...(reads ? { reads } : {}) };
        this.keep(optionsKey, key, found);
      }
      if (found.claim) claims.push({ start: sentence.start, end: sentence.end });
      if (found.support) supported.push({ start: sentence.start, end: sentence.end, evidence: found.support });
      for (const f of found.findings) {
        const severity = severityOf(f, options, DEFAULT_SEVERITY);
        if (severity !== 'off') out.push({ ...rebase(f, sentence.start), severity });
      }
    }
    // Directives are read from the whole draft after the cache: a directive added above a line silences a finding
    // without re-checking the sentence, and the editor and the CLI, which both come here, agree on what is silenced.
    return { diagnostics: applyDisableComments(draft.text, out, readerLanguage(options.messageLanguage, draft.lang)), claims, supported, checkedAnew };
  }

  /**
   * The supported claims among a draft's sentences (those overlapping `within`, or all), read from what earlier
   * checks of these very sentences found; a sentence not checked yet (just edited) has none until its check runs.
   * Hover, the support lens and "Insert citation" come here, so they show what the diagnostics came from and
   * never check again.
   */
  supportedIn(draft: DocFacts, options: CheckOptions, within?: Span): SupportedClaim[] {
    const optionsKey = keyOfOptions(options), out: SupportedClaim[] = [];
    const from = within ? sentenceAt(draft.sentences, within.start) : 0;
    for (let i = from; i < draft.sentences.length; i++) {
      const sentence = draft.sentences[i];
      if (within && sentence.start > within.end) break;
      if (within && sentence.end < within.start) continue;
      const found = this.entryFor(optionsKey, sentenceKey(draft, sentence, quotesTouching(draft, sentence)));
      if (found?.support) out.push({ start: sentence.start, end: sentence.end, evidence: found.support });
    }
    return out;
  }
}

/**
 * The options' part of every key. Known names change what the entity check reports, the language what it says and
 * the thresholds what counts as support and what is weakly unsupported; severities are not part of it (they are applied after the cache).
 */
function keyOfOptions(options: CheckOptions): string {
  return JSON.stringify([options.supportThreshold, options.weakSupportThreshold, options.knownNames, options.messageLanguage]);
}

/** What a sentence's check reads, as a string, with offsets relative to the sentence's start. */
export function sentenceKey(draft: DocFacts, sentence: SentenceFacts, quotes: DocFacts['quotes']): string {
  const base = sentence.start;
  const relative = (key: string, value: unknown) => (OFFSET_KEYS.has(key) && typeof value === 'number' && value >= 0 ? value - base : value);
  // A speaker named in another sentence is part of the fix (its title and apposition go with it): that
  // sentence's words join the key.
  const speakerSentences = quotes.map(q => q.attribution.speaker).filter(n => n && (n.start < sentence.start || n.end > sentence.end))
    .map(n => draft.sentences[sentenceAt(draft.sentences, n!.start)]?.text ?? '');
  if (!quotes.length && !speakerSentences.length) return plainKey(draft.lang, sentence);
  const around = JSON.stringify([quotes.map(q => ({ ...q, sentence: q.sentence - sentence.index })), speakerSentences], relative);
  return `${draft.lang}\u0000${factsKey(sentence)}\u0000${around}`;
}

/** The key of a sentence no quote touches, kept whole: built again, a key is a new string of kilobytes to hash. */
const plainKeys = new WeakMap<object, { lang: string; key: string }>();
function plainKey(lang: string, sentence: SentenceFacts): string {
  const origin = originOf(sentence), kept = plainKeys.get(origin);
  if (kept?.lang === lang) return kept.key;
  const key = `${lang}\u0000${factsKey(sentence)}\u0000`;
  plainKeys.set(origin, { lang, key });
  return key;
}

/** Each sentence's facts as a string, relative to its start, by the facts as first analysed (sentence-facts-memo.ts). */
const factsKeys = new WeakMap<object, string>();

/**
 * The facts' part of a key, worked out once per analysed sentence: after an edit, the sentences after it are
 * copies moved to their new offsets, whose relative facts are those of the original (at 10 MB of sources the keys
 * of a 988-word draft took about 2 ms and 230 KB of strings per check, on every keystroke).
 */
function factsKey(sentence: SentenceFacts): string {
  const origin = originOf(sentence);
  let key = factsKeys.get(origin);
  if (key === undefined) {
    const base = origin.start;
    const { index: _index, ...facts } = origin;
    key = JSON.stringify(facts, (k, value) => (OFFSET_KEYS.has(k) && typeof value === 'number' && value >= 0 ? value - base : value));
    factsKeys.set(origin, key);
  }
  return key;
}

/** Each step of a check run with its reads noted (only the step's own: other work runs between steps). */
function* readingSteps<T>(corpus: Corpus, log: ReadLog, steps: Generator<void, T>): Generator<void, T> {
  for (;;) {
    const step = readingInto(corpus, log, () => steps.next());
    if (step.done) return step.value;
    yield;
  }
}

/** A result with its evidence pointing at where the documents stand in the grown corpus. */
function movedTo(entry: Entry, docAt: Int32Array): Entry {
  const move = (e: EvidenceRef): EvidenceRef => ({ ...e, doc: docAt[e.doc] });
  return {
    ...entry,
    findings: entry.findings.map(f => ({ ...f, evidence: f.evidence.map(move) })),
    ...(entry.support ? { support: move(entry.support) } : {}),
  };
}

function rebase(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map(x => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}

// How much of a draft the sources back, in one line a writer reads before filing: "14 of 17 claims supported ·
// 2 errors · 1 unsupported". Every claim (a sentence the checks read as one) is in one of three piles: with an
// error (a wrong figure, name or quote: the sources say otherwise), else with a warning (no source backs it), else
// supported. Information and hints (a notice, a finding turned down to a hint) count against nothing, and a
// finding silenced by a disable comment is gone before it is counted.

export interface Coverage {
  claims: number;
  supported: number;
  /** Claims with at least one error. */
  errors: number;
  /** Claims with a warning and no error. */
  unsupported: number;
}

/** How a claim stands: wrong by at least one error, else unsupported by a warning, else supported. */
export type ClaimStatus = 'supported' | 'error' | 'unsupported';

export function claimStatus(findings: readonly CoreDiagnostic[]): ClaimStatus {
  if (findings.some(f => f.severity === 'error')) return 'error';
  return findings.some(f => f.severity === 'warning') ? 'unsupported' : 'supported';
}

/**
 * Each claim's findings (those that start inside it), in claim order; a finding that starts in no claim is in none.
 * Both lists are in document order, so one pass pairs them. Coverage counts these, the Claims view lists them.
 */
export function findingsByClaim(claims: readonly Span[], diagnostics: readonly CoreDiagnostic[]): CoreDiagnostic[][] {
  const sorted = [...diagnostics].sort((a, b) => a.start - b.start);
  let k = 0;
  return claims.map(c => {
    while (k < sorted.length && sorted[k].start < c.start) k++;
    const own: CoreDiagnostic[] = [];
    for (let i = k; i < sorted.length && sorted[i].start < c.end; i++) own.push(sorted[i]);
    return own;
  });
}

export function coverageOf(claims: readonly Span[], diagnostics: readonly CoreDiagnostic[]): Coverage {
  const out: Coverage = { claims: claims.length, supported: 0, errors: 0, unsupported: 0 };
  for (const findings of findingsByClaim(claims, diagnostics)) {
    const status = claimStatus(findings);
    if (status === 'error') out.errors++;
    else if (status === 'unsupported') out.unsupported++;
    else out.supported++;
  }
  return out;
}

/** The line for a person: "14 of 17 claims supported · 2 errors · 1 unsupported", in the reader's language. */
export function describeCoverage(lang: Lang, c: Coverage): string {
  const parts = [say(lang, c.claims === 1 ? 'coverage.one' : 'coverage', { supported: c.supported, claims: c.claims })];
  if (c.errors) parts.push(say(lang, c.errors === 1 ? 'coverage.error' : 'coverage.errors', { n: c.errors }));
  if (c.unsupported) parts.push(say(lang, 'coverage.unsupported', { n: c.unsupported }));
  return parts.join(' · ');
}
