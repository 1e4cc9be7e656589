import * as v8 from 'node:v8';
import { Entity, EntityMention } from './core/index/entity-types';
import { quoteCount, StoredDoc } from './core/index/stored-doc';

// The index cache's form of entities and documents (index-cache.ts, cache-payload.ts). An entity's mentions were
// objects with their own copy of the name as written (165,000 of both at 10 MB): they are packed into a flat
// Int32Array and the entity's distinct spellings, and made into objects again in a plain loop. A document's
// quotes, figures and name notes (most of its small objects: 180,000 at 10 MB) are serialised bytes of their
// own, read when first asked for. Both packings are remembered per object: the server writes the cache after
// every re-index, and most documents and entities' mention lists are those of the corpus before.

/** An entity as stored: its mentions as doc, sentence, start, end and spelling number, five ints each. */
export interface PackedEntity extends Omit<Entity, 'mentions'> {
  mentionInts: Int32Array;
  spellings: string[];
}

const MENTION_INTS = 5;

/** Mention lists packed already, by list: an unchanged name group's entity shares its list with the build before. */
const packedMentions = new WeakMap<readonly EntityMention[], { mentionInts: Int32Array; spellings: string[] }>();

export function packEntity(e: Entity): PackedEntity {
  const { mentions, ...rest } = e;
  const known = packedMentions.get(mentions);
  if (known) return { ...rest, ...known };
  const spellings: string[] = [], numbers = new Map<string, number>();
  const ints = new Int32Array(mentions.length * MENTION_INTS);
  for (let i = 0, j = 0; i < mentions.length; i++, j += MENTION_INTS) {
    const m = mentions[i];
    let n = numbers.get(m.text);
    if (n === undefined) { n = spellings.length; spellings.push(m.text); numbers.set(m.text, n); }
    ints[j] = m.doc; ints[j + 1] = m.sentence; ints[j + 2] = m.start; ints[j + 3] = m.end; ints[j + 4] = n;
  }
  packedMentions.set(mentions, { mentionInts: ints, spellings });
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
  /** How many quotes the bytes hold: indexing counts them, and should not have to read them. */
  quoteCount: number;
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
  readonly #quoteCount: number;

  constructor(p: PackedDoc) {
    this.lang = p.lang; this.sentences = p.sentences; this.tokens = p.tokens; this.words = p.words;
    if (p.names) (this as { names?: StoredDoc['names'] }).names = p.names;
    if (p.asked) (this as { asked?: Int32Array }).asked = p.asked;
    this.#packed = p.objects;
    this.#quoteCount = p.quoteCount;
  }

  get quoteCount(): number {
    return this.#objects ? this.#objects.quotes.length : this.#quoteCount;
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

/** Documents' small objects serialised already: a document's stored form is kept as it is by every update. */
const packedObjects = new WeakMap<StoredDoc, Uint8Array>();

export function packDoc(d: StoredDoc): PackedDoc {
  let objects = d instanceof CachedDoc ? d.unread : undefined;
  objects ??= packedObjects.get(d);
  if (!objects) {
    objects = v8.serialize({ quotes: d.quotes, extras: d.extras, nameNotes: d.nameNotes } satisfies DocObjects);
    packedObjects.set(d, objects);
  }
  const out: PackedDoc = { lang: d.lang, sentences: d.sentences, tokens: d.tokens, words: d.words, objects, quoteCount: quoteCount(d) };
  if (d.names) out.names = d.names;
  if (d.asked) out.asked = d.asked;
  return out;
}

export function unpackDoc(p: PackedDoc): StoredDoc {
  return new CachedDoc(p);
}
