import type { Entity, EntityRole } from './entity-types';
import type { MentionList } from './mention-list';
import { DocNames, GroupRefs, groupEntity } from './registry-parts';

// The registry's name groups (registry.ts): every group of the documents' name parts, in order of first mention,
// each folded into its entity before the merges. An updated registry folds again only the groups that changed
// documents name (foldedGroups); the others keep their parts and entity.

/** A name group's parts (by document position and part number) and the entity they fold to, before merging. */
export interface Folded extends GroupRefs { entity: Entity | undefined }

/**
 * Every name group of the documents, in order of first mention, with its folded entity. Given what an earlier build
 * kept, only the groups that changed documents name (a document differs by identity: a changed one's parts are
 * new) have their parts gathered and are folded again; every other group keeps its parts and entity. A document
 * renumbered because a file came or went before it is the same document moved (DocNames.origin): the groups it
 * names keep their entity, with the document numbers in it moved, instead of being folded again (a file added in
 * the middle of a 10 MB folder refolded every group after it, 250 ms). The groups and their order are those a
 * build from nothing gives: a group's place is that of its first mention, (document, part).
 */
export function foldedGroups(docs: readonly DocNames[], earlier?: { docs: readonly DocNames[]; groups: Map<string, Folded> }): FoldedGroups {
  const moves = earlier && movesOf(earlier.docs, docs);
  if (!earlier || !moves) return { groups: groupsFromScratch(docs) };
  const before = earlier.docs, { moved, fresh: freshDocs, shifted } = moves;
  const lists = shifted ? new MovedLists(moved) : undefined;
  // The touched groups' parts: their kept ones in documents that stayed, then those of the changed documents.
  const touched = new Map<string, { docs: number[]; parts: number[] }>();
  for (let dj = 0; dj < before.length; dj++) if (moved[dj] < 0) for (const key of before[dj].keys) if (!touched.has(key)) {
    const g = earlier.groups.get(key)!, refs = { docs: [] as number[], parts: [] as number[] };
    for (let k = 0; k < g.docs.length; k++) if (moved[g.docs[k]] >= 0) { refs.docs.push(moved[g.docs[k]]); refs.parts.push(g.parts[k]); }
    touched.set(key, refs);
  }
  for (const di of freshDocs) docs[di].keys.forEach((key, p) => {
    let refs = touched.get(key);
    if (!refs) {
      const g = earlier.groups.get(key);
      refs = { docs: g ? Array.from(g.docs, dj => moved[dj]) : [], parts: g ? Array.from(g.parts) : [] };
      touched.set(key, refs);
    }
    refs.docs.push(di);
    refs.parts.push(p);
  });
  const fresh: Array<[string, Folded]> = [];
  for (const [key, refs] of touched) {
    if (!refs.docs.length) continue;
    sortRefs(refs);
    fresh.push([key, { ...refs, entity: groupEntity(0, key, refs, docs) }]);
  }
  fresh.sort((a, b) => firstOf(a[1]) - firstOf(b[1]));
  // The untouched groups in their kept order (documents that stayed keep their order), moved where their
  // documents moved, with the refolded ones merged in by first mention.
  const out = new Map<string, Folded>();
  let f = 0;
  for (const [key, kept] of earlier.groups) {
    if (touched.has(key)) continue;
    const g = lists ? movedGroup(kept, lists) : kept;
    while (f < fresh.length && firstOf(fresh[f][1]) < firstOf(g)) out.set(...fresh[f++]);
    out.set(key, g);
  }
  while (f < fresh.length) out.set(...fresh[f++]);
  const gone: number[] = [];
  for (let dj = 0; dj < before.length; dj++) if (moved[dj] < 0) gone.push(dj);
  return { groups: out, change: { keys: new Set(touched.keys()), gone, fresh: freshDocs }, moves: lists };
}

/**
 * The groups after an update: each group's parts and folded entity in order of first mention; what changed (the
 * groups folded again, by key, and the earlier and present documents that were changed, removed or added), when
 * the groups were taken from an earlier build; and how documents that stayed moved, when any did.
 */
export interface FoldedGroups {
  groups: Map<string, Folded>;
  change?: { keys: Set<string>; gone: number[]; fresh: number[] };
  moves?: MovedLists;
}

/**
 * Entities' lists with their document numbers read through `moved`, each list moved once (a mention list keeps its
 * last move): a kept group's folded entity and the merged entity made of it alone share their lists, and both move.
 */
export class MovedLists {
  private readonly roles = new Map<readonly EntityRole[], EntityRole[]>();

  constructor(readonly moved: Int32Array) {}

  mentionsOf(list: MentionList): MentionList {
    return list.withDocs(this.moved);
  }

  rolesOf(list: EntityRole[]): EntityRole[] {
    if (list.every(r => this.moved[r.doc] === r.doc)) return list;
    let out = this.roles.get(list);
    if (!out) { out = list.map(r => ({ ...r, doc: this.moved[r.doc] })); this.roles.set(list, out); }
    return out;
  }

  /** The entity as a new registry takes it, numbered `id`, with its documents moved: itself when nothing changes. */
  entity(e: Entity, id: number): Entity {
    const mentions = this.mentionsOf(e.mentions), roles = this.rolesOf(e.roles);
    if (id === e.id && mentions === e.mentions && roles === e.roles) return e;
    return { id, name: e.name, kind: e.kind, keys: e.keys, mentions, roles };
  }
}

