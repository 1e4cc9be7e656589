import { AskedWords, DocFacts } from '../facts/analyze';
import { contentStemIds, quoteCount, renumberStrings, sameSentenceText, sentenceCount, sentenceSpanAt, sentenceTextHash, sentenceTextOf, StoredDoc } from './stored-doc';
import { decodeDoc, encodeDoc, namedSentences } from './stored-doc-codec';
import { mentionsOf } from './indexing';
import { NameNotes } from './stored-names';
import { RawMention } from './registry';
import { AnalysedFile } from './analysed-file';

export type { StoredDoc } from './stored-doc';

// The corpus's analysis as it is kept, in memory and on disk: each document in the compact form of stored-doc.ts
// (typed arrays, ids into one table of interned strings, nothing that the text already holds), the string table
// shared by all documents.
//
// A document's facts are rebuilt as objects only when asked for, with the same fields and values analysis made,
// and the most recently used ones are kept: a check reads a few dozen documents, hover a handful, so memory holds
// the compact form of the whole corpus and the objects of a small working set.

/** Documents whose facts stay decoded. */
const RECENT_DOCS = 512;
const NO_IDS: readonly number[] = [];

export interface StoredFacts { strings: string[]; docs: StoredDoc[] }

export class FactsStore {
  /**
   * Each string's id, made when first asked for (a corpus read from the disk cache may never need it). A store that
   * continues this one takes the map over instead of copying it (48,000 entries at 10 MB cost 15-20 ms a copy,
   * paid by every update): an entry then counts only where this store's own table has that string at that id, and
   * only the store holding the map may add to it; another makes a copy of its own first.
   */
  private ids?: Map<string, number>;
  private ownsIds = true;
  private readonly recent = new Map<number, DocFacts>();
  private lastDoc = -1;
  private lastFacts: DocFacts | undefined;

  constructor(readonly stored: StoredFacts = { strings: [], docs: [] }, private readonly texts: string[] = [], ids?: Map<string, number>) {
    this.ids = ids;
  }

  get size(): number {
    return this.stored.docs.length;
  }

  /**
   * An empty store that can take documents stored with this string table as they are: it starts with a copy of
   * the table, so their ids still hold.
   */
  static continuing(strings: readonly string[], from?: FactsStore): FactsStore {
    const ids = from && from.stored.strings === strings && from.ownsIds ? from.ids : undefined;
    if (ids) from!.ownsIds = false;
    return new FactsStore({ strings: strings.slice(), docs: [] }, [], ids);
  }

  /** The map of ids as this store may read and add to it. */
  private ownIds(): Map<string, number> {
    if (!this.ids) {
      this.ids = new Map();
      this.stored.strings.forEach((s, i) => this.ids!.set(s, i));
      this.ownsIds = true;
    } else if (!this.ownsIds) {
      const strings = this.stored.strings, mine = new Map<string, number>();
      strings.forEach((s, i) => mine.set(s, i));
      this.ids = mine;
      this.ownsIds = true;
    }
    return this.ids;
  }

  /** Takes a document of the store this one continues (see `continuing`), unchanged; returns its number. */
  addKept(doc: StoredDoc, text: string): number {
    this.stored.docs.push(doc);
    this.texts.push(text);
    return this.stored.docs.length - 1;
  }

  /** Takes a document analysed apart (a worker thread), its string ids turned into this store's; returns its number. */
  addApart(a: AnalysedFile, text: string): number {
    const ids = new Int32Array(a.strings.length);
    for (let i = 0; i < ids.length; i++) ids[i] = this.idOf(a.strings[i]);
    renumberStrings(a.doc, ids);
    return this.addKept(a.doc, text);
  }

  /** Keeps a document's facts in compact form; returns its number. */
  add(facts: DocFacts, asked?: AskedWords, nameNotes?: Record<number, NameNotes>): number {
    const doc = encodeDoc(facts, s => this.idOf(s), asked);
    if (nameNotes) doc.nameNotes = nameNotes;
    this.stored.docs.push(doc);
    this.texts.push(facts.text);
    return this.stored.docs.length - 1;
  }

