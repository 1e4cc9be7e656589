import type { Entity, EntityMention } from './entity-types';

// An entity's mentions, packed: five ints each (document, sentence, start, end, spelling number) and the entity's
// distinct spellings, instead of an object and a copy of the name per mention. At 30 MB of sources the objects
// were half a million, 32 MB of the heap with their strings beside it, and the collector marked each of them
// again and again while a writer typed. A list is never changed: merging two entities makes a new one, so an
// entity kept for the next build (registry-groups.ts) shares its list safely. Spellings are numbered in order
// of first use, so two lists with the same mentions in the same order are equal field by field.

const INTS = 5;
/**
 * Lists of up to this many ints are plain arrays: a typed array costs about 250 bytes before its first element,
 * and most entities are named once or twice (148,000 entities at 100 MB of sources).
 */
const SMALL_INTS = 8 * INTS;

type Ints = Int32Array | number[];

/** The canonical form of a list's numbers for its length, so that equal lists are equal field by field. */
function canonical(ints: Int32Array | readonly number[]): Ints {
  if (ints.length <= SMALL_INTS) return Array.isArray(ints) ? ints as number[] : Array.from(ints);
  return ints instanceof Int32Array ? ints : Int32Array.from(ints);
}

export class MentionList implements Iterable<EntityMention> {
  static readonly EMPTY = new MentionList([], []);

  private constructor(private readonly ints: Ints, private readonly spellings: readonly string[]) {}

  /** A list from its packed form (the index cache's), checked: every spelling number must name a spelling. */
  static fromPacked(ints: Int32Array | readonly number[], spellings: readonly string[]): MentionList {
    if (ints.length % INTS !== 0) throw new Error('a packed mention list has a partial mention');
    for (let j = INTS - 1; j < ints.length; j += INTS) if (ints[j] < 0 || ints[j] >= spellings.length) throw new Error('a stored mention has no spelling');
    return ints.length ? new MentionList(canonical(ints), spellings) : MentionList.EMPTY;
  }

  static of(mentions: Iterable<EntityMention>): MentionList {
    const b = new MentionListBuilder();
    for (const m of mentions) b.push(m.doc, m.sentence, m.start, m.end, m.text);
    return b.build();
  }

  /** This list's mentions followed by another's. */
  concat(other: MentionList): MentionList {
    if (!other.length) return this;
    if (!this.length) return other;
    const b = new MentionListBuilder(this.length + other.length);
    b.pushAll(this);
    b.pushAll(other);
    return b.build();
  }

  /** The packed form for the index cache: a long list's own numbers, not a copy. */
  packed(): { ints: Int32Array; spellings: readonly string[] } {
    return { ints: this.ints instanceof Int32Array ? this.ints : Int32Array.from(this.ints), spellings: this.spellings };
  }

  get length(): number {
    return this.ints.length / INTS;
  }

  doc(i: number): number { return this.ints[i * INTS]; }
  sentence(i: number): number { return this.ints[i * INTS + 1]; }
  start(i: number): number { return this.ints[i * INTS + 2]; }
  end(i: number): number { return this.ints[i * INTS + 3]; }
  text(i: number): string { return this.spellings[this.ints[i * INTS + 4]]; }

  /** Mention `i` as an object of its own (made on each call). */
  at(i: number): EntityMention {
    const j = i * INTS, a = this.ints;
    return { doc: a[j], sentence: a[j + 1], start: a[j + 2], end: a[j + 3], text: this.spellings[a[j + 4]] };
  }

  *[Symbol.iterator](): Iterator<EntityMention> {
    for (let i = 0, n = this.length; i < n; i++) yield this.at(i);
  }

