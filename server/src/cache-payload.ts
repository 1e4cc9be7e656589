import * as v8 from 'node:v8';
import { Entity, EntityMention } from './core/index/entity-types';
import { StoredDoc } from './core/index/stored-doc';

// The bytes of an index cache entry, and back. Two things made reading a 10 MB corpus's entry slow, both from
// the shape of the data rather than its size:
// - Typed arrays. Structured serialisation writes each one inline, and Node reads each back through a JavaScript
//   callback that allocates a Buffer and copies into it: 30,000 of them (five per document) cost about 200 ms and
//   a stream of young-generation collections. Here they all go into one pool of bytes, written once; reading
//   makes a view per array into it.
// - Entity mentions. Each was an object with its own copy of the name as written (165,000 of both at 10 MB).
//   They are written as a flat Int32Array per entity plus its distinct spellings (about one per entity), and
//   made into objects again in a plain loop, the spellings shared.
// Layout: pool length (8 bytes, little-endian), the pool, the serialised value. Arrays read back are views into
// the bytes read, not copies.

const VIEWS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array] as const;
type View = InstanceType<(typeof VIEWS)[number]>;
/** Each array starts at a multiple of this in the pool, so a view of any element type can sit on it. */
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

/** A value as bytes: its typed arrays pooled after an 8-byte length, the rest serialised behind them. */
export function serializePooled(value: unknown): Buffer {
  const s = new PoolingSerializer();
  s.writeHeader();
  s.writeValue(value);
  const body = s.releaseBuffer();
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(s.size));
  return Buffer.concat([head, ...s.chunks, body], 8 + s.size + body.length);
}

/**
 * What `serializePooled` wrote. The arrays are views into `bytes` itself when the pool lies at a multiple of 8 in
 * its memory (the cache's header is laid out so), which keeps the bytes alive as long as any array; otherwise the
 * pool is copied first. Not copying matters: on the machines measured, memory touched for the first time costs
 * about 4 ms per MB, and the pool is most of an entry.
 */
export function deserializePooled(bytes: Uint8Array): unknown {
  if (bytes.length < 8) throw new Error('the payload is too short');
  const size = Number(Buffer.from(bytes.buffer, bytes.byteOffset, 8).readBigUInt64LE());
  if (8 + size > bytes.length) throw new Error('the pool runs past the payload');
  let pool = bytes.buffer as ArrayBuffer, base = bytes.byteOffset + 8;
  if (base % ALIGN) {
    pool = new ArrayBuffer(size);
    new Uint8Array(pool).set(bytes.subarray(8, 8 + size));
    base = 0;
  }
  const d = new PoolReadingDeserializer(bytes.subarray(8 + size), pool, base, size);
  d.readHeader();
  return d.readValue();
}

/** An entity as stored: its mentions as doc, sentence, start, end and spelling number, five ints each. */
export interface PackedEntity extends Omit<Entity, 'mentions'> {
  mentionInts: Int32Array;
  spellings: string[];
}

const MENTION_INTS = 5;

export function packEntity(e: Entity): PackedEntity {
  const { mentions, ...rest } = e;
  const spellings: string[] = [], numbers = new Map<string, number>();
  const ints = new Int32Array(mentions.length * MENTION_INTS);
  for (let i = 0, j = 0; i < mentions.length; i++, j += MENTION_INTS) {
    const m = mentions[i];
    let n = numbers.get(m.text);
    if (n === undefined) { n = spellings.length; spellings.push(m.text); numbers.set(m.text, n); }
    ints[j] = m.doc; ints[j + 1] = m.sentence; ints[j + 2] = m.start; ints[j + 3] = m.end; ints[j + 4] = n;
  }
  return { ...rest, mentionInts: ints, spellings };
}

export function unpackEntity(p: PackedEntity): Entity {
  const ints = p.mentionInts, mentions: EntityMention[] = new Array(ints.length / MENTION_INTS);
  for (let i = 0, j = 0; j < ints.length; i++, j += MENTION_INTS) {
    const text = p.spellings[ints[j + 4]];
    if (text === undefined) throw new Error('a stored mention has no spelling');
    mentions[i] = { doc: ints[j], sentence: ints[j + 1], start: ints[j + 2], end: ints[j + 3], text };
  }
  return { id: p.id, name: p.name, kind: p.kind, keys: p.keys, mentions, roles: p.roles };
}

/**
 * A document as stored: its typed arrays as they are, and its quotes, figures and name notes (most of its small
 * objects: 180,000 at 10 MB) as serialised bytes of their own.
 */
export interface PackedDoc extends Pick<StoredDoc, 'lang' | 'sentences' | 'tokens' | 'words' | 'names' | 'asked'> {
  objects: Uint8Array;
}

type DocObjects = Pick<StoredDoc, 'quotes' | 'extras' | 'nameNotes'>;

/**
 * A stored document read from the cache, whose quotes, figures and name notes are read from their bytes when first
 * asked for: a warm start reads none of them, and a check reads those of the few documents it looks at.
 */
class CachedDoc implements StoredDoc {
  // Private in the language's own way, and the optional fields declared only: the object's own properties are a
  // stored document's, nothing more.
  #packed?: Uint8Array;
  #objects?: DocObjects;
  readonly lang: StoredDoc['lang'];
  readonly sentences: Int32Array;
  readonly tokens: Int32Array;
  readonly words: Int32Array;
  declare readonly names?: StoredDoc['names'];
  declare readonly asked?: Int32Array;

  constructor(p: PackedDoc) {
    this.lang = p.lang; this.sentences = p.sentences; this.tokens = p.tokens; this.words = p.words;
    if (p.names) (this as { names?: StoredDoc['names'] }).names = p.names;
    if (p.asked) (this as { asked?: Int32Array }).asked = p.asked;
    this.#packed = p.objects;
  }

  /** The bytes it was read from, while nothing of them has been read (writing the cache again reuses them). */
  get unread(): Uint8Array | undefined {
    return this.#objects ? undefined : this.#packed;
  }

  #read(): DocObjects {
    if (!this.#objects) {
      this.#objects = v8.deserialize(this.#packed!) as DocObjects;
      this.#packed = undefined;
    }
    return this.#objects;
  }

  get quotes(): StoredDoc['quotes'] { return this.#read().quotes; }
  set quotes(v: StoredDoc['quotes']) { this.#read().quotes = v; }
  get extras(): StoredDoc['extras'] { return this.#read().extras; }
  set extras(v: StoredDoc['extras']) { this.#read().extras = v; }
  get nameNotes(): StoredDoc['nameNotes'] { return this.#read().nameNotes; }
  set nameNotes(v: StoredDoc['nameNotes']) { this.#read().nameNotes = v; }
}

export function packDoc(d: StoredDoc): PackedDoc {
  const objects = d instanceof CachedDoc && d.unread ? d.unread : v8.serialize({ quotes: d.quotes, extras: d.extras, nameNotes: d.nameNotes } satisfies DocObjects);
  const out: PackedDoc = { lang: d.lang, sentences: d.sentences, tokens: d.tokens, words: d.words, objects };
  if (d.names) out.names = d.names;
  if (d.asked) out.asked = d.asked;
  return out;
}

export function unpackDoc(p: PackedDoc): StoredDoc {
  return new CachedDoc(p);
}
