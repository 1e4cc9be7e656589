import type { Entity, EntityRole } from './entity-types';
import type { MentionList } from './mention-list';
import { DocNames, GroupRefs, groupEntity } from './registry-parts';

// The registry's name groups (registry.ts): every group of the documents' name parts, each folded into its entity
// before the merges. An updated registry folds again only the groups that changed documents name (foldedGroups);
// the others keep their parts and entity as they were, even their document numbers: a group records the generation
// of numbering it was made in, and `Numbering` reads its numbers as they are now. A file added in the middle of a
// folder renumbers half its documents; moving every group after it, and making the groups' map again in order,
// was a third of the registry's update at 10 MB of sources.

/** A name group's parts (by document position and part number) and the entity they fold to, before merging. */
export interface Folded extends GroupRefs {
  entity: Entity | undefined;
  /** The generation of document numbering its numbers (and its entity's) are in (Numbering). */
  at: number;
}

/**
 * Past this many generations of numbering, every group is brought to the present one. Each generation costs a map
 * of the documents' numbers, made again at each update that moves documents (32 maps of 6,000 numbers at 10 MB of
 * sources: under a millisecond); bringing every group to the present costs what moving them all each time did.
 */
const MAX_GENERATIONS = 32;

/**
 * How documents were renumbered since the numbering each kept group was made in: per older generation, the map from
 * its document numbers to the present ones (-1: a document gone since). Never changed once made.
 */
export class Numbering {
  constructor(readonly gen: number, private readonly maps: ReadonlyMap<number, Int32Array> = new Map()) {}

  /** How a group's numbers read now; undefined when they are the present ones. */
  mapOf(g: Folded): Int32Array | undefined {
    return g.at === this.gen ? undefined : this.maps.get(g.at);
  }

  /** The numbering after the present documents moved by `moved`. */
  after(moved: Int32Array): Numbering {
    const maps = new Map<number, Int32Array>();
    for (const [gen, map] of this.maps) maps.set(gen, map.map(d => (d < 0 ? -1 : moved[d])));
    maps.set(this.gen, moved);
    return new Numbering(this.gen + 1, maps);
  }

  get generations(): number {
    return this.maps.size;
  }

  /** Where a group is first mentioned now (firstOf). */
  placeOf(g: Folded): number {
    const map = this.mapOf(g);
    return map ? movedPlace(firstOf(g), map) : firstOf(g);
  }

  /** The group with its numbers (and its entity's) as they are now: itself when they are. */
  present(g: Folded, lists: Map<Int32Array, MovedLists>): Folded {
    const map = this.mapOf(g);
    if (!map) return g;
    let moved = lists.get(map);
    if (!moved) { moved = new MovedLists(map); lists.set(map, moved); }
    return movedGroup(g, moved, this.gen);
  }
}

/**
 * Every name group of the documents with its folded entity, and the numbering its numbers read through. Given what
 * an earlier build kept, only the groups that changed documents name (a document differs by identity: a changed
 * one's parts are new) have their parts gathered and are folded again; every other group is kept as it was. A
 * document renumbered because a file came or went before it is the same document moved (DocNames.origin): the
 * groups it names keep their entity instead of being folded again, and the numbering says where their documents
 * stand now. A build from nothing gives the groups in order of first mention, (document, part); an update does not
 * keep that order (Numbering.placeOf gives it).
 */
