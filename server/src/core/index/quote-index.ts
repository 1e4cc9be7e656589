import type { Corpus } from './corpus';
import { isMarkToken, StoredDoc, tokenCount, tokenEnd, tokenForm, tokenStart } from './stored-doc';
import { docChanges } from './doc-changes';
import { LaidOut, layOut, Overlay, overlaid, placesNow } from './quote-overlay';

// The word-position index the quote search reads (quote-search.ts). It reads the corpus's compact store
// (facts-store.ts): a document's words are the slots of its word and number tokens, and each form's places are
// packed (document, position) pairs, in document and position order. Twelve bytes a word, where objects cost ten
// times that on a large corpus.
//
// An editor's corpus is rebuilt when a source changes, with every unchanged document's stored form and string ids
// kept (corpus.ts, facts-store.ts). The index of such a corpus is made from the one before: it keeps that one's
// places and notes what changed (quote-overlay.ts), so an update costs what the changed documents hold, not a
// pass over every place. Either way the index gives the same places in the same order, so every search finds the
// same.

/** A document's words (tokens less punctuation and symbols), by position. */
export class DocWords {
  constructor(private readonly doc: StoredDoc, private readonly slots: Int32Array, private readonly strings: readonly string[]) {}
  /** The id of word i's form in the store's string table. */
  formId(i: number): number { return tokenForm(this.doc.tokens, this.slots[i]); }
  get length(): number { return this.slots.length; }
  /** The matching form of word i; undefined outside the document. */
  norm(i: number): string | undefined {
    return i >= 0 && i < this.slots.length ? this.strings[tokenForm(this.doc.tokens, this.slots[i])] : undefined;
  }
  start(i: number): number { return tokenStart(this.doc.tokens, this.slots[i]); }
  end(i: number): number { return tokenEnd(this.doc, this.slots[i]); }
}

/** Each stored document's word slots, made once per document: an update keeps those of the unchanged ones. */
const slotsOfDoc = new WeakMap<StoredDoc, Int32Array>();
function wordSlots(d: StoredDoc): Int32Array {
  let slots = slotsOfDoc.get(d);
  if (!slots) {
    const count = tokenCount(d.tokens), out: number[] = [];
    for (let t = 0; t < count; t++) if (!isMarkToken(d.tokens, t)) out.push(t);
    slots = Int32Array.from(out);
    slotsOfDoc.set(d, slots);
  }
  return slots;
}

const NO_PLACES = new Int32Array(0);

const wordsOf = (corpus: Corpus) => corpus.store.stored.docs.map(d => new DocWords(d, wordSlots(d), corpus.store.stored.strings));

export class WordIndex {
  /** Past this share of the laid-out places, changes noted since are laid out in full again (quote-overlay.ts). */
  static layOutShare = 0.1;

  /** Forms' lists put together since the last update, for searches that ask again (a quote is checked often). */
  private readonly assembled = new Map<number, Int32Array>();

  /**
   * `laidOut` holds every form's places as (document, word position) pairs, one form after another, by form id
   * (ids are dense: the store's string table); `overlay`, what changed since they were laid out.
   */
  private constructor(private readonly corpus: Corpus, readonly words: DocWords[], private readonly laidOut: LaidOut,
    private readonly overlay?: Overlay, readonly fromEarlier = false) {}

  /** The index of a corpus, made from that of the corpus it replaced when that one's documents carry over. */
  static of(corpus: Corpus, before?: WordIndex): WordIndex {
    return (before && WordIndex.updated(corpus, before)) ?? WordIndex.built(corpus);
  }

  private static built(corpus: Corpus): WordIndex {
    const { strings } = corpus.store.stored;
    const words = wordsOf(corpus);
    // Count each form's places, then fill them in, in document and position order.
    const offsets = new Int32Array(strings.length + 1);
    for (const ws of words) for (let i = 0; i < ws.length; i++) offsets[ws.formId(i) + 1] += 2;
    for (let i = 0; i < strings.length; i++) offsets[i + 1] += offsets[i];
    const places = new Int32Array(offsets[strings.length]);
    const next = offsets.slice(0, strings.length);
    words.forEach((ws, doc) => {
      for (let i = 0; i < ws.length; i++) {
        const id = ws.formId(i);
        places[next[id]++] = doc;
        places[next[id]++] = i;
      }
    });
    return new WordIndex(corpus, words, { places, offsets, docs: words.length });
  }

  /**
   * The index of `corpus` from `before`'s, or undefined when the corpus does not continue the one `before` indexed:
   * another string table, unchanged documents in another order, or most of the documents new.
   */
  private static updated(corpus: Corpus, before: WordIndex): WordIndex | undefined {
    const { strings, docs } = corpus.store.stored;
    const oldStore = before.corpus.store.stored, base = before.laidOut, oldForms = base.offsets.length - 1;
    if (strings.length < oldForms || (oldForms > 0 && strings[oldForms - 1] !== oldStore.strings[oldForms - 1])) return undefined;
    const changes = docChanges(oldStore.docs, docs);
    if (!changes) return undefined;
    const words = wordsOf(corpus);
    const baseCount = (f: number) => (f < oldForms ? (base.offsets[f + 1] - base.offsets[f]) / 2 : 0);
    const overlay = overlaid(base, before.overlay, baseCount, changes, j => before.words[j], k => words[k]);
    if (overlay.changed <= WordIndex.layOutShare * (base.places.length / 2)) return new WordIndex(corpus, words, base, overlay, true);
    return new WordIndex(corpus, words, layOut(base, overlay, strings.length, docs.length), undefined, true);
  }

  get strings(): readonly string[] {
    return this.corpus.store.stored.strings;
  }

  /** The string table's id of a word's form, or -1 when no word of the corpus has it. */
  formIdOf(norm: string): number {
    return this.corpus.store.idOf(norm, true);
  }

  /** Where a form stands in the corpus, as flat (document, position) pairs. */
  placesOf(norm: string): Int32Array {
    const id = this.corpus.store.idOf(norm, true);
    if (id < 0) return NO_PLACES;
    const { places, offsets } = this.laidOut, o = this.overlay;
    if (!o || (o.sameNumbers && !o.counts.has(id))) return id + 1 < offsets.length ? places.subarray(offsets[id], offsets[id + 1]) : NO_PLACES;
    let list = this.assembled.get(id);
    if (!list) {
      list = placesNow(this.laidOut, o, id);
      if (this.assembled.size >= MAX_ASSEMBLED) this.assembled.clear();
      this.assembled.set(id, list);
    }
    return list;
  }

  /** How many places a form has: what `placesOf(norm).length / 2` gives, without putting its list together. */
  countOf(norm: string): number {
    const id = this.corpus.store.idOf(norm, true);
    if (id < 0) return 0;
    const counted = this.overlay?.counts.get(id);
    if (counted !== undefined) return counted;
    const { offsets } = this.laidOut;
    return id + 1 < offsets.length ? (offsets[id + 1] - offsets[id]) / 2 : 0;
  }
}

/** Lists kept put together at most; a search asks for a few words' lists. */
const MAX_ASSEMBLED = 4096;