  toArray(): EntityMention[] {
    const out: EntityMention[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  map<T>(f: (m: EntityMention) => T): T[] {
    const out: T[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = f(this.at(i));
    return out;
  }

  some(f: (m: EntityMention) => boolean): boolean {
    for (let i = 0, n = this.length; i < n; i++) if (f(this.at(i))) return true;
    return false;
  }

  find(f: (m: EntityMention) => boolean): EntityMention | undefined {
    for (let i = 0, n = this.length; i < n; i++) { const m = this.at(i); if (f(m)) return m; }
    return undefined;
  }

  /**
   * The same mentions with each document number `d` read as `moved[d]` (documents renumbered by a file added or
   * removed before them). `from`: no document below it moves, so a list whose documents all stand before it is
   * itself, told without reading it (half a registry's entities, at every file added in the middle of a folder).
   */
  withDocs(moved: ArrayLike<number>, from = 0): MentionList {
    if (this.lastDoc() < from) return this;
    // An update moves a list once, though the group's folded entity and the merged entity made of it both ask.
    if (this.lastMove?.moved === moved) return this.lastMove.list;
    const list = this.movedBy(moved);
    this.lastMove = { moved, list };
    return list;
  }

  /** The last `withDocs` asked of this list, and its answer. */
  private lastMove?: { moved: ArrayLike<number>; list: MentionList };
  /** The highest document number of the list, once asked for (-1: none). */
  private highest?: number;

  private lastDoc(): number {
    if (this.highest === undefined) {
      let h = -1;
      for (let j = 0; j < this.ints.length; j += INTS) if (this.ints[j] > h) h = this.ints[j];
      this.highest = h;
    }
    return this.highest;
  }

  private movedBy(moved: ArrayLike<number>): MentionList {
    let j = 0;
    while (j < this.ints.length && moved[this.ints[j]] === this.ints[j]) j += INTS;
    if (j >= this.ints.length) return this;
    const ints = this.ints.slice();
    for (let j = 0; j < ints.length; j += INTS) ints[j] = moved[ints[j]];
    return new MentionList(ints, this.spellings);
  }

  /** Whether any mention stands in document `doc` (no objects made). */
  inDoc(doc: number): boolean {
    for (let j = 0; j < this.ints.length; j += INTS) if (this.ints[j] === doc) return true;
    return false;
  }

  /** The documents the mentions stand in, each once. */
  docs(): Set<number> {
    const out = new Set<number>();
    for (let j = 0; j < this.ints.length; j += INTS) out.add(this.ints[j]);
    return out;
  }
}

/** Spellings looked up by a scan up to this many; a map beyond. */
const SCAN_SPELLINGS = 8;

/** Builds a list mention by mention; spellings are numbered in order of first use. */
export class MentionListBuilder {
  /** A plain array while the list is short (the list it builds keeps it as it is), a typed array beyond. */
  private ints: Ints;
  private count = 0;
  private readonly spellings: string[] = [];
  private numbers?: Map<string, number>;

  /** `capacity`: how many mentions are coming, when known (an exact one saves growing and trimming). */
  constructor(private readonly capacity = 4) {
    this.ints = capacity * INTS > SMALL_INTS ? new Int32Array(capacity * INTS) : [];
  }

  private spellingNumber(text: string): number {
    const sp = this.spellings;
    if (!this.numbers) {
      const n = sp.indexOf(text);
      if (n >= 0) return n;
      sp.push(text);
      if (sp.length > SCAN_SPELLINGS) this.numbers = new Map(sp.map((t, i) => [t, i]));
      return sp.length - 1;
    }
    let n = this.numbers.get(text);
    if (n === undefined) { n = sp.length; sp.push(text); this.numbers.set(text, n); }
    return n;
  }

  push(doc: number, sentence: number, start: number, end: number, text: string): void {
    const n = this.spellingNumber(text);
    if (Array.isArray(this.ints) && (this.count + 1) * INTS <= SMALL_INTS) {
      this.ints.push(doc, sentence, start, end, n);
      this.count++;
      return;
    }
    if ((this.count + 1) * INTS > this.ints.length) {
      const grown = new Int32Array(Math.max(this.ints.length * 2, this.capacity * INTS, 2 * SMALL_INTS));
      grown.set(this.ints);
      this.ints = grown;
    }
    const j = this.count++ * INTS, a = this.ints;
    a[j] = doc; a[j + 1] = sentence; a[j + 2] = start; a[j + 3] = end; a[j + 4] = n;
  }

  pushAll(list: MentionList): void {
    for (let i = 0, n = list.length; i < n; i++) this.push(list.doc(i), list.sentence(i), list.start(i), list.end(i), list.text(i));
  }

  get length(): number {
    return this.count;
  }

  build(): MentionList {
    const used = this.count * INTS, a = this.ints;
    // A long list with room to spare is copied, so the room does not stay with it.
    return MentionList.fromPacked(Array.isArray(a) || used === a.length ? a : a.slice(0, used), this.spellings);
  }
}

/** Where an entity is mentioned, as sets: alignment asks of every candidate passage, and must not walk every mention of a famous name. */
const placesOf = new WeakMap<Entity, { docs: Set<number>; sentences: Set<number> }>();

/** The documents and the sentences (doc * 1,000,000 + sentence) that mention an entity. */
export function mentionedIn(e: Entity): { docs: Set<number>; sentences: Set<number> } {
  let p = placesOf.get(e);
  if (!p) {
    const ms = e.mentions, sentences = new Set<number>();
    for (let k = 0; k < ms.length; k++) sentences.add(ms.doc(k) * 1_000_000 + ms.sentence(k));
    p = { docs: ms.docs(), sentences };
    placesOf.set(e, p);
  }
  return p;
}
