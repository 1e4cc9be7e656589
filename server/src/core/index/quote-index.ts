import type { Corpus } from './corpus';
import { isMarkToken, StoredDoc, tokenCount, tokenEnd, tokenForm, tokenStart } from './stored-doc';
import { docChanges } from './doc-changes';

// The word-position index the quote search reads (quote-search.ts). It reads the corpus's compact store
// (facts-store.ts): a document's words are the slots of its word and number tokens, and each form's places are
// packed (document, position) pairs, in document and position order. Twelve bytes a word, where objects cost ten
// times that on a large corpus.
//
// An editor's corpus is rebuilt when a source changes, with every unchanged document's stored form and string ids
// kept (corpus.ts, facts-store.ts). The index of such a corpus is made from the one before: the kept documents'
// places copied with their new numbers, the changed ones' taken out and put in, which costs a pass over flat
// arrays instead of walking every word of the corpus again. Either way the index holds the same places in the
// same order, so every search finds the same.

/** A document's words (tokens less punctuation and symbols), by position. */
export class DocWords {
  constructor(private readonly tokens: Int32Array, private readonly slots: Int32Array, private readonly strings: readonly string[]) {}
  /** The id of word i's form in the store's string table. */
  formId(i: number): number { return tokenForm(this.tokens, this.slots[i]); }
  get length(): number { return this.slots.length; }
  /** The matching form of word i; undefined outside the document. */
  norm(i: number): string | undefined {
    return i >= 0 && i < this.slots.length ? this.strings[tokenForm(this.tokens, this.slots[i])] : undefined;
  }
  start(i: number): number { return tokenStart(this.tokens, this.slots[i]); }
  end(i: number): number { return tokenEnd(this.tokens, this.slots[i]); }
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

const wordsOf = (corpus: Corpus) => corpus.store.stored.docs.map(d => new DocWords(d.tokens, wordSlots(d), corpus.store.stored.strings));

export class WordIndex {
  /**
   * `places` holds every form's places as (document, word position) pairs, one form after another, by form id;
   * `offsets[id]` is where form id's places start (ids are dense: the store's string table).
   */
  private constructor(private readonly corpus: Corpus, readonly words: DocWords[], private readonly places: Int32Array,
    private readonly offsets: Int32Array, readonly fromEarlier = false) {}

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
    return new WordIndex(corpus, words, places, offsets);
  }

  /**
   * The index of `corpus` from `before`'s, or undefined when the corpus does not continue the one `before` indexed:
   * another string table, unchanged documents in another order, or most of the documents new.
   */
  private static updated(corpus: Corpus, before: WordIndex): WordIndex | undefined {
    const { strings, docs } = corpus.store.stored;
    const oldStore = before.corpus.store.stored, oldForms = before.offsets.length - 1;
    if (strings.length < oldForms || (oldForms > 0 && strings[oldForms - 1] !== oldStore.strings[oldForms - 1])) return undefined;
    const changes = docChanges(oldStore.docs, docs);
    if (!changes) return undefined;
    const { renumber, added } = changes;
    const words = wordsOf(corpus);
    // The places of each form: as before, less the removed documents', plus the added ones' (in document order).
    const offsets = new Int32Array(strings.length + 1);
    for (let f = 0; f < oldForms; f++) offsets[f + 1] = before.offsets[f + 1] - before.offsets[f];
    renumber.forEach((k, j) => {
      if (k >= 0) return;
      const ws = before.words[j];
      for (let i = 0; i < ws.length; i++) offsets[ws.formId(i) + 1] -= 2;
    });
    const addedPlaces = new Map<number, number[]>();
    for (const k of added) {
      const ws = words[k];
      for (let i = 0; i < ws.length; i++) {
        const f = ws.formId(i);
        offsets[f + 1] += 2;
        const list = addedPlaces.get(f);
        if (list) list.push(k, i); else addedPlaces.set(f, [k, i]);
      }
    }
    for (let f = 0; f < strings.length; f++) offsets[f + 1] += offsets[f];
    const places = new Int32Array(offsets[strings.length]);
    const old = before.places;
    // The forms the added documents use, ascending, walked beside the form loop instead of a lookup per form.
    const extraForms = [...addedPlaces.keys()].sort((a, b) => a - b);
    let e = 0;
    for (let f = 0; f < strings.length; f++) {
      let w = offsets[f];
      let p = f < oldForms ? before.offsets[f] : 0;
      const end = f < oldForms ? before.offsets[f + 1] : 0;
      const extra = extraForms[e] === f ? addedPlaces.get(extraForms[e++]) : undefined;
      let x = 0;
      for (; p < end; p += 2) {
        const doc = renumber[old[p]];
        if (doc < 0) continue;
        // Added documents' places go in where their numbers fall among the kept ones'.
        while (extra && x < extra.length && extra[x] < doc) { places[w++] = extra[x]; places[w++] = extra[x + 1]; x += 2; }
        places[w++] = doc;
        places[w++] = old[p + 1];
      }
      while (extra && x < extra.length) { places[w++] = extra[x]; places[w++] = extra[x + 1]; x += 2; }
    }
    return new WordIndex(corpus, words, places, offsets, true);
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
    return id >= 0 && id + 1 < this.offsets.length ? this.places.subarray(this.offsets[id], this.offsets[id + 1]) : NO_PLACES;
  }
}
