// The tagger's weights by the parts of a feature's name, so scoring looks a word or shape up as it is instead of
// building the feature's name first ("w-1=" + word) and hashing that new string. Each lookup here answers what
// the weight map answers for the whole name: a family holds every name that starts with its prefix; a pair or
// triple index splits the rest of each such name at every '|' (a word may itself be "|"), so whatever the parts
// were, the parts asked for find the name they join into, and no other.

export type Weights = Float64Array | number[];

/**
 * Per prefix, its family: the weights of the features named prefix + rest, by rest. Made in one pass over the
 * weights (a pass per prefix took 11-14 ms of each process's first tagging, a thread's too). A prefix ends at its
 * only "=", or at its only "|" with no "=" before it, so a name starts with it exactly when the name up to its own
 * first "=" (or first "|") is it.
 */
export function families(weights: ReadonlyMap<string, Weights>, prefixes: readonly string[]): Map<string, Map<string, Weights>> {
  const out = new Map(prefixes.map(p => [p, new Map<string, Weights>()]));
  for (const [name, w] of weights) {
    const eq = name.indexOf('='), bar = name.indexOf('|');
    if (eq >= 0) out.get(name.slice(0, eq + 1))?.set(name.slice(eq + 1), w);
    if (bar >= 0) out.get(name.slice(0, bar + 1))?.set(name.slice(bar + 1), w);
  }
  return out;
}

/**
 * Weights of the features of a family (by the rest of their names) named a + "|" + b, by a then b; with `bFirst`,
 * by b then a (for features read from the second part's side).
 */
export function pairs(family: ReadonlyMap<string, Weights>, bFirst = false): Map<string, Map<string, Weights>> {
  const out = new Map<string, Map<string, Weights>>();
  for (const [rest, w] of family) {
    for (let p = rest.indexOf('|'); p !== -1; p = rest.indexOf('|', p + 1)) {
      const a = rest.slice(0, p), b = rest.slice(p + 1);
      nested(out, bFirst ? b : a).set(bFirst ? a : b, w);
    }
  }
  return out;
}

/** Weights of the features of a family named a + "|" + b + "|" + c, by a, b, then c. */
export function triples(family: ReadonlyMap<string, Weights>): Map<string, Map<string, Map<string, Weights>>> {
  const out = new Map<string, Map<string, Map<string, Weights>>>();
  for (const [rest, w] of family) {
    for (let p = rest.indexOf('|'); p !== -1; p = rest.indexOf('|', p + 1)) {
      for (let q = rest.indexOf('|', p + 1); q !== -1; q = rest.indexOf('|', q + 1)) {
        nested(nested(out, rest.slice(0, p)), rest.slice(p + 1, q)).set(rest.slice(q + 1), w);
      }
    }
  }
  return out;
}

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) { inner = new Map(); map.set(key, inner); }
  return inner;
}
