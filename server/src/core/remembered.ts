// A pure function of one string, remembered: analysis asks the same questions of the same words, lines and
// paragraphs again and again (a corpus repeats its words; a draft is analysed again on every edit). The memory
// starts again past `limit` entries, so a long-running server keeps no more. `undefined` is never remembered (it
// stands for "not asked yet"): a function that may answer it should answer null instead.

export function remembered<T>(fn: (s: string) => T, limit = 100_000): (s: string) => T {
  let memo = new Map<string, T>();
  return s => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= limit) memo = new Map();
      v = fn(s);
      memo.set(s, v);
    }
    return v;
  };
}

/**
 * A pure function of one object, remembered while the object lives: a sentence's facts are asked the same question
 * once for every claim or passage it is weighed with.
 */
export function rememberedFor<K extends object, T>(fn: (k: K) => T): (k: K) => T {
  const memo = new WeakMap<K, T>();
  return k => {
    if (memo.has(k)) return memo.get(k) as T;
    const v = fn(k);
    memo.set(k, v);
    return v;
  };
}
