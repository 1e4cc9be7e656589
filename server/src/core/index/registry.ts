import { NameMention } from '../facts/names';
import { aliasKey } from '../lexicon/aliases';
import { dominant, NamePartIndex } from './name-part-index';
import { Entity, EntityRole, RawMention } from './entity-types';
import { DocNames, groupEntity, partsByDoc } from './registry-parts';
import { firstOf, flatGroups, flatGroupSteps, Folded, FoldedGroups, foldedGroups, movedPlace, MovedLists, Numbering } from './registry-groups';
import { AcronymPair, affectedGroups, initialsOf, LinkIndex, pairIndex } from './registry-links';
import { EntityMerges } from './registry-merges';
import { CancellationToken, runSteps, Slices } from '../cancellation';
import { entityPrint, logOf } from './read-log';

// Corpus-wide entities. Mentions of the same thing are merged: a place and its other-language name
// ("Tiongkok"/"China"), a surname or given name alone and the one full name it belongs to ("Blinken" →
// "Antony Blinken", "Xi" → "Xi Jinping"), and an acronym and its expansion ("SCO" after
// "Organisasi Kerjasama Shanghai (SCO)", "AS" ↔ "Amerika Serikat" by initials).

/** Work done between two pauses while a registry is prepared for updates, in milliseconds. */
const SLICE_MS = 5;