/**
 * Where each earlier document stands now (-1: gone or changed), which documents are new or changed, and whether
 * any kept one moved; undefined when so much changed that folding everything is as quick, or when documents that
 * stayed changed their order (then first mentions would move past each other).
 */
function movesOf(before: readonly DocNames[], docs: readonly DocNames[]): { moved: Int32Array; fresh: number[]; shifted: boolean } | undefined {
  const now = new Map<DocNames, number>();
  for (let di = 0; di < docs.length; di++) {
    const o = docs[di].origin ?? docs[di];
    if (now.has(o)) return undefined;
    now.set(o, di);
  }
  const moved = new Int32Array(before.length).fill(-1), stays = new Uint8Array(docs.length);
  let shifted = false, last = -1, changed = 0;
  for (let dj = 0; dj < before.length; dj++) {
    const di = now.get(before[dj].origin ?? before[dj]);
    if (di === undefined) { changed++; continue; }
    if (di < last) return undefined;
    moved[dj] = last = di;
    stays[di] = 1;
    if (di !== dj) shifted = true;
  }
  const fresh: number[] = [];
  for (let di = 0; di < docs.length; di++) if (!stays[di]) fresh.push(di);
  return changed + fresh.length > docs.length / 4 ? undefined : { moved, fresh, shifted };
}

/** A kept group whose documents moved: the same parts and entity, with document numbers read through `moved`. */
function movedGroup(g: Folded, lists: MovedLists): Folded {
  const n = g.docs.length, moved = lists.moved;
  let k = 0;
  while (k < n && moved[g.docs[k]] === g.docs[k]) k++;
  if (k === n) return g;
  // Plain loops: a file added in the middle of 10 MB of sources moves half the groups, and a copy through a
  // callback per number cost three times as much.
  const docs = new Int32Array(n);
  for (let i = 0; i < n; i++) docs[i] = moved[g.docs[i]];
  return { docs, parts: g.parts, entity: g.entity && lists.entity(g.entity, g.entity.id) };
}

/** Where a group is first mentioned, as one number that orders (document, part): the document times this, plus the part. */
export const PLACE_DOC = 1_000_000;
export const firstOf = (g: GroupRefs) => g.docs[0] * PLACE_DOC + g.parts[0];

/** A group's parts in document order (a changed document's were added after the kept ones). */
function sortRefs(refs: { docs: number[]; parts: number[] }): void {
  const order = refs.docs.map((_, k) => k).sort((a, b) => refs.docs[a] - refs.docs[b]);
  refs.docs = order.map(k => refs.docs[k]);
  refs.parts = order.map(k => refs.parts[k]);
}

/**
 * The groups of the documents read from nothing. Each group's parts are a view into two flat arrays for the whole
 * corpus: at 100 MB of sources there are hundreds of thousands of groups, and two small arrays each were a
 * third of what building the registry added to the heap.
 */
function groupsFromScratch(docs: readonly DocNames[]): Map<string, Folded> {
  const groups = new Map<string, Folded>();
  for (const [key, refs] of flatGroups(docs)) groups.set(key, { ...refs, entity: groupEntity(0, key, refs, docs) });
  return groups;
}

/** Each group's key and parts, in order of first mention, the parts as views into two flat arrays. */
export function* flatGroups(docs: readonly DocNames[]): Generator<[string, GroupRefs]> {
  for (const g of flatGroupSteps(docs, Infinity)) if (g) yield g;
}

/**
 * `flatGroups` with a stop (undefined) every `docsPerStep` documents of its two passes over the corpus, which
 * take about 80 ms at 10 MB of sources: a server making them in the background gives other work a turn there.
 */
export function* flatGroupSteps(docs: readonly DocNames[], docsPerStep: number): Generator<[string, GroupRefs] | undefined> {
  const number = new Map<string, number>();
  const keys: string[] = [];
  let counts = new Int32Array(1024), total = 0;
  for (let di = 0; di < docs.length; di++) {
    for (const key of docs[di].keys) {
      let g = number.get(key);
      if (g === undefined) {
        g = keys.length;
        number.set(key, g);
        keys.push(key);
        if (g >= counts.length) { const c = new Int32Array(counts.length * 2); c.set(counts); counts = c; }
      }
      counts[g]++;
      total++;
    }
    if ((di + 1) % docsPerStep === 0) yield undefined;
  }
  const starts = new Int32Array(keys.length + 1);
  for (let g = 0; g < keys.length; g++) starts[g + 1] = starts[g] + counts[g];
  const refDocs = new Int32Array(total), refParts = new Int32Array(total), next = starts.slice(0, keys.length);
  for (let di = 0; di < docs.length; di++) {
    docs[di].keys.forEach((key, p) => {
      const at = next[number.get(key)!]++;
      refDocs[at] = di;
      refParts[at] = p;
    });
    if ((di + 1) % docsPerStep === 0) yield undefined;
  }
  for (let g = 0; g < keys.length; g++) yield [keys[g], { docs: refDocs.subarray(starts[g], starts[g + 1]), parts: refParts.subarray(starts[g], starts[g + 1]) }];
}

