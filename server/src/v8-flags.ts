import * as v8 from 'node:v8';

// The V8 flags Sumber sets in its own process once its program is compiled (tier-up.ts, heap-growth.ts), and V8's
// defaults for them. V8 stamps a code cache with a hash of every flag's value and refuses the cache when the flags
// differ: the start (start.ts) sets these back to their defaults before it makes one, so that the next process,
// which compiles the program before setting them, can use it.

/** V8's interrupt budget in Node 20 (`node --v8-options`); a later Node's default may differ. */
export const DEFAULT_INTERRUPT_BUDGET = 67_584;

/** Each flag Sumber may set, and the setting that gives it V8's default value back. */
const DEFAULTS: ReadonlyArray<readonly [name: string, back: string]> = [
  ['interrupt-budget', `--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`],
  ['always-sparkplug', '--no-always-sparkplug'],
  ['heap-growing-percent', '--heap-growing-percent=0'],
];

/** Whether the command line or NODE_OPTIONS sets a V8 flag of this name (or its negation): an explicit flag wins. */
export function givenFlag(name: string): boolean {
  const given = (a: string) => a.startsWith(`--${name}`) || a.startsWith(`--no-${name}`);
  return process.execArgv.some(given) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).some(given);
}

/** Sets back to V8's defaults the flags Sumber set (those the command line gave were never changed). */
export function restoreFlagDefaults(): void {
  for (const [name, back] of DEFAULTS) if (!givenFlag(name)) v8.setFlagsFromString(back);
}
