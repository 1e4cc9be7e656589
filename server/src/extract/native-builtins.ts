// pdf.js's build for Node carries core-js, which on loading replaces some of the engine's own functions with
// JavaScript versions that fix corner cases of the standard (an array-like whose length passes 2^32, a reviver
// that wants the source text). In Node it replaces Array.prototype.push, JSON.parse and Function.prototype.toString
// for the whole process: after the first PDF, every push of the analyser (and every protocol message's parse in
// the server) went through the slower copy, which made analysing a corpus with a PDF in it measurably slower than
// the same text without. None of those corners is met by pdf.js's text extraction or by Sumber, so the engine's
// own functions are put back once pdf.js has loaded. What core-js adds that the engine lacks (Promise.withResolvers,
// which pdf.js calls on Node 20) is kept.

/** The built-in objects whose functions a polyfill may replace; only functions that were there already count. */
function builtins(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  return [
    Array.prototype, Array, JSON, Function.prototype, Object, Object.prototype, String.prototype, String, Number,
    Math, Promise, Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype, RegExp.prototype,
    typedArray, ArrayBuffer.prototype, DataView.prototype, Reflect,
  ];
}

interface Kept { target: object; key: PropertyKey; descriptor: PropertyDescriptor }

/** The functions the built-ins have now, to put back with `restore`. */
function snapshot(): Kept[] {
  const kept: Kept[] = [];
  for (const target of builtins()) {
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor && typeof descriptor.value === 'function') kept.push({ target, key, descriptor });
    }
  }
  return kept;
}

/** Puts back each function that was replaced since the snapshot. */
function restore(kept: readonly Kept[]): void {
  for (const { target, key, descriptor } of kept) {
    if (Object.getOwnPropertyDescriptor(target, key)?.value === descriptor.value) continue;
    try {
      Object.defineProperty(target, key, descriptor);
    } catch {
      // A property made non-configurable cannot be put back; the replacement works, only slower.
    }
  }
}

/** Runs `load` (an import that may polyfill) and puts back the engine's own functions it replaced. */
export async function withNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const kept = snapshot();
  try {
    return await load();
  } finally {
    restore(kept);
  }
}
