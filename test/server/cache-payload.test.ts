import * as assert from 'node:assert/strict';
import { deserializeSections, serializeSection } from '../../server/src/cache-payload';
import { packDoc, packEntity, unpackDoc, unpackEntity } from '../../server/src/cache-packing';
import { Entity } from '../../server/src/core/index/entity-types';
import { MentionList } from '../../server/src/core/index/mention-list';
import { StoredDoc } from '../../server/src/core/index/stored-doc';

// The index cache's bytes: typed arrays pooled and read back as views, entity mentions packed, a document's small
// objects read only when asked for. Whatever goes in comes back equal.

const serializePooled = (value: unknown): Buffer => Buffer.concat(serializeSection(value));
const deserializePooled = (bytes: Uint8Array): unknown => deserializeSections(bytes)[0];

/** `bytes` placed at `at` in fresh memory, as a file read into a buffer puts a payload after its header. */
function placed(bytes: Uint8Array, at: number): Uint8Array {
  const memory = new Uint8Array(at + bytes.length);
  memory.set(bytes, at);
  return memory.subarray(at);
}

describe('cache payload', () => {
  const value = {
    ints: Int32Array.from([1, -2, 3]),
    bytes: Uint8Array.from([7, 8, 9, 10, 11]),
    floats: Float64Array.from([0.5, -1e300]),
    nested: [{ u16: Uint16Array.from([65535, 0]) }, 'text', 42, null],
    empty: new Int32Array(0),
  };

  it('gives back every typed array and value, read in place when the pool is aligned', () => {
    const bytes = serializePooled(value);
    const back = deserializePooled(placed(bytes, 144)) as typeof value;
    assert.deepEqual(back, value);
    assert.ok(back.ints instanceof Int32Array && back.floats instanceof Float64Array && back.nested[0] instanceof Object);
    // In place: every array is a view of the bytes given, not a copy.
    assert.equal(back.ints.buffer.byteLength, 144 + bytes.length);
    assert.equal(back.floats.buffer, back.bytes.buffer);
  });

  it('copies the pool when it is not aligned, and still gives back equal values', () => {
    const back = deserializePooled(placed(serializePooled(value), 143)) as typeof value;
    assert.deepEqual(back, value);
    assert.equal(back.ints.buffer, back.floats.buffer);
    assert.ok(back.ints.buffer.byteLength < 143);
  });

  it('reads sections one after another, each in place, whatever the size of the one before', () => {
    // An odd-sized pool and body in the first section: the second must still start at a multiple of 8.
    const first = { odd: Uint8Array.from([1, 2, 3]), text: 'x' };
    const second: Array<{ ints?: Int32Array; floats?: Float64Array }> = [{ ints: Int32Array.from([7, 8]) }, { floats: Float64Array.from([1.5]) }];
    const bytes = Buffer.concat([...serializeSection(first), ...serializeSection(second)]);
    assert.equal(bytes.length % 8, 0);
    const [a, b] = deserializeSections(placed(bytes, 144)) as [typeof first, typeof second];
    assert.deepEqual(a, first);
    assert.deepEqual(b, second);
    assert.equal(b[1]!.floats!.buffer, a.odd.buffer, 'views into the bytes read, not copies');
  });

  it('refuses a payload whose pool or arrays run past its end', () => {
    const bytes = serializePooled(value);
    assert.throws(() => deserializePooled(placed(bytes.subarray(0, 40), 144)));
    const lying = Buffer.from(bytes);
    lying.writeBigUInt64LE(8n);
    assert.throws(() => deserializePooled(placed(lying, 144)));
  });

  it('packs an entity\'s mentions into numbers and its spellings', () => {
    const entity: Entity = {
      id: 3, name: 'Vladimir Putin', kind: 'person', keys: new Set(['vladimir putin', 'putin']), roles: [{ doc: 1, start: 0, end: 8, text: 'Presiden' }],
      mentions: MentionList.of([
        { doc: 0, sentence: 2, start: 10, end: 24, text: 'Vladimir Putin' },
        { doc: 1, sentence: 0, start: 9, end: 14, text: 'Putin' },
        { doc: 4, sentence: 7, start: 300, end: 314, text: 'Vladimir Putin' },
      ]),
    };
    const packed = packEntity(entity);
    assert.deepEqual(packed.spellings, ['Vladimir Putin', 'Putin']);
    // A long list's own numbers, not a copy: writing the cache after an update costs no packing.
    const many = MentionList.of(Array.from({ length: 40 }, (_, i) => ({ doc: i, sentence: 0, start: 0, end: 5, text: 'Putin' })));
    assert.equal(packEntity({ ...entity, mentions: many }).mentionInts, packEntity({ ...entity, id: 9, mentions: many }).mentionInts);
    const back = unpackEntity(deserializePooled(placed(serializePooled(packed), 144)) as typeof packed);
    assert.deepEqual(back, entity);
  });

  it('reads a document\'s quotes, and its figures and name notes, each when first asked, and writes unread ones back as they were', () => {
    const doc: StoredDoc = {
      lang: 'id', sentences: Int32Array.from([0, 20, 4, 3, 0]), tokens: Int32Array.from([0, 1, 41]), words: Int32Array.from([1, 1, 8]),
      quotes: [{ start: 2, end: 9, text: 'kata', open: 1, close: 9, sentence: 0, attribution: { how: 'none' } }] as StoredDoc['quotes'],
      extras: [{ quantities: [{ start: 3, end: 6, text: '12 persen', kind: 'percent', value: 12 }] }] as StoredDoc['extras'],
      nameNotes: { 0: { acronym: 'SCO' } },
    };
    const packed = packDoc(doc);
    assert.equal(packDoc(doc).objects, packed.objects, 'serialised once per document');
    assert.equal(packDoc(doc).quoteBytes, packed.quoteBytes, 'quotes serialised once per document');
    const read = () => unpackDoc(deserializePooled(placed(serializePooled(packed), 144)) as typeof packed);
    const cached = read();
    assert.deepEqual({ ...cached, quotes: cached.quotes, extras: cached.extras, nameNotes: cached.nameNotes }, { ...doc });
    // Packed again before anything was read: the very bytes it came with.
    const untouched = read();
    assert.equal(packDoc(untouched).objects, (untouched as unknown as { unread: Uint8Array }).unread);
    assert.equal(packDoc(untouched).quoteBytes, (untouched as unknown as { unreadQuotes: Uint8Array }).unreadQuotes);
    // Quotes read alone (the hover's tables read every document's): figures and name notes stay bytes.
    const quotesOnly = read(), bytes = (quotesOnly as unknown as { unread: Uint8Array }).unread;
    assert.deepEqual(quotesOnly.quotes, doc.quotes);
    assert.equal(quotesOnly.quoteCount, 1);
    assert.ok(bytes, 'figures and name notes unread at first');
    assert.equal((quotesOnly as unknown as { unread: Uint8Array }).unread, bytes, 'still unread after the quotes were read');
    // Changed after reading: packed from its objects.
    const changed = read();
    changed.nameNotes = { 5: { acronym: 'BRICS' } };
    const again = unpackDoc(packDoc(changed));
    assert.deepEqual(again.nameNotes, { 5: { acronym: 'BRICS' } });
    assert.deepEqual(again.quotes, doc.quotes);
  });
});
