import type { DocChanges } from './doc-changes';
import { ChangeNotes, notesAfter } from './change-notes';

// What changed in the quote index (quote-index.ts) since its places were last laid out in full. Copying every
// place of a 10 MB corpus for each saved source cost 45-55 ms (14 MB of places, memory touched afresh); an update
// instead notes the documents' new numbers and the places of the documents added, and a form's list is put
// together when a search asks for it. Once the changes pile up past a share of the places, they are laid out in
// full again. Either way a form's places come out exactly as an index built from scratch holds them.

/** The places laid out in full: per form id, (document, position) pairs from offsets[id] to offsets[id + 1]. */
export interface LaidOut {
  places: Int32Array;
  offsets: Int32Array;
  /** How many documents they were laid out for. */
  docs: number;
}

/** A document's words as the index reads them. */
export interface WordForms {
  readonly length: number;
  formId(i: number): number;
}

/** What changed since the layout (change-notes.ts); an entry is a document and a position. */
export type Overlay = ChangeNotes;

/**
 * The overlay after `changes`, on top of `before` (none: the layout is current). `count` is a form's number of
 * places before the changes; `oldWords` and `newWords` give documents' words by their numbers before and after.
 */
export function overlaid(base: LaidOut, before: Overlay | undefined, count: (form: number) => number, changes: DocChanges,
  oldWords: (doc: number) => WordForms, newWords: (doc: number) => WordForms): Overlay {
  const notes = notesAfter(base.docs, before, changes, count);
  const { renumber, counts } = notes;
  let sameNumbers = true;
  for (let b = 0; b < base.docs; b++) if (renumber[b] >= 0 && renumber[b] !== b) sameNumbers = false;
  for (const j of changes.removed) {
    const ws = oldWords(j);
    for (let i = 0; i < ws.length; i++) notes.bump(ws.formId(i), -1);
  }
  // Places added before keep their order under the new numbers; the newly added documents' are merged in.
  const fresh = new Map<number, number[]>();
  for (const k of changes.added) {
    const ws = newWords(k);
    for (let i = 0; i < ws.length; i++) {
      const f = ws.formId(i);
      notes.bump(f, 1);
      const list = fresh.get(f);
      if (list) list.push(k, i); else fresh.set(f, [k, i]);
    }
  }
  const added = new Map<number, number[]>();
  for (const [f, list] of before?.added ?? []) {
    const kept: number[] = [];
    for (let p = 0; p < list.length; p += 2) {
      const doc = changes.renumber[list[p]];
      if (doc >= 0) kept.push(doc, list[p + 1]);
    }
    if (kept.length) added.set(f, kept);
  }
  for (const [f, list] of fresh) {
    const kept = added.get(f);
    added.set(f, kept ? mergePairs(kept, list) : list);
  }
  return { renumber, sameNumbers, added, counts, changed: notes.changed };
}

/** One form's places now: the laid-out ones under their new numbers, the added ones merged in by document. */
export function placesNow(base: LaidOut, o: Overlay, form: number): Int32Array {
  const from = form + 1 < base.offsets.length ? base.offsets[form] : 0, to = form + 1 < base.offsets.length ? base.offsets[form + 1] : 0;
  const extra = o.added.get(form);
  const out = new Int32Array(2 * (o.counts.get(form) ?? (to - from) / 2));
  let w = 0, x = 0;
  for (let p = from; p < to; p += 2) {
    const doc = o.renumber[base.places[p]];
    if (doc < 0) continue;
    while (extra && x < extra.length && extra[x] < doc) { out[w++] = extra[x]; out[w++] = extra[x + 1]; x += 2; }
    out[w++] = doc;
    out[w++] = base.places[p + 1];
  }
  while (extra && x < extra.length) { out[w++] = extra[x]; out[w++] = extra[x + 1]; x += 2; }
  if (w !== out.length) throw new Error('the quote index lost count of a form\'s places');
  return out;
}

/** Every form's places laid out in full again, for `forms` forms. */
export function layOut(base: LaidOut, o: Overlay, forms: number, docs: number): LaidOut {
  const offsets = new Int32Array(forms + 1);
  for (let f = 0; f < forms; f++) {
    const had = f + 1 < base.offsets.length ? (base.offsets[f + 1] - base.offsets[f]) / 2 : 0;
    offsets[f + 1] = offsets[f] + 2 * (o.counts.get(f) ?? had);
  }
  const places = new Int32Array(offsets[forms]);
  for (let f = 0; f < forms; f++) {
    if (offsets[f + 1] === offsets[f]) continue;
    if (o.sameNumbers && !o.counts.has(f)) places.set(base.places.subarray(base.offsets[f], base.offsets[f + 1]), offsets[f]);
    else places.set(placesNow(base, o, f), offsets[f]);
  }
  return { places, offsets, docs };
}

/** Two lists of (document, position) pairs, each in order, as one in order. */
function mergePairs(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] < b[j] || (a[i] === b[j] && a[i + 1] < b[j + 1])));
    if (fromA) { out.push(a[i], a[i + 1]); i += 2; } else { out.push(b[j], b[j + 1]); j += 2; }
  }
  return out;
}