export type { Entity, EntityMention, EntityRole, RawMention } from './entity-types';

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private byKey = new Map<string, Entity>();
  /** The merges of the entities added (registry-merges.ts), which change `byKey`. */
  private readonly merges = new EntityMerges(this, this.byKey);
  /**
   * Kept by an updatable registry for the next build: the documents' parts it was built from, each group's folded
   * entity (in no set order, numbered as `numbering` says) and what the merges gave (Merged).
   */
  private kept?: { docs: readonly DocNames[]; groups: Map<string, Folded>; numbering: Numbering; merged?: Merged };

  /**
   * How many name groups this registry merged again when it was built as an update that kept the others' entities
   * (registry-links.ts); undefined when it merged every group.
   */
  remerged?: number;

  /** Whether the registry keeps what the next build takes unchanged (see fromParts, keepFor). */
  get updatable(): boolean {
    return this.kept !== undefined;
  }

  /**
   * Keeps what the next build takes unchanged, for a registry that did not (one read from the disk cache), from
   * the parts of the documents it was built from: the next build then folds only the groups changed files name.
   * Made in slices between `pause`s; a cancelled token stops it and keeps nothing.
   */
  async keepFor(docs: readonly DocNames[], pause: () => Promise<void>, token?: CancellationToken): Promise<void> {
    if (this.kept) return;
    // Folding every group takes a quarter of a second at 10 MB of sources: cut into slices, so hovers go on.
    const groups = new Map<string, Folded>(), slices = new Slices(SLICE_MS, pause, token);
    for (const group of flatGroupSteps(docs, 256)) {
      if (group) groups.set(group[0], { ...group[1], entity: groupEntity(0, group[0], group[1], docs), at: 0 });
      await slices.next();
    }
    this.kept ??= { docs, groups, numbering: new Numbering(0) };
  }

  /**
   * Works out, a step per `perStep` names, the words and initials of every name of two words or more, which the
   * merges of the next build ask for (shapeOf, initialsOf). A registry read from the disk cache has none: the first
   * update after a warm start paid for all of them (80 ms of a 120 ms registry build at 10 MB of sources).
   */
  *prepareNameShapesSteps(perStep: number): Generator<void, void> {
    let n = 0;
    for (const e of this.entities) {
      if (e.name.includes(' ')) initialsOf(e.name);
      if (++n % perStep === 0) yield;
    }
  }

  /** Builds the registry from every name mention of the corpus, in document order. */
  static build(raw: RawMention[]): EntityRegistry {
    return EntityRegistry.fromParts(partsByDoc(raw));
  }

  /**
   * Builds the registry from each document's parts (registry-parts.ts), in document order. `updatable`: the
   * registry keeps what the next build needs to take the groups no changed file touches (an editor's corpus,
   * which sources change under; a one-off build never has a next one to lend to).
   */
  static fromParts(docs: readonly DocNames[], earlier?: EntityRegistry, updatable = earlier !== undefined): EntityRegistry {
    return runSteps(EntityRegistry.fromPartsSteps(docs, earlier, updatable));
  }

  /**
   * `fromParts` in steps, one per phase (folding the groups, adding them, the merges), so that an editor's update
   * of a working set answers a hover between them (the whole took 10-45 ms at once).
   */
  static *fromPartsSteps(docs: readonly DocNames[], earlier?: EntityRegistry, updatable = earlier !== undefined): Generator<void, EntityRegistry> {
    const reg = new EntityRegistry();
    if (updatable || earlier) {
      const folded = foldedGroups(docs, earlier?.kept);
      yield;
      let merged = earlier?.kept?.merged && folded.change && reg.mergedAgain(earlier, folded, docs);
      let { groups, numbering } = folded;
      if (!merged) {
        // Every group merged again, in order of first mention and numbered as now (an update keeps neither).
        if (folded.change) ({ groups, numbering } = inOrder(groups, numbering));
        // The folded entity's lists are shared, not copied: the merges below copy an entity's lists before they
        // first change them (own), so the folded entity stays as it was for the next build.
        const heads: string[] = [];
        for (const [key, g] of groups) if (g.entity) { reg.merges.add(copyOf(g.entity, reg.entities.length)); heads.push(key); }
        yield;
        reg.merges.merge(allPairs(docs));
        const kept = reg.keepWith(heads);
        merged = updatable ? { heads: kept, places: Float64Array.from(kept, k => firstOf(groups.get(k)!)), links: LinkIndex.of(groups) } : undefined;
      }
      if (updatable) reg.kept = { docs, groups, numbering, merged: merged || undefined };
    } else {
      // A one-off build keeps no groups: each group's entity is taken as folded, its lists its own. At 30 MB of
      // sources the kept groups and the entities' copies were 20 MB of the heap at the build's peak.
      for (const [key, refs] of flatGroups(docs)) {
        const e = groupEntity(reg.entities.length, key, refs, docs);
        if (!e) continue;
        reg.merges.owned.add(e);
        reg.merges.add(e);
      }
      yield;
      reg.merges.merge(allPairs(docs));
      reg.keepWith([]);
    }
    return reg;
  }

  /**
   * Keeps the entities that still have mentions after the merges, numbered in order, and of `heads` (the group
   * key each entity was added for, when given) those of the entities kept.
   */
  private keepWith(heads: string[]): string[] {
    const kept: Entity[] = [], keptHeads: string[] = [];
    this.entities.forEach((e, i) => {
      if (!e.mentions.length) return;
      kept.push(e);
      if (heads.length) keptHeads.push(heads[i]);
    });
    this.entities.length = 0;
    for (const e of kept) this.entities.push(e);
    this.entities.forEach((e, i) => (e.id = i));
    return keptHeads;
  }

  /**
   * The entities after an update that refolded a few groups: the components those groups are in (registry-links.ts)
   * merged again as a whole build merges them, every other entity taken from the build before with its documents
   * moved. Undefined when the change reaches so many groups that merging everything is as quick.
   */
  private mergedAgain(earlier: EntityRegistry, folded: FoldedGroups, docs: readonly DocNames[]): Merged | undefined {
    const before = earlier.kept!, last = before.merged!, change = folded.change!, { groups, numbering } = folded;
    // Names and keys only: the entities as kept, whatever their numbering.
    const was = (k: string) => before.groups.get(k)?.entity, is = (k: string) => groups.get(k)?.entity;
    const links = last.links.updated(change.keys, was, is);
    const changedPairs: AcronymPair[] = [];
    for (const dj of change.gone) changedPairs.push(...before.docs[dj].acronyms);
    for (const di of change.fresh) changedPairs.push(...docs[di].acronyms);
    const hit = affectedGroups(change.keys, was, is, changedPairs, links, docs, pairIndex(docs), groups.size / 4);
    if (!hit) return undefined;
    // The affected groups merged apart, in their order, with the acronym pairs among them in document order.
    const apart = new EntityRegistry(), apartHeads: string[] = [];
    const placeOf = (k: string) => numbering.placeOf(groups.get(k)!), byMap = new Map<Int32Array, MovedLists>();
    const keys = [...hit.groups].filter(k => is(k)).sort((a, b) => placeOf(a) - placeOf(b));
    for (const k of keys) { apart.merges.add(copyOf(numbering.present(groups.get(k)!, byMap).entity!, apart.entities.length)); apartHeads.push(k); }
    apart.merges.merge(hit.pairs.map(r => docs[r.doc].acronyms[r.at]));
    const freshHeads = apart.keepWith(apartHeads);
    this.remerged = keys.length;
    // Both lists are in order of their heads' first mention: merged into one in that order. A kept head's place
    // is worked out from where it was (a look-up per entity in the groups' map was a tenth of the update).
    const moved = folded.moves?.moved;
    const heads: string[] = [], places = new Float64Array(last.heads.length + freshHeads.length);
    const freshPlaces = freshHeads.map(placeOf);
    let f = 0;
    const take = (e: Entity, head: string, place: number) => {
      places[heads.length] = place;
      heads.push(head);
      this.merges.add(e);
    };
    last.heads.forEach((head, i) => {
      if (hit.groups.has(head)) return;
      const place = moved ? movedPlace(last.places[i], moved) : last.places[i];
      for (; f < freshHeads.length && freshPlaces[f] < place; f++) take(copyOf(apart.entities[f], this.entities.length), freshHeads[f], freshPlaces[f]);
      const e = earlier.entities[i];
      // An entity that keeps its number and documents is the same object in both registries: nothing changes an
      // entity once its registry is built, and a copy of each was a tenth of a saved source's update.
      const id = this.entities.length;
      take(folded.moves ? folded.moves.entity(e, id) : e.id === id ? e : copyOf(e, id), head, place);
    });
    for (; f < freshHeads.length; f++) take(copyOf(apart.entities[f], this.entities.length), freshHeads[f], freshPlaces[f]);
    // Each key has one owner after the merges, so adding the entities as they are leaves none shared.
    this.merges.sharedKeys.clear();
    return { heads, places: places.slice(0, heads.length), links };
  }

  /** A registry built before (the disk cache): its entities, with every key leading to the entity that has it. */
  static fromEntities(entities: readonly Entity[]): EntityRegistry {
    const reg = new EntityRegistry();
    for (const e of entities) {
      reg.entities.push(e);
      for (const k of e.keys) reg.byKey.set(k, e);
    }
    return reg;
  }

  /** The names that take partial names, by their first and last words (name-part-index.ts), made on first need. */
  private parts?: NamePartIndex;

  /** Makes, in steps of `perStep` names, the table `byNamePart` reads, before a check or hover needs it. */
  *preparePartsSteps(perStep: number): Generator<void, void> {
    if (this.parts) return;
    const parts = yield* NamePartIndex.steps(this.entities, perStep);
    this.parts ??= parts;
  }

  /**
   * The one entity a part of a longer name stands for ("Okafor" when the sources only say "Mayor Diane Okafor",
   * "von der Leyen" for "Ursula von der Leyen"): among people and others whose full name starts or ends with the
   * words, people first, the one named more often than all the others together; undefined when that leaves a
   * doubt. The same rule merges one-word mentions of the corpus into full names (mergePartialNames).
   */
  byNamePart(part: string): Entity | undefined {
    this.parts ??= NamePartIndex.of(this.entities);
    const found = dominant(this.parts.candidates(part));
    logOf(this)?.note(c => entityPrint(c.registry.byNamePart(part)), entityPrint(found));
    return found;
  }

  /** Every person or other whose longer name starts or ends with the part, in the entities' order (name-part-index.ts). */
  namesWithPart(part: string): Entity[] {
    this.parts ??= NamePartIndex.of(this.entities);
    return this.parts.candidates(part);
  }

  lookup(key: string): Entity | undefined {
    const found = this.byKey.get(aliasKey(key) ?? key) ?? this.byKey.get(key);
    logOf(this)?.note(c => entityPrint(c.registry.lookup(key)), entityPrint(found));
    return found;
  }

  /** The entity a name in a draft refers to, if the corpus knows it. */
  resolve(name: NameMention): Entity | undefined {
    return this.lookup(name.key);
  }
}

