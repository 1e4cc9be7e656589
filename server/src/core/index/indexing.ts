import { describeNames } from '../facts/descriptions';
import { Lang, Span } from '../types';
import { NameMention } from '../facts/names';
import { EntityRegistry, RawMention } from './registry';
import { Postings, PostingsBuilder } from './postings';
import { updatedPostings } from './postings-update';
import { docChanges } from './doc-changes';
import { quoteCount, someWordForm, StoredDoc } from './stored-doc';
import { NamedSentence } from './stored-doc-codec';
import { NameNotes } from './stored-names';
import { DocNames, docNames, renumbered, sameParts } from './registry-parts';
import { CancellationToken, runSteps, Slices, throwIfCancelled } from '../cancellation';

// Building the index of a corpus document by document, from each document's stored analysis (ids into the
// store's string table), so the same code serves a document analysed here, one analysed in a worker thread and
// one taken unchanged from an earlier index.

/** A set of words that can be asked and listed: the corpus's forms in any case. */
export interface WordSet { has(word: string): boolean; [Symbol.iterator](): Iterator<string> }

/** The index of a corpus being built. */
export interface Indexed { postings: Postings; anyCaseVocab: WordSet; quoteCount: number; registry: EntityRegistry }

/** A stored document's distinct word forms (string ids): what it adds to or takes off the known words' counts. */
function distinctForms(doc: StoredDoc): Set<number> {
  const forms = new Set<number>();
  someWordForm(doc, f => { forms.add(f); });
  return forms;
}

/** The forms some document uses, asked by string through the store's table: no set of strings is built. */
class SeenForms implements WordSet {
  // The store itself, not a closure over it: a closure made inside a build would keep the build's whole scope
  // alive, the corpus it replaced included.
  constructor(readonly docsUsing: Int32Array, private readonly strings: readonly string[], private readonly store: { idOf(word: string, known: true): number }) {}
  has(word: string): boolean {
    const id = this.store.idOf(word, true);
    return id >= 0 && id < this.docsUsing.length && this.docsUsing[id] > 0;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let id = 0; id < this.docsUsing.length; id++) if (this.docsUsing[id] > 0) yield this.strings[id];
  }
}

/**
 * Each stored document's registry parts, kept while the document is: an update takes an unchanged document's
 * parts from here instead of reading its names again (they are renumbered when files before it came or went).
 */
const partsOfDoc = new WeakMap<StoredDoc, DocNames>();

/** The index of the corpus a build replaces, which an update of a few files is made from. */
export interface IndexedBefore {
  docs: readonly StoredDoc[];
  postings: Postings;
  /** Per form id, how many documents use the form. */
  docsUsing: Int32Array;
}

/**
 * What an update needs of a corpus's index: the per-form document counts come with an index built here, or from
 * `updateBase` for one read from the disk cache (which does not keep them); without them, undefined.
 */
export function indexedBefore(docs: readonly StoredDoc[], postings: Postings, vocab: WordSet, docsUsing?: Int32Array): IndexedBefore | undefined {
  const counts = vocab instanceof SeenForms ? vocab.docsUsing : docsUsing;
  return counts ? { docs, postings, docsUsing: counts } : undefined;
}

/** Work done between two pauses while making an update base, in milliseconds. */
const SLICE_MS = 5;

/**
 * For documents indexed without them (a corpus read from the disk cache): each document's registry parts, kept for
 * the next build as an indexed document's are, and the per-form document counts over a string table of `forms`
 * strings. Made in slices between `pause`s, so an editor answers meanwhile; a cancelled token stops it.
 */
export async function updateBase(docs: readonly StoredDoc[], forms: number, mentions: (id: number) => readonly RawMention[],
  pause: () => Promise<void>, token?: CancellationToken): Promise<{ names: DocNames[]; docsUsing: Int32Array }> {
  throwIfCancelled(token);
  const names: DocNames[] = [];
  const counts = new FormCounts(forms), slices = new Slices(SLICE_MS, pause, token);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    const parts = partsOfDoc.get(doc) ?? docNames(d, mentions(d));
    partsOfDoc.set(doc, parts);
    names.push(parts);
    counts.add(doc, d);
    await slices.next();
  }
  return { names, docsUsing: counts.docsUsing };
}

/** Per form id, how many of the documents added so far use the form; each document counts a form once. */
class FormCounts {
  readonly docsUsing: Int32Array;
  /** The document that last counted each form. */
  private readonly lastDoc: Int32Array;
  constructor(forms: number) {
    this.docsUsing = new Int32Array(forms);
    this.lastDoc = new Int32Array(forms).fill(-1);
  }
  /** Counts document number `d`'s forms (ids beyond the table it was made for are not counted). */
  add(doc: StoredDoc, d: number): void {
    someWordForm(doc, f => {
      if (f < this.docsUsing.length && this.lastDoc[f] !== d) { this.lastDoc[f] = d; this.docsUsing[f]++; }
    });
  }
}

export class Indexing {
  private readonly docs: StoredDoc[] = [];
  private readonly names: DocNames[] = [];
  private quotes = 0;

  /**
   * `earlier`: the registry of the corpus this build replaces, whose unchanged name groups are taken as folded.
   * `updatable`: the registry keeps its folded groups for a build that will replace it. `before`: that corpus's
   * index, which postings and known words are made from when few documents changed.
   */
  constructor(private readonly earlier?: EntityRegistry, private readonly updatable = earlier !== undefined, private readonly before?: IndexedBefore) {}

