// Long calls in the core take a token so that the LSP layer can abandon a check when the draft changes again
// before it finishes. The shape matches the protocol's token, so the LSP token can be passed straight in.

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = Object.freeze({ isCancellationRequested: false });

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}

/**
 * Long work cut into slices: after each unit (a file, a sentence, a name group) the caller asks `next`, which gives
 * other work a turn through `pause` once `ms` have gone by since the last one, then stops the work if the token
 * was cancelled meanwhile. Without `pause` the work runs in one piece.
 */
export class Slices {
  // performance.now, not Date.now: a slice of 2 ms measured in whole milliseconds ran anywhere from 1 to 3.
  private started = performance.now();
  constructor(private readonly ms: number, private readonly pause?: () => Promise<void>, private readonly token?: CancellationToken) {}

  async next(): Promise<void> {
    if (!this.pause || performance.now() - this.started < this.ms) return;
    await this.pause();
    throwIfCancelled(this.token);
    this.started = performance.now();
  }
}

/** Work written as steps (a generator that stops between units of work), run to the end at once. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Steps run with `next` awaited between them (a Slices' `next`, which gives other work a turn now and then). */
export async function runStepsBetween<T>(steps: Generator<unknown, T>, next: () => Promise<void>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await next();
    step = steps.next();
  }
  return step.value;
}
