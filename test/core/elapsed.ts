/** Milliseconds `fn` takes, by the monotonic clock: what the scale tests compare against their budgets. */
export function elapsedMs(fn: () => unknown): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}
