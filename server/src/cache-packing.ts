import * as v8 from 'node:v8';
import { Entity } from './core/index/entity-types';
import { MentionList } from './core/index/mention-list';
import { quoteCount, StoredDoc } from './core/index/stored-doc';

// The index cache's form of entities and documents (index-cache.ts, cache-payload.ts). An entity's mentions are
// packed in memory already (mention-list.ts): the cache writes their numbers and spellings as they are and reads
// them back as views. A document's quotes, and its figures and name notes (most of its small objects: 180,000 at
// 10 MB), are serialised bytes of their own, read when first asked for; those bytes are remembered per document,
// since the server writes the cache after every re-index and most documents are those of the corpus before.

/** An entity as stored: its mention list's packed form (mention-list.ts). */
export interface PackedEntity extends Omit<Entity, 'mentions'> {
  mentionInts: Int32Array;
  spellings: readonly string[];
}

export function packEntity(e: Entity): PackedEntity {
  const { mentions, ...rest } = e;
  const { ints, spellings } = mentions.packed();
  return { ...rest, mentionInts: ints, spellings };
}

export function unpackEntity(p: PackedEntity): Entity {
  return { id: p.id, name: p.name, kind: p.kind, keys: p.keys, mentions: MentionList.fromPacked(p.mentionInts, p.spellings), roles: p.roles };
}

/**
 * A document as stored: its typed arrays as they are; its quotes, and apart from them its figures and name notes
 * (most of its small objects: 180,000 at 10 MB), as serialised bytes. Quotes are apart because the hover's tables
 * and the quote search read every document's quotes and nothing else of them.
 */
export interface PackedDoc extends Pick<StoredDoc, 'lang' | 'sentences' | 'tokens' | 'longTokens' | 'words' | 'wordForms' | 'names' | 'asked'> {
  quoteBytes: Uint8Array;
  objects: Uint8Array;
  /** How many quotes the bytes hold: indexing counts them, and should not have to read them. */
  quoteCount: number;
}

type DocObjects = Pick<StoredDoc, 'extras' | 'nameNotes'>;

/**
 * A stored document read from the cache or from a thread, whose quotes, and figures and name notes, are read from
 * their bytes when first asked for: a warm start reads none of them, and a check those of the few documents it
 * looks at.
 */
class CachedDoc implements StoredDoc {
  // Private in the language's own way, and the optional fields declared only: the object's own properties are a
  // stored document's, nothing more.
  #quoteBytes?: Uint8Array;
  #quotes?: StoredDoc['quotes'];
  #packed?: Uint8Array;
  #objects?: DocObjects;
  readonly lang: StoredDoc['lang'];
  readonly sentences: Int32Array;
  readonly tokens: Int32Array;
  readonly words: Int32Array;
  declare readonly longTokens?: Int32Array;
  declare readonly wordForms?: Int32Array;
  declare readonly names?: StoredDoc['names'];
  declare readonly asked?: Int32Array;
  readonly #quoteCount: number;

  constructor(p: PackedDoc) {
    this.lang = p.lang; this.sentences = p.sentences; this.tokens = p.tokens; this.words = p.words;
    if (p.longTokens) (this as { longTokens?: Int32Array }).longTokens = p.longTokens;
    if (p.wordForms) (this as { wordForms?: Int32Array }).wordForms = p.wordForms;
    if (p.names) (this as { names?: StoredDoc['names'] }).names = p.names;
    if (p.asked) (this as { asked?: Int32Array }).asked = p.asked;
    this.#quoteBytes = p.quoteBytes;
    this.#packed = p.objects;
    this.#quoteCount = p.quoteCount;
  }

  get quoteCount(): number {
    return this.#quotes ? this.#quotes.length : this.#quoteCount;
  }

  /** The bytes of its quotes while they are unread (writing the cache again reuses them). */
  get unreadQuotes(): Uint8Array | undefined {
    return this.#quotes ? undefined : this.#quoteBytes;
  }

  /** The bytes of its figures and name notes while they are unread. */
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

  get quotes(): StoredDoc['quotes'] {
    if (!this.#quotes) {
      this.#quotes = v8.deserialize(this.#quoteBytes!) as StoredDoc['quotes'];
      this.#quoteBytes = undefined;
    }
    return this.#quotes;
  }
  set quotes(v: StoredDoc['quotes']) { this.#quotes = v; this.#quoteBytes = undefined; }
  get extras(): StoredDoc['extras'] { return this.#read().extras; }
  set extras(v: StoredDoc['extras']) { this.#read().extras = v; }
  get nameNotes(): StoredDoc['nameNotes'] { return this.#read().nameNotes; }
  set nameNotes(v: StoredDoc['nameNotes']) { this.#read().nameNotes = v; }
}

/** Documents' small objects serialised already: a document's stored form is kept as it is by every update. */
const packedQuotes = new WeakMap<StoredDoc, Uint8Array>();
const packedObjects = new WeakMap<StoredDoc, Uint8Array>();

export function packDoc(d: StoredDoc): PackedDoc {
  let quoteBytes = d instanceof CachedDoc ? d.unreadQuotes : undefined, objects = d instanceof CachedDoc ? d.unread : undefined;
  quoteBytes ??= packedQuotes.get(d);
  if (!quoteBytes) {
    quoteBytes = v8.serialize(d.quotes);
    packedQuotes.set(d, quoteBytes);
  }
  objects ??= packedObjects.get(d);
  if (!objects) {
    objects = v8.serialize({ extras: d.extras, nameNotes: d.nameNotes } satisfies DocObjects);
    packedObjects.set(d, objects);
  }
  const out: PackedDoc = { lang: d.lang, sentences: d.sentences, tokens: d.tokens, words: d.words, quoteBytes, objects, quoteCount: quoteCount(d) };
  if (d.longTokens) out.longTokens = d.longTokens;
  if (d.wordForms) out.wordForms = d.wordForms;
  if (d.names) out.names = d.names;
  if (d.asked) out.asked = d.asked;
  return out;
}

/**
 * A stored document as plain data, for serialising it whole elsewhere (the archive): a document kept packed reads its
 * quotes, figures and name notes through accessors, which structured cloning would leave out.
 */
export function plainDoc(d: StoredDoc): StoredDoc {
  if (!(d instanceof CachedDoc)) return d;
  const out: StoredDoc = { lang: d.lang, quotes: d.quotes, sentences: d.sentences, extras: d.extras, tokens: d.tokens, words: d.words };
  if (d.names) out.names = d.names;
  if (d.longTokens) out.longTokens = d.longTokens;
  if (d.wordForms) out.wordForms = d.wordForms;
  if (d.nameNotes) out.nameNotes = d.nameNotes;
  if (d.asked) out.asked = d.asked;
  return out;
}

export function unpackDoc(p: PackedDoc): StoredDoc {
  return new CachedDoc(p);
}
