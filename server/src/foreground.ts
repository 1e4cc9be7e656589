import { nextTurn } from './turns';

// Work a writer waits for (a draft's check) before work no one waits for (preparing a warm-started corpus for
// updates, the lookups of names, checking ahead, writing the disk cache). Both run in slices between turns of the
// event loop; the background's slices were longer (15 ms then, 5 now, against a check's 2), and a draft opened while the
// background ran got an eighth of the processor: at 10 MB of sources, a 1,000-word draft opened 3 s after a warm
// start checked in 643-1,238 ms against 142-254 ms once the background was done. Background work pauses through
// `Foreground.pause`, which also waits until no foreground work is running and the client has been quiet for a
// moment: a hover or an edit that comes in a burst of them then never waits for a background slice.

/** How long after the client's last message the background waits before its next slice. */
const QUIET_MS = 250;
/** The longest a hold lasts unreleased (longer than any check; a re-index the check waits for may take longer). */
const MAX_HOLD_MS = 60_000;

export class Foreground {
  private running = 0;
  private waiting: Array<() => void> = [];
  private lastActivity = -Infinity;

  constructor(private readonly quietMs = QUIET_MS) {}

  /** The client sent something: background slices wait until it has been quiet for a moment. */
  touch(): void {
    this.lastActivity = Date.now();
  }

  /** Runs work the writer waits for; background work holds still until it (and any other such work) ends. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    const release = this.hold();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /**
   * Holds the background from now until the returned function is called (once is enough; later calls do
   * nothing), or at most `maxMs`: a hold that is never released must not stop the cache from being written.
   */
  hold(maxMs = MAX_HOLD_MS): () => void {
    this.running++;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      clearTimeout(timer);
      if (--this.running === 0) {
        const resume = this.waiting;
        this.waiting = [];
        for (const go of resume) go();
      }
    };
    const timer = setTimeout(release, maxMs);
    timer.unref?.();
    return release;
  }

  /** Whether foreground work is running now. */
  get busy(): boolean {
    return this.running > 0;
  }

  /**
   * A background slice's pause: gives other work a turn, then waits while foreground work runs or the client is
   * busy. Every wait ends with a turn (turns.ts, shared with the foreground's slices), so tasks run one slice per
   * turn of the event loop between them: each resumed in the same turn, they ran their slices back to back (after a
   * warm start at 10 MB, the preparation for updates, the lookups of names and the check-ahead held a request for
   * 30-50 ms at once).
   */
  readonly pause = async (): Promise<void> => {
    for (;;) {
      await nextTurn();
      if (this.running > 0) { await new Promise<void>(resolve => this.waiting.push(resolve)); continue; }
      const quiet = this.lastActivity + this.quietMs - Date.now();
      if (quiet <= 0) return;
      await new Promise<void>(resolve => setTimeout(resolve, quiet));
    }
  };
}
