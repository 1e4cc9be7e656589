import * as v8 from 'node:v8';

// The bytes of an index cache entry, and back. Structured serialisation writes each typed array inline, and Node
// reads each back through a JavaScript callback that allocates a Buffer and copies into it: 30,000 arrays at
// 10 MB of sources (five per document) cost about 200 ms and a stream of young-generation collections. Here the
// arrays go into a pool of bytes written once, and read back as views into the bytes read, not copies (on the
// machines measured, memory touched for the first time costs about 4 ms per MB, and the pool is most of an entry).
//
// An entry is a run of sections, each serialised on its own, so that writing can give other work a turn between
// them (the server writes after every re-index). A section: pool length (8 bytes, little-endian), the pool, body
// length (8 bytes), the serialised value, zeros to a multiple of 8. The bytes are handed out as chunks, never
// copied into one buffer: the file is written chunk by chunk.

const VIEWS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array] as const;
type View = InstanceType<(typeof VIEWS)[number]>;
/** Each array starts at a multiple of this in its pool, and each section at one in the entry. */
const ALIGN = 8;

class PoolingSerializer extends v8.Serializer {
  readonly chunks: Uint8Array[] = [];
  size = 0;
  constructor() {
    super();
    // Documented in Node's v8 module, though not in its type definitions; so is `_writeHostObject` below.
    (this as unknown as { _setTreatArrayBufferViewsAsHostObjects(flag: boolean): void })._setTreatArrayBufferViewsAsHostObjects(true);
  }
  _writeHostObject(object: object): void {
    const type = VIEWS.findIndex(V => object instanceof V);
    if (type < 0) throw new Error('only typed arrays can be stored in the index cache');
    const view = object as View;
    const pad = (ALIGN - (this.size % ALIGN)) % ALIGN;
    if (pad) { this.chunks.push(new Uint8Array(pad)); this.size += pad; }
    this.writeUint32(type);
    this.writeUint32(this.size);
    this.writeUint32(view.length);
    this.chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    this.size += view.byteLength;
  }
}

class PoolReadingDeserializer extends v8.Deserializer {
  constructor(body: Uint8Array, private readonly pool: ArrayBuffer, private readonly base: number, private readonly size: number) {
    super(body);
  }
  _readHostObject(): View {
    const type = this.readUint32(), offset = this.readUint32(), length = this.readUint32();
    const V = VIEWS[type];
    if (!V || offset % ALIGN || offset + length * V.BYTES_PER_ELEMENT > this.size) throw new Error('a stored array lies outside its pool');
    return new V(this.pool, this.base + offset, length);
  }
}

function length8(n: number): Uint8Array {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** One section's chunks: a value's typed arrays pooled, the rest serialised behind them. */
export function serializeSection(value: unknown): Uint8Array[] {
  const s = new PoolingSerializer();
  s.writeHeader();
  s.writeValue(value);
  const body = s.releaseBuffer();
  // The next section starts at a multiple of 8 too.
  const pad = (ALIGN - ((16 + s.size + body.length) % ALIGN)) % ALIGN;
  return [length8(s.size), ...s.chunks, length8(body.length), body, ...(pad ? [new Uint8Array(pad)] : [])];
}

/** How many bytes chunks hold. */
export function sizeOf(chunks: readonly Uint8Array[]): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

/**
 * The values of every section in `bytes`. Their arrays are views into `bytes` itself when the sections lie at a
 * multiple of 8 in its memory (the cache's header is laid out so), which keeps the bytes alive as long as any array;
 * otherwise each pool is copied first.
 */
export function deserializeSections(bytes: Uint8Array): unknown[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), out: unknown[] = [];
  let at = 0;
  const length = (): number => {
    if (at + 8 > bytes.length) throw new Error('a section runs past the payload');
    const n = Number(view.readBigUInt64LE(at));
    at += 8;
    if (at + n > bytes.length) throw new Error('a section runs past the payload');
    return n;
  };
  while (at < bytes.length) {
    const poolSize = length();
    let pool = bytes.buffer as ArrayBuffer, base = bytes.byteOffset + at;
    if (base % ALIGN) {
      pool = new ArrayBuffer(poolSize);
      new Uint8Array(pool).set(bytes.subarray(at, at + poolSize));
      base = 0;
    }
    at += poolSize;
    const bodySize = length();
    const d = new PoolReadingDeserializer(bytes.subarray(at, at + bodySize), pool, base, poolSize);
    d.readHeader();
    out.push(d.readValue());
    at += bodySize;
    at += (ALIGN - (at % ALIGN)) % ALIGN;
  }
  return out;
}
