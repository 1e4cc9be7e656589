import type { FolderCorpus } from './folders';
import { prepareDossierAsync } from './core/features/dossier-facts';
import { CancellationToken, runStepsBetween, Slices } from './core/cancellation';
import type { Corpus } from './core/index/corpus';
import { prepareLookupsSteps } from './core/index/name-lookups';
import { describe, isCancellation } from './lifecycle';
import { REHEARSAL_MIN_DOCS, rehearseUpdates } from './update-rehearsal';

// What the server makes in the background once a folder's corpus is announced ready, each between other work:
// - the corpus's lookups of names (core/index/name-lookups.ts), which a writer's first typo or hover would
//   otherwise wait for: a second after the first index (made at once, they doubled the first check of a draft
//   opened then), after the hover's tables after a re-index;
// - after a re-index, the hover's tables (core/features/dossier-facts.ts), once the drafts have been checked
//   again, unless a hover asks for them first (the first index makes them while indexing, folders.ts);
// - after a warm start, what an update takes from the corpus before and the disk cache does not keep
//   (Corpus.prepareUpdates), so the first source saved is not the one that waits for it. A re-index stops it.
// - after a first index of a large corpus (and that preparation), a rehearsal of an update on a small corpus built
//   apart (update-rehearsal.ts), which compiles the update's code before a writer's first save waits for it.

/** After a re-index is announced: time for the drafts' checks, which the writer waits for, to come first. */
const DOSSIER_DELAY_MS = 300;
/** Work between turns while those tables are made. */
const DOSSIER_SLICE_MS = 5;
/** After a warm start is announced: time for the open drafts' first checks to come first. */
const UPDATE_BASE_DELAY_MS = 1_000;
/** After a first index is announced: the same, before the lookups of names are made. */
const LOOKUP_DELAY_MS = 1_000;
/** After a first index is announced: time for the open drafts' first checks to come first. */
const REHEARSAL_DELAY_MS = 1_500;

interface Log { info(message: string): void; warn(message: string): void }

/** Work between turns while the lookups of names are made. */
const LOOKUP_SLICE_MS = 4;

/** The lookups of names a check or hover would otherwise make on first need, made between other work. */
function prepareLookups(corpus: Corpus, pause: () => Promise<void>, token?: CancellationToken): Promise<void> {
  const slices = new Slices(LOOKUP_SLICE_MS, pause, token);
  return runStepsBetween(prepareLookupsSteps(corpus), () => slices.next());
}

export class AfterIndex {
  /** Per folder, the preparation for updates (a warm start's, the rehearsal's), to stop when a re-index starts. */
  private preparing = new Map<string, { isCancellationRequested: boolean }>();

  /** `pause`: between slices; the server's waits while a draft is checked (foreground.ts). */
  constructor(private readonly log: Log, private readonly pause: () => Promise<void>) {}

  /**
   * Starts the background work for a folder's corpus just announced; `current` says whether it still is the folder's.
   * `rehearse`: whether an update may be rehearsed (not with a shared archive, whose draws warm up the checks their
   * own way and whose load tests run twenty servers on two cores).
   */
  after(root: string, folder: FolderCorpus, reindexed: boolean, current: () => boolean, rehearse = true): void {
    const lookups = () => current() ? prepareLookups(folder.loaded.corpus, this.pause)
      .catch(err => this.log.warn(`sumber: preparing the lookups of names failed: ${describe(err)}`)) : undefined;
    if (reindexed) {
      setTimeout(() => {
        if (!current()) return;
        const slices = new Slices(DOSSIER_SLICE_MS, this.pause);
        prepareDossierAsync(folder.loaded.corpus, () => slices.next())
          .catch(err => this.log.warn(`sumber: preparing the hover's tables failed: ${describe(err)}`))
          .then(lookups);
      }, DOSSIER_DELAY_MS).unref();
    } else setTimeout(lookups, LOOKUP_DELAY_MS).unref();
    const corpus = folder.loaded.corpus, rehearsal = rehearse && !reindexed && corpus.docs.length >= REHEARSAL_MIN_DOCS;
    if (!folder.loaded.fromCache && !rehearsal) return;
    const stop = { isCancellationRequested: false };
    this.preparing.set(root, stop);
    setTimeout(() => {
      const began = Date.now();
      const prepared = folder.loaded.fromCache ? corpus.prepareUpdates(this.pause, stop)
        .then(() => this.log.info(`sumber: ready for updates of ${root} (${Date.now() - began} ms in the background)`)) : Promise.resolve();
      void prepared
        .then(async () => {
          if (!rehearsal || stop.isCancellationRequested) return;
          const from = Date.now();
          await rehearseUpdates(corpus, this.pause, stop);
          this.log.info(`sumber: rehearsed an update (${Date.now() - from} ms in the background)`);
        })
        .catch(err => { if (!isCancellation(err)) this.log.warn(`sumber: preparing for updates failed: ${describe(err)}`); })
        .finally(() => { if (this.preparing.get(root) === stop) this.preparing.delete(root); });
    }, folder.loaded.fromCache ? UPDATE_BASE_DELAY_MS : REHEARSAL_DELAY_MS).unref();
  }

  /** Stops a folder's preparation for updates: an update that starts now does not need it. */
  stop(root: string): void {
    const preparation = this.preparing.get(root);
    if (preparation) preparation.isCancellationRequested = true;
  }
}