export function foldedGroups(docs: readonly DocNames[], earlier?: { docs: readonly DocNames[]; groups: Map<string, Folded>; numbering?: Numbering }): FoldedGroups {
  const moves = earlier?.numbering && movesOf(earlier.docs, docs);
  if (!earlier?.numbering || !moves) return { groups: groupsFromScratch(docs), numbering: new Numbering(0) };
  const before = earlier.docs, was = earlier.numbering, { moved, fresh: freshDocs, shifted } = moves;
  const lists = shifted ? new MovedLists(moved) : undefined;
  let numbering = shifted ? was.after(moved) : was;
  // A kept group's documents, numbered as now (-1: gone or changed).
  const now = (g: Folded, k: number) => { const map = was.mapOf(g), d = map ? map[g.docs[k]] : g.docs[k]; return moved[d]; };
  // The touched groups' parts: their kept ones in documents that stayed, then those of the changed documents.
  const touched = new Map<string, { docs: number[]; parts: number[] }>();
  for (let dj = 0; dj < before.length; dj++) if (moved[dj] < 0) for (const key of before[dj].keys) if (!touched.has(key)) {
    const g = earlier.groups.get(key)!, refs = { docs: [] as number[], parts: [] as number[] };
    for (let k = 0; k < g.docs.length; k++) { const d = now(g, k); if (d >= 0) { refs.docs.push(d); refs.parts.push(g.parts[k]); } }
    touched.set(key, refs);
  }
  for (const di of freshDocs) docs[di].keys.forEach((key, p) => {
    let refs = touched.get(key);
    if (!refs) {
      const g = earlier.groups.get(key);
      refs = { docs: g ? Array.from(g.docs, (_, k) => now(g, k)) : [], parts: g ? Array.from(g.parts) : [] };
      touched.set(key, refs);
    }
    refs.docs.push(di);
    refs.parts.push(p);
  });
  let out = new Map(earlier.groups);
  for (const [key, refs] of touched) {
    out.delete(key);
    if (!refs.docs.length) continue;
    sortRefs(refs);
    out.set(key, { ...refs, entity: groupEntity(0, key, refs, docs), at: numbering.gen });
  }
  // Numbering kept for many generations costs a map per generation per update: past a few, every group is moved.
  if (numbering.generations > MAX_GENERATIONS) {
    const byMap = new Map<Int32Array, MovedLists>(), present = new Map<string, Folded>();
    for (const [key, g] of out) present.set(key, numbering.present(g, byMap));
    out = present;
    numbering = new Numbering(numbering.gen);
  }
  const gone: number[] = [];
  for (let dj = 0; dj < before.length; dj++) if (moved[dj] < 0) gone.push(dj);
  return { groups: out, numbering, change: { keys: new Set(touched.keys()), gone, fresh: freshDocs }, moves: lists };
}

/**
 * The groups after an update: each group's parts and folded entity (in order of first mention when built from
 * nothing), and the numbering their numbers read through; what changed (the
 * groups folded again, by key, and the earlier and present documents that were changed, removed or added), when
 * the groups were taken from an earlier build; and how documents that stayed moved, when any did.
 */
export interface FoldedGroups {
  groups: Map<string, Folded>;
  numbering: Numbering;
  change?: { keys: Set<string>; gone: number[]; fresh: number[] };
  moves?: MovedLists;
}

/**
 * Entities' lists with their document numbers read through `moved`. A mention list keeps its last move, so a list
 * two entities share (a group's folded entity and the merged entity made of it alone) is moved once.
 */
export class MovedLists {
  /** The first document number that moves: every one below stays. */
  private readonly from: number;

  constructor(readonly moved: Int32Array) {
    let d = 0;
    while (d < moved.length && moved[d] === d) d++;
    this.from = d;
  }

  mentionsOf(list: MentionList): MentionList {
    return list.withDocs(this.moved, this.from);
  }

  rolesOf(list: EntityRole[]): EntityRole[] {
    const moved = this.moved;
    let i = 0;
    while (i < list.length && moved[list[i].doc] === list[i].doc) i++;
    if (i === list.length) return list;
    const out = list.slice();
    for (; i < list.length; i++) if (moved[list[i].doc] !== list[i].doc) out[i] = { ...list[i], doc: moved[list[i].doc] };
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
function movedGroup(g: Folded, lists: MovedLists, at: number): Folded {
  const n = g.docs.length, moved = lists.moved;
  let k = 0;
  while (k < n && moved[g.docs[k]] === g.docs[k]) k++;
  if (k === n) return g.at === at ? g : { docs: g.docs, parts: g.parts, entity: g.entity, at };
  // Plain loops: a file added in the middle of 10 MB of sources moves half the groups, and a copy through a
  // callback per number cost three times as much.
  const docs = new Int32Array(n);
  for (let i = 0; i < n; i++) docs[i] = moved[g.docs[i]];
  return { docs, parts: g.parts, entity: g.entity && lists.entity(g.entity, g.entity.id), at };
}

/** Where a group is first mentioned, as one number that orders (document, part): the document times this, plus the part. */
const PLACE_DOC = 1_000_000;
export const firstOf = (g: GroupRefs) => g.docs[0] * PLACE_DOC + g.parts[0];

/** A place (firstOf) with its document read through `moved`. */
export const movedPlace = (place: number, moved: ArrayLike<number>) => moved[Math.floor(place / PLACE_DOC)] * PLACE_DOC + place % PLACE_DOC;

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
  for (const [key, refs] of flatGroups(docs)) groups.set(key, { ...refs, entity: groupEntity(0, key, refs, docs), at: 0 });
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

