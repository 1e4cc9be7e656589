import { EntityKind, NameMention } from '../facts/names';
import { aliasKey } from '../lexicon/aliases';
import { takesPartialNames } from './partial-names';
import { Entity, EntityRole, RawMention } from './entity-types';
import { DocNames, groupEntity, groupsOf, KIND_RANK, partsByDoc } from './registry-parts';

// Corpus-wide entities. Mentions of the same thing are merged: a place and its other-language name
// ("Tiongkok"/"China"), a surname or given name alone and the one full name it belongs to ("Blinken" →
// "Antony Blinken", "Xi" → "Xi Jinping"), and an acronym and its expansion ("SCO" after
// "Organisasi Kerjasama Shanghai (SCO)", "AS" ↔ "Amerika Serikat" by initials).

export type { Entity, EntityMention, EntityRole, RawMention } from './entity-types';

function initials(words: string[]): string {
  return words.flatMap(w => w.split('-')).filter(w => w.length > 0 && !/^(?:dan|of|and|the|de|der|von)$/.test(w)).map(w => w[0]).join('');
}

// An entity's kind follows what the sources describe its name as (registry-parts.ts); merging keeps the stronger.
const outranks = (a: EntityKind, b: EntityKind) => KIND_RANK[a] > KIND_RANK[b];