  /** A document's facts as objects, rebuilt if not among the recently used. */
  facts(doc: number): DocFacts {
    // A check reads one story's sentences one after another: the last document asked for needs no reordering.
    if (doc === this.lastDoc) return this.lastFacts!;
    let facts = this.recent.get(doc);
    if (facts) {
      this.recent.delete(doc);
    } else {
      facts = decodeDoc(this.stored.docs[doc], this.texts[doc], this.stored.strings);
      if (this.recent.size >= RECENT_DOCS) this.recent.delete(this.recent.keys().next().value!);
    }
    this.recent.set(doc, facts);
    this.lastDoc = doc;
    this.lastFacts = facts;
    return facts;
  }

  /** A document's name mentions as the registry takes them, read from the compact form (not rebuilt whole). */
  mentions(doc: number): RawMention[] {
    const recent = this.recent.get(doc);
    const d = this.stored.docs[doc];
    return mentionsOf(doc, recent ?? { text: this.texts[doc], lang: d.lang, sentences: namedSentences(d, this.texts[doc], this.stored.strings, !d.nameNotes) }, d.nameNotes);
  }

  /**
   * The string ids of a sentence's words that are not stopwords, read from the compact form: alignment asks this
   * of every candidate sentence and its neighbours, which would otherwise rebuild dozens of documents per claim.
   * Empty for a sentence the document does not have.
   */
  contentStemIds(doc: number, sentence: number): readonly number[] {
    const d = this.stored.docs[doc];
    if (!d || sentence < 0 || sentence >= sentenceCount(d)) return NO_IDS;
    return contentStemIds(d, sentence);
  }

  /** The sentence holding an offset of a document, or the nearest before it (stored-doc.ts `sentenceSpanAt`), without rebuilding its facts. */
  sentenceSpanAt(doc: number, offset: number): { start: number; end: number } | undefined {
    return sentenceSpanAt(this.stored.docs[doc], offset);
  }

  /** A hash of a sentence's text, never 0, without rebuilding its facts: sentences that hash apart are not the same. */
  textHash(doc: number, sentence: number): number {
    return sentenceTextHash(this.stored.docs[doc], this.texts[doc], sentence);
  }

  /** A sentence's text as the source has it, without rebuilding its facts. */
  sentenceText(doc: number, sentence: number): string {
    return sentenceTextOf(this.stored.docs[doc], this.texts[doc], sentence);
  }

  /** Whether two sentences are word for word the same (the same story filed twice), without rebuilding their facts. */
  sameText(a: { doc: number; sentence: number }, b: { doc: number; sentence: number }): boolean {
    return sameSentenceText(this.stored.docs[a.doc], this.texts[a.doc], a.sentence, this.stored.docs[b.doc], this.texts[b.doc], b.sentence);
  }

  lang(doc: number): DocFacts['lang'] {
    return this.stored.docs[doc].lang;
  }

  /** A document's sentence count, without rebuilding its facts (the Sources view lists every document's). */
  sentenceCount(doc: number): number {
    return sentenceCount(this.stored.docs[doc]);
  }

  /** How many quotes a document has, without reading them (a packed document knows). */
  quoteCount(doc: number): number {
    return quoteCount(this.stored.docs[doc]);
  }

  quotes(doc: number): DocFacts['quotes'] {
    return this.stored.docs[doc].quotes;
  }

  /** The interned string table's id of a form, or -1 when no token or word of the corpus has it. */
  idOf(s: string): number;
  idOf(s: string, known: true): number;
  idOf(s: string, known?: true): number {
    const strings = this.stored.strings;
    const i = (this.ids ?? this.ownIds()).get(s);
    // A map taken over by a later store may hold its strings too, at ids past this table or of other strings.
    if (i !== undefined && i < strings.length && strings[i] === s) return i;
    if (known) return -1;
    const ids = this.ownIds(), id = strings.length;
    strings.push(s);
    ids.set(s, id);
    return id;
  }

  string(id: number): string {
    return this.stored.strings[id];
  }
}
