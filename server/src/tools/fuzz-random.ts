// A small seeded random source for the fuzzer. Math.random cannot be seeded, and a failure is only useful if the
// same seed gives the same inputs again, on any machine and any Node version: mulberry32 is a few lines of
// integer arithmetic whose output depends on nothing but its state.

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one iteration of a run, so an iteration can be replayed without the ones before it. */
  static forIteration(seed: number, iteration: number): Rng {
    // Mix the two numbers so neighbouring iterations (and seeds) do not start from neighbouring states.
    let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(iteration + 1, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    return new Rng(h ^ (h >>> 15));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[weight, value], …]`. */
  weighted<T>(table: ReadonlyArray<readonly [number, T]>): T {
    const total = table.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of table) {
      if ((r -= w) < 0) return v;
    }
    return table[table.length - 1][1];
  }

  /**
   * A size between min and max, spread evenly over orders of magnitude: most inputs are small (fast, many of
   * them) and a few are large, which is where slow paths show.
   */
  logSize(min: number, max: number): number {
    const lo = Math.log(Math.max(1, min)), hi = Math.log(Math.max(1, max));
    return Math.min(max, Math.max(min, Math.round(Math.exp(lo + this.next() * (hi - lo)))));
  }
}