/** A name group's entity before merging, with the parts it was folded from (the documents' part lists and indices). */
interface Folded { names: DocNames[]; parts: number[]; entity: Entity | undefined }

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private byKey = new Map<string, Entity>();
  /** Each group's entity before the merges, kept so the next build can take the groups no changed file touches. */
  private folded = new Map<string, Folded>();

  /** Builds the registry from every name mention of the corpus, in document order. */
  static build(raw: RawMention[]): EntityRegistry {
    return EntityRegistry.fromParts(partsByDoc(raw));
  }

  /** Builds the registry from each document's parts (registry-parts.ts), in document order. */
  static fromParts(docs: readonly DocNames[], earlier?: EntityRegistry): EntityRegistry {
    const reg = new EntityRegistry();
    for (const [key, g] of groupsOf(docs)) {
      // A group whose parts are the very ones of the earlier build (no changed or renumbered document among them)
      // folds to the same entity: it is copied, since the merges below change the entities they are given.
      const before = earlier?.folded.get(key);
      const names = earlier ? g.docs.map(i => docs[i]) : [];
      const folded = before && sameParts(before, names, g.parts) ? before.entity : groupEntity(0, key, g, docs);
      // Kept only by a registry that replaces another (an editor's corpus after its first update): a one-off
      // build never has a next one to lend to.
      if (earlier) reg.folded.set(key, { names, parts: g.parts, entity: folded });
      if (!folded) continue;
      const e: Entity = { ...folded, id: reg.entities.length, keys: new Set(folded.keys), mentions: folded.mentions.slice(), roles: folded.roles.slice() };
      reg.entities.push(e);
      for (const k of e.keys) reg.byKey.set(k, e);
    }
    reg.dropSharedParts();
    reg.mergeAcronyms(docs);
    reg.mergePartialNames();
    return reg;
  }

  /**
   * A surname that different documents give to different people ("Berg" for Anna Berg here, Lars Berg there)
   * leads to neither by itself: it stays with its own entity if it has one, else with nobody.
   */
  private dropSharedParts(): void {
    const owners = new Map<string, Entity[]>();
    for (const e of this.entities) for (const k of e.keys) (owners.get(k) ?? owners.set(k, []).get(k)!).push(e);
    for (const [k, es] of owners) {
      if (es.length < 2) continue;
      const own = es.find(e => e.name.toLowerCase() === k);
      for (const e of es) if (e !== own) e.keys.delete(k);
      if (own) this.byKey.set(k, own); else this.byKey.delete(k);
    }
  }

  private absorb(into: Entity, from: Entity): void {
    if (into === from) return;
    // Loops, not push(...list): a place named in every article has more mentions than a call takes arguments.
    for (const m of from.mentions) into.mentions.push(m);
    for (const r of from.roles) into.roles.push(r);
    for (const k of from.keys) { into.keys.add(k); this.byKey.set(k, into); }
    if (outranks(from.kind, into.kind)) into.kind = from.kind;
    from.mentions = [];
    from.keys.clear();
  }

  private mergeAcronyms(docs: readonly DocNames[]): void {
    for (const d of docs) {
      for (const { acronym, key } of d.acronyms) {
        const a = this.lookup(acronym), b = this.lookup(key);
        if (a && b) this.absorb(b, a);
      }
    }
    // Multi-word names by their initials, once: each acronym then costs one lookup, not a pass over every name.
    const byInitials = groupBy(this.entities.filter(e => e.mentions.length && e.name.includes(' ')),
      m => [initials(m.name.toLowerCase().split(' '))]);
    for (const e of this.entities) {
      if (!e.mentions.length || !/^[A-Z]{2,6}$/.test(e.name)) continue;
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
    // one-word names × longer names). Lists keep entity order, so ties resolve as before.
    const byEndWord = groupBy(this.entities.filter(e => e.mentions.length && takesPartialNames(e.kind, e.name.toLowerCase().split(' '))),
      m => { const words = m.name.toLowerCase().split(' '); return [words[0], words[words.length - 1]]; });
    for (const e of this.entities) {
      if (!e.mentions.length || e.name.includes(' ') || e.kind === 'place' || e.kind === 'organization') continue;
      const into = dominant(byEndWord.get(e.name.toLowerCase()) ?? []);
      if (into) this.absorb(into, e);
    }
    const kept = this.entities.filter(e => e.mentions.length);
    this.entities.length = 0;
    for (const e of kept) this.entities.push(e);
    this.entities.forEach((e, i) => (e.id = i));
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

  private byPart?: Map<string, Entity[]>;

  /**
   * The one entity a part of a longer name stands for ("Okafor" when the sources only say "Mayor Diane Okafor",
   * "von der Leyen" for "Ursula von der Leyen"): among people and others whose full name starts or ends with the
   * words, people first, the one named more often than all the others together; undefined when that leaves a
   * doubt. The same rule merges one-word mentions of the corpus into full names (mergePartialNames).
   */
  byNamePart(part: string): Entity | undefined {
    // Each name under its first and last words, and every shorter run of words it starts or ends with.
    this.byPart ??= groupBy(this.entities.filter(e => takesPartialNames(e.kind, e.name.toLowerCase().split(' '))), e => {
      const words = e.name.toLowerCase().split(' ');
      return words.slice(1).flatMap((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
    });
    return dominant(this.byPart.get(part.toLowerCase()) ?? []);
  }

  lookup(key: string): Entity | undefined {
    return this.byKey.get(aliasKey(key) ?? key) ?? this.byKey.get(key);
  }

  /** The entity a name in a draft refers to, if the corpus knows it. */
  resolve(name: NameMention): Entity | undefined {
    return this.lookup(name.key);
  }
}

function sameParts(before: Folded, names: readonly DocNames[], parts: readonly number[]): boolean {
  if (before.names.length !== names.length) return false;
  for (let i = 0; i < names.length; i++) if (before.names[i] !== names[i] || before.parts[i] !== parts[i]) return false;
  return true;
}

/** Of the entities a partial name could mean: people first, then the one mentioned more than all others together. */
function dominant(candidates: readonly Entity[]): Entity | undefined {
  let hits = [...candidates];
  if (hits.some(h => h.kind === 'person')) hits = hits.filter(h => h.kind === 'person');
  hits.sort((a, b) => b.mentions.length - a.mentions.length);
  const rest = hits.slice(1).reduce((n, h) => n + h.mentions.length, 0);
  return hits.length && hits[0].mentions.length > rest ? hits[0] : undefined;
}

/** Items under each of their keys (an item listed once per distinct key), in the items' order. */
function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keysOf(item))) (out.get(k) ?? out.set(k, []).get(k)!).push(item);
  }
  return out;
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
