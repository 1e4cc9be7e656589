import * as assert from 'node:assert/strict';
import { loadPdfjs } from '../../server/src/extract/pdfjs';
import { withNativeBuiltins } from '../../server/src/extract/native-builtins';

// pdf.js's Node build polyfills with core-js, which replaced Array.prototype.push, JSON.parse and
// Function.prototype.toString for the whole process, and every push of the analyser after the first PDF was
// slower. The engine's own functions are put back; what the polyfills add is kept.

// Taken when the test files load, before any test reads a PDF.
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

describe('the engine\'s own functions around pdf.js', function () {
  this.timeout(20000);

  it('are the engine\'s again once pdf.js has loaded, with what pdf.js needs added kept', async () => {
    await loadPdfjs();
    assert.equal(Array.prototype.push, NATIVE.push);
    assert.equal(JSON.parse, NATIVE.parse);
    assert.equal(Function.prototype.toString, NATIVE.toString);
    assert.equal(typeof (Promise as { withResolvers?: unknown }).withResolvers, 'function');
  });

  it('puts back a replaced function and keeps an added one, also when the load fails', async () => {
    const keys = Object.getOwnPropertyNames(Array.prototype);
    await assert.rejects(withNativeBuiltins(async () => {
      Object.defineProperty(Array.prototype, 'push', { value: function push() { return -1; }, configurable: true, writable: true });
      Object.defineProperty(Array.prototype, 'sumberAdded', { value: () => 1, configurable: true, writable: true });
      throw new Error('failed to load');
    }));
    try {
      const a: number[] = [];
      assert.equal(a.push(1), 1);
      assert.equal(Array.prototype.push, NATIVE.push);
      assert.equal(typeof (Array.prototype as { sumberAdded?: unknown }).sumberAdded, 'function');
    } finally {
      delete (Array.prototype as { sumberAdded?: unknown }).sumberAdded;
    }
    assert.deepEqual(Object.getOwnPropertyNames(Array.prototype), keys);
  });
});
