import * as v8 from 'node:v8';
import { DEFAULT_INTERRUPT_BUDGET, givenFlag } from './v8-flags';

// How soon V8 hands a function to its optimising compiler (TurboFan). A function is optimised once it has run
// through an "interrupt budget" of bytecode; Node 20's default is 67,584 bytes. Checking runs a great many distinct
// functions a few times each, so with the default a language server spends its first minutes compiling in the
// background: over the first 400 edits of a draft, TurboFan compiled 533 functions in about 4.3 s, most of them
// never hot enough to repay it. On two cores that compiling competes with the check the writer waits for, and with
// twenty servers on one machine (a newsroom's writers on a shared host) it competes with every check: with no
// TurboFan at all, their edits' p99 fell from 636-690 ms to 275-277 ms (but a cold index took half as long again).
//
// Four times the budget leaves that to the functions that really are hot. Measured on 2 cores (docs/performance.md):
// twenty writers editing in step against the 100 MB archive, edit → diagnostics p99 365 and 434 ms against 649 and
// 690 ms; a cold index of the 10 MB benchmark corpus, whose hot loops reach any budget at once, 11.7 s against
// 11.8 s. Ten times the budget gained a little more under load and cost the cold index a tenth.
const BUDGET_FACTOR = 4;

/**
 * Raises the interrupt budget, and compiles each function to baseline code (Sparkplug: a quick, unoptimised
 * translation of its bytecode) on its first call instead of interpreting it until it has run a while. A check's
 * many lukewarm functions then run faster from the start: the first check of a draft opened the moment a 10 MB
 * corpus was ready (warm start), six runs each alternating, took 161-219 ms in the server (median about 165)
 * against 167-259 ms (about 218) without.
 */
export function tuneTierUp(): void {
  if (!givenFlag('interrupt-budget')) v8.setFlagsFromString(`--interrupt-budget=${BUDGET_FACTOR * DEFAULT_INTERRUPT_BUDGET}`);
  if (!givenFlag('always-sparkplug')) v8.setFlagsFromString('--always-sparkplug');
}