  /**
   * Adds the next document, number `id`: its stored analysis, and its name mentions (asked for only when the
   * document's registry parts are not kept from an earlier build). `former`: the same file's analysis in that
   * build, when this one was made again because a word it asked about changed in the corpus; its parts are kept
   * when the new ones say the same, so the registry folds none of the groups they name again.
   */
  add(doc: StoredDoc, id: number, mentions: () => readonly RawMention[], former?: StoredDoc): void {
    this.docs.push(doc);
    const kept = partsOfDoc.get(doc);
    let names = kept ? renumbered(kept, id) : docNames(id, mentions());
    const was = !kept && former ? partsOfDoc.get(former) : undefined;
    if (was && sameParts(was, names)) names = renumbered(was, id);
    // Kept only for a corpus that will be updated: a one-off build's parts die with the build.
    if (this.updatable) partsOfDoc.set(doc, names);
    this.names.push(names);
    this.quotes += quoteCount(doc);
  }

  /** The index, over the store's string table (which also finds a word's id: -1 when it has none). */
  finish(store: { stored: { strings: string[] }; idOf(word: string, known: true): number }): Indexed {
    return runSteps(this.finishSteps(store));
  }

  /** `finish` in steps: the postings, then the registry's phases (EntityRegistry.fromPartsSteps). */
  *finishSteps(store: { stored: { strings: string[] }; idOf(word: string, known: true): number }): Generator<void, Indexed> {
    const strings = store.stored.strings;
    const changes = this.before && docChanges(this.before.docs, this.docs);
    let postings: Postings, docsUsing: Int32Array;
    if (this.before && changes) {
      postings = updatedPostings(this.before.postings, this.before.docs, this.docs, changes, strings);
      docsUsing = new Int32Array(strings.length);
      docsUsing.set(this.before.docsUsing.subarray(0, strings.length));
      for (const j of changes.removed) for (const f of distinctForms(this.before.docs[j])) docsUsing[f]--;
      for (const k of changes.added) for (const f of distinctForms(this.docs[k])) docsUsing[f]++;
    } else {
      const builder = new PostingsBuilder(), counts = new FormCounts(strings.length);
      this.docs.forEach((doc, d) => {
        builder.addStored(doc);
        counts.add(doc, d);
      });
      postings = builder.build(strings);
      docsUsing = counts.docsUsing;
    }
    yield;
    const registry = yield* EntityRegistry.fromPartsSteps(this.names, this.earlier, this.updatable);
    return { postings, anyCaseVocab: new SeenForms(docsUsing, strings, store), quoteCount: this.quotes, registry };
  }
}

const ACRONYM_AFTER = /^\s*\(\s*([\p{Lu}][\p{Lu}\d]{1,6})\s*\)/u;

/**
 * A person goes by an acronym only of their initials ("Susilo Bambang Yudhoyono (SBY)"); other capitals in
 * brackets after a name are a photo credit, an employer or a party ("Xi Jinping(AFP)", "Joko Widodo (PDI-P)").
 * The same holds for a place ("Amerika Serikat (AS)").
 */
function isInitialsOf(acronym: string, name: NameMention): boolean {
  return name.words.map(w => w[0]).join('') === acronym.toLowerCase();
}

/**
 * Every name mention of a document as the registry takes it: with an acronym defined after it and what the text
 * says it is around it (roles, descriptions; "its" read as the organisation named last before the sentence).
 * With `notes` recorded at analysis (notesOf), the descriptions are taken from them instead of read again.
 */
export function mentionsOf(doc: number, facts: { text: string; lang: Lang; sentences: readonly NamedSentence[] }, notes?: Record<number, NameNotes>): RawMention[] {
  const out: RawMention[] = [];
  let lastOrg: Span | undefined;
  for (const s of facts.sentences) {
    if (notes) {
      for (const name of s.names) {
        const m: RawMention = { doc, sentence: s.index, start: name.start, end: name.end, text: name.text, name, weak: s.headline };
        const note = notes[out.length];
        if (note?.acronym) m.acronym = note.acronym;
        if (note?.stated) m.stated = note.stated;
        out.push(m);
      }
      continue;
    }
    const described = describeNames(s.tokens, s.names, { lang: facts.lang, lastOrg });
    s.names.forEach((name, i) => {
      const acronym = facts.text.slice(name.end, name.end + 12).match(ACRONYM_AFTER)?.[1];
      const m: RawMention = { doc, sentence: s.index, start: name.start, end: name.end, text: name.text, name, weak: s.headline };
      // A person or a known place goes by an acronym only of its initials: "Indonesia (PSSI)" is the end of an
      // association's name the finder did not read whole.
      const initialsOnly = name.kind === 'person' || name.kind === 'place';
      if (acronym && acronym.toLowerCase() !== name.key && (!initialsOnly || isInitialsOf(acronym, name))) m.acronym = acronym;
      if (described[i].length) m.stated = described[i];
      out.push(m);
    });
    for (const n of s.names) if (n.kind === 'organization' && !s.headline) lastOrg = { start: n.start, end: n.end };
  }
  return out;
}

/** The acronyms and descriptions of a document's mentions by name number, to keep with its stored form. */
export function notesOf(mentions: readonly RawMention[]): Record<number, NameNotes> {
  const notes: Record<number, NameNotes> = {};
  mentions.forEach((m, k) => {
    if (!m.acronym && !m.stated) return;
    const note: NameNotes = {};
    if (m.acronym) note.acronym = m.acronym;
    if (m.stated) note.stated = m.stated;
    notes[k] = note;
  });
  return notes;
}
