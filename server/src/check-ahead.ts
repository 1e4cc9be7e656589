import { draftAnalysisSteps } from './core/checks/check';
import { CancellationToken, runStepsBetween, Slices } from './core/cancellation';
import type { Corpus } from './core/index/corpus';
import { SentenceCheckCache } from './core/checks/sentence-cache';
import type { DocFacts, SentenceFacts } from './core/facts/analyze';
import { AHEAD_MAX_BYTES, DraftSkips, recentDrafts } from './draft-prefetch';
import type { FolderCorpus } from './folders';
import type { Settings } from './settings';

// What the server checks before any draft asks, so that the first check a writer waits for is not the one that
// pays for compiling the checking code and filling the corpus's per-sentence tables.
// - Before a folder's first index is announced ready: a few of the corpus's own sentences (`warmUpText`).
// - Once it is ready, in the background: the folder's newest drafts on disk (opened, they show their findings from
//   the sentence cache), then corpus sentences until about WARM_SENTENCES were checked in all. It holds still
//   while a draft's own check runs (foreground.ts): that check must not share the processor with it.
// Measured on the seeds with a 25 KB draft whose every sentence differs from the sources, opened 1.5 s after the
// corpus was ready: its first check took 389-432 ms after the small warm-up alone, 142-197 ms after this (later
// checks of new 25 KB drafts: 90-250 ms); opened 0.1 s after ready, 334-348 ms.

/**
 * Corpus sentences checked before a first index is announced: enough to compile the common paths, quick at any size.
 * Six documents' first sixteen (not three documents' first eight): on the 10 MB benchmark, four runs alternating,
 * the first check of a draft opened at ready took 176-229 ms against 209-236 ms (each run 7-33 ms less), and the
 * index was ready in 13.0-14.3 s against 13.0-14.8 s.
 */
const WARM_UP_DOCS = 6;
const WARM_UP_PER_DOC = 16;
/** Sentences checked in the background in all (drafts on disk first): where the first check stopped getting faster. */
const WARM_SENTENCES = 200;
/** Documents the background sample spreads over. */
const SAMPLE_DOCS = 50;
/** Work between turns, so that hover and definition answer while this runs. */
const SLICE_MS = 4;

/** The sentences of the warm-up made before a first index is announced: the first ones of the first documents. */
function warmUpSentences(corpus: Corpus): string[] {
  return corpus.docs.slice(0, WARM_UP_DOCS).flatMap(d => d.facts.sentences.slice(0, WARM_UP_PER_DOC).map(s => s.text));
}

/** The text of the warm-up made before a first index is announced, a sentence a paragraph. */
export function warmUpText(corpus: Corpus): string {
  return warmUpSentences(corpus).join('\n\n');
}

/**
 * Up to `count` distinct corpus sentences the warm-up did not check, taken from the documents in turn. `between`:
 * awaited after each document is read (a corpus from the disk cache decodes each document as it is read: the 50 of
 * them at 10 MB of sources held a hover for 40 ms in one piece).
 */
export async function sampleText(corpus: Corpus, count: number, between: () => Promise<void> = async () => undefined): Promise<string> {
  const docs: Array<{ sentences: readonly SentenceFacts[]; from: number }> = [];
  for (const [i, d] of corpus.docs.slice(0, SAMPLE_DOCS).entries()) {
    docs.push({ sentences: d.facts.sentences, from: i < WARM_UP_DOCS ? WARM_UP_PER_DOC : 0 });
    await between();
  }
  // A sentence checked once is read from the cache the next time: repeated boilerplate would warm nothing.
  const taken = new Set(warmUpSentences(corpus));
  const out: string[] = [];
  for (let at = 0; out.length < count; at++) {
    let any = false;
    for (const d of docs) {
      const s = d.sentences[d.from + at];
      if (!s) continue;
      any = true;
      if (taken.has(s.text)) continue;
      taken.add(s.text);
      out.push(s.text);
      if (out.length >= count) break;
    }
    if (!any) break;
  }
  return out.join('\n\n');
}

/** What checking ahead needs of the server. */
export interface AheadChecks extends DraftSkips {
  /** Whether a draft on disk is left alone: a source, or open in the editor (checked anyway). */
  skip(uri: string): boolean;
  settingsFor(uri: string): Promise<Settings>;
  /** Between slices: gives other work a turn, and waits while a draft's own check runs. */
  pause(): Promise<void>;
  /** Checks an analysis into the folder's sentence cache (Drafts.checkAhead), pausing as `pause` does. */
  checkAhead(folder: FolderCorpus, facts: DocFacts, settings: Settings, token: CancellationToken): Promise<void>;
}

/** What a background check-ahead did: drafts on disk and sentences checked. */
export interface AheadDone { drafts: number; sentences: number }

/**
 * Checks the folder's newest drafts on disk (at most `settings.checkDraftsAhead`) and then corpus sentences, in
 * slices, until the token is cancelled. Cancelled, it stops between sentences and throws CancelledError.
 */
export async function checkFolderAhead(ctx: AheadChecks, root: string, folder: FolderCorpus, settings: Settings, token: CancellationToken): Promise<AheadDone> {
  const corpus = folder.loaded.corpus;
  const slices = new Slices(SLICE_MS, () => ctx.pause(), token);
  const analysed = (text: string, format: 'markdown' | 'plaintext') => runStepsBetween(draftAnalysisSteps(corpus, text, format), () => slices.next());
  const maxBytes = Math.min(AHEAD_MAX_BYTES, settings.maxDraftKB * 1024);
  // With a shared archive, the drafts on disk are drawn for and checked when it connects (archive-draws.ts).
  const limit = settings.archive ? 0 : settings.checkDraftsAhead;
  const drafts = limit > 0 ? await recentDrafts(root, limit, maxBytes, ctx, () => ctx.pause()) : [];
  let sentences = 0, checked = 0;
  for (const d of drafts) {
    if (ctx.skip(d.uri)) continue;
    const facts = await analysed(d.text, d.format);
    await ctx.checkAhead(folder, facts, await ctx.settingsFor(d.uri), token);
    sentences += facts.sentences.length;
    checked++;
  }
  const sample = sentences < WARM_SENTENCES ? await sampleText(corpus, WARM_SENTENCES - sentences, () => slices.next()) : '';
  if (sample) {
    const facts = await analysed(sample, 'markdown');
    await ctx.checkAhead(folder, facts, settings, token);
    sentences += facts.sentences.length;
  }
  return { drafts: checked, sentences };
}

/** Sentences of the warm-up on a corpus built apart (a shared archive's sample, archive-draws.ts). */
const APART_SENTENCES = 150;

/**
 * Checks a sample of a corpus no draft is checked against, keeping nothing: the checking code is compiled before
 * a writer's first check. How many sentences were checked; cancelled, it throws CancelledError.
 */
export async function checkApart(corpus: Corpus, settings: Settings, between: () => Promise<void>, token?: CancellationToken, given?: string): Promise<number> {
  const text = given ?? await sampleText(corpus, APART_SENTENCES, between);
  if (!text) return 0;
  const facts = await runStepsBetween(draftAnalysisSteps(corpus, text, 'markdown', token), between);
  await new SentenceCheckCache(corpus).check(facts, settings.check, { pause: between, ...(token ? { token } : {}) });
  return facts.sentences.length;
}