/**
 * What an updatable registry keeps of its merges for the next build: per entity, the key of the group it was
 * added for (its head, whose first mention places it), and which groups each link token ties (registry-links.ts).
 */
interface Merged { heads: string[]; places: Float64Array; links: LinkIndex }

/** An entity as a new registry takes it: its own object, with its lists shared. */
function copyOf(e: Entity, id: number): Entity {
  // Field by field, not by spreading: tens of thousands of entities at 10 MB of sources, on every update.
  return { id, name: e.name, kind: e.kind, keys: e.keys, mentions: e.mentions, roles: e.roles };
}

/** The groups in order of first mention, each numbered as now (an update keeps them in neither). */
function inOrder(groups: Map<string, Folded>, numbering: Numbering): { groups: Map<string, Folded>; numbering: Numbering } {
  const byMap = new Map<Int32Array, MovedLists>();
  const present = [...groups].map(([k, g]) => [k, numbering.present(g, byMap)] as const);
  present.sort((a, b) => firstOf(a[1]) - firstOf(b[1]));
  return { groups: new Map(present), numbering: new Numbering(numbering.gen) };
}

/** Every acronym pair the documents define, in document order. */
function* allPairs(docs: readonly DocNames[]): Generator<AcronymPair> {
  for (const d of docs) yield* d.acronyms;
}

/** Each of an entity's roles once (case aside), where the sources first state it. */
export function distinctRoles(e: Entity): EntityRole[] {
  const seen = new Set<string>();
  return e.roles.filter(r => {
    const key = r.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
