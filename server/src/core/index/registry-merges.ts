import { EntityKind } from '../facts/names';
import { takesPartialNames } from './partial-names';
import { dominant } from './name-part-index';
import type { Entity } from './entity-types';
import { KIND_RANK } from './registry-parts';
import { ACRONYM_NAME, AcronymPair, initialsOf, shapeOf } from './registry-links';
import { MentionList } from './mention-list';
import type { EntityRegistry } from './registry';

// The registry's merges (registry.ts): shared keys dropped, acronyms joined to their expansions, one-word names to
// the longer names they are part of. Apart from building it, with the notes only the merges read (owners, copies).

// An entity's kind follows what the sources describe its name as (registry-parts.ts); merging keeps the stronger.
const outranks = (a: EntityKind, b: EntityKind) => KIND_RANK[a] > KIND_RANK[b];

/** The merges of one registry's entities, and what they note while the entities are added. */
export class EntityMerges {
  /** Entities whose lists are their own, not shared with the folded entity of their group. */
  readonly owned = new WeakSet<Entity>();

  /**
   * While the entities are added: each key that more than one of them has, with all of them in the order added
   * (most keys have one owner, so a list is made only for a key that gets a second).
   */
  sharedKeys = new Map<string, Entity[]>();

  /** `byKey`: the registry's map of keys to entities, which the merges change (its lookups read it directly). */
  constructor(private readonly registry: EntityRegistry, private readonly byKey: Map<string, Entity>) {}

  add(e: Entity): void {
    this.registry.entities.push(e);
    for (const k of e.keys) {
      const before = this.byKey.get(k);
      if (before !== undefined) {
        const list = this.sharedKeys.get(k);
        if (list) list.push(e); else this.sharedKeys.set(k, [before, e]);
      }
      this.byKey.set(k, e);
    }
  }

  /** The merges, on the entities added in order of their groups' first mention. */
  merge(pairs: Iterable<AcronymPair>): void {
    this.dropSharedParts();
    this.mergeAcronyms(pairs);
    this.mergePartialNames();
  }

  /**
   * A surname that different documents give to different people ("Berg" for Anna Berg here, Lars Berg there)
   * leads to neither by itself: it stays with its own entity if it has one, else with nobody.
   */
  private dropSharedParts(): void {
    // The keys with a second owner were listed as the entities were added (add): a second pass over every key of
    // every entity cost 10-20 ms of each update at 10 MB of sources.
    const owners = this.sharedKeys;
    this.sharedKeys = new Map();
    for (const [k, es] of owners) {
      const own = es.find(e => e.name.toLowerCase() === k);
      for (const e of es) if (e !== own) this.own(e).keys.delete(k);
      if (own) this.byKey.set(k, own); else this.byKey.delete(k);
    }
  }

  /** The entity, with its lists copied if they are still shared: about to be changed. */
  private own(e: Entity): Entity {
    if (!this.owned.has(e)) {
      e.keys = new Set(e.keys);
      e.roles = e.roles.slice();
      this.owned.add(e);
    }
    return e;
  }

  private absorb(into: Entity, from: Entity): void {
    if (into === from) return;
    this.own(into);
    into.mentions = into.mentions.concat(from.mentions);
    // A loop, not push(...list): a place named in every article has more roles than a call takes arguments.
    for (const r of from.roles) into.roles.push(r);
    for (const k of from.keys) { into.keys.add(k); this.byKey.set(k, into); }
    if (outranks(from.kind, into.kind)) into.kind = from.kind;
    // New empty lists, not emptied ones: `from`'s may be shared with its folded entity.
    from.mentions = MentionList.EMPTY;
    from.keys = new Set();
  }

  private mergeAcronyms(pairs: Iterable<AcronymPair>): void {
    for (const { acronym, key } of pairs) {
      const a = this.registry.lookup(acronym), b = this.registry.lookup(key);
      if (a && b) this.absorb(b, a);
    }
    // Multi-word names by their initials, once, and only under initials some acronym has: each acronym then costs
    // one lookup, and a corpus's thousands of names are not grouped anew on every update for a few acronyms.
    const acronyms = this.registry.entities.filter(e => e.mentions.length && ACRONYM_NAME.test(e.name));
    if (!acronyms.length) return;
    const wanted = new Set(acronyms.map(e => e.name.toLowerCase()));
    const byInitials = new Map<string, Entity[]>();
    for (const m of this.registry.entities) {
      if (!m.mentions.length || !m.name.includes(' ')) continue;
      const initials = initialsOf(m.name);
      if (wanted.has(initials)) listIn(byInitials, initials).push(m);
    }
    // Only the acronym itself is emptied by its merge, so every one still has its mentions when its turn comes.
    for (const e of acronyms) {
      const match = byInitials.get(e.name.toLowerCase()) ?? [];
      if (match.length === 1) this.absorb(match[0], e);
    }
  }

  /**
   * A one-word name joins the longer name that starts or ends with it ("Putin" → "Vladimir Putin"). When several
   * could, people come first, then the one mentioned more often than all the others together.
   */
  private mergePartialNames(): void {
    // Longer names by their first and last word, once, so each one-word name costs one lookup (linear, not
    // one-word names × longer names), and only under words a one-word name has (an update groups a few, not every
    // name of the corpus). Lists keep entity order, so ties resolve as before.
    const isPart = (e: Entity) => e.mentions.length > 0 && !e.name.includes(' ') && e.kind !== 'place' && e.kind !== 'organization';
    const parts = this.registry.entities.filter(isPart);
    const wanted = new Set(parts.map(e => e.name.toLowerCase()));
    const byEndWord = new Map<string, Entity[]>();
    for (const m of this.registry.entities) {
      if (!m.mentions.length || !m.name.includes(' ')) continue;
      const words = shapeOf(m.name).words;
      if (!takesPartialNames(m.kind, words)) continue;
      const first = words[0], last = words[words.length - 1];
      if (wanted.has(first)) listIn(byEndWord, first).push(m);
      if (last !== first && wanted.has(last)) listIn(byEndWord, last).push(m);
    }
    // As with acronyms, a merge empties only the one-word name merged, so none is emptied before its turn.
    for (const e of parts) {
      const into = dominant(byEndWord.get(e.name.toLowerCase()) ?? []);
      if (into) this.absorb(into, e);
    }
  }
}

/** The list under a key, made empty on first need. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) { list = []; map.set(key, list); }
  return list;
}
