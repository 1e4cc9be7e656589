import { Span } from '../types';
import { EntityKind, NameMention } from '../facts/names';
import type { Description, DescribedKind } from '../facts/descriptions';
import { aliasKey } from '../lexicon/aliases';
import { groupKeys, takesPartialNames } from './partial-names';
import { splitJoinedNames } from './joined-names';

// Corpus-wide entities. Mentions of the same thing are merged: a place and its other-language name
// ("Tiongkok"/"China"), a surname or given name alone and the one full name it belongs to ("Blinken" →
// "Antony Blinken", "Xi" → "Xi Jinping"), and an acronym and its expansion ("SCO" after
// "Organisasi Kerjasama Shanghai (SCO)", "AS" ↔ "Amerika Serikat" by initials).

export interface EntityMention extends Span {
  doc: number;
  sentence: number;
  text: string;
}

/** What the sources say an entity is, where they say it: a person's role, a place's or an organisation's kind. */
export interface EntityRole extends Span {
  doc: number;
  text: string;
  /** The kind of thing the description's noun names ("a fishing port": a place). */
  kind?: DescribedKind;
  /** The organisation a possessive in the description points to ("its spokeswoman"). */
  of?: Span;
  /** Read from a description, not a title: see Description.described. */
  described?: true;
}

export interface Entity {
  id: number;
  name: string;
  kind: EntityKind;
  keys: Set<string>;
  mentions: EntityMention[];
  roles: EntityRole[];
}

export interface RawMention extends EntityMention {
  name: NameMention;
  /** "Organisasi Kerjasama Shanghai (SCO)": the acronym defined right after this name, if any. */
  acronym?: string;
  /** What the text says the name is around it ("…, seorang profesor", "kantor berita negara …", "…, a port town"). */
  stated?: Description[];
  /** From a Title Case headline: joins an entity named elsewhere but never founds one. */
  weak?: boolean;
}

function initials(words: string[]): string {
  return words.flatMap(w => w.split('-')).filter(w => w.length > 0 && !/^(?:dan|of|and|the|de|der|von)$/.test(w)).map(w => w[0]).join('');
}

// The kind of an entity, from its mentions. The name finder types a name from the name and its context; a
// description beside it says outright what it is ("Harbin, ibu kota provinsi Heilongjiang", "badan antariksa
// Rusia Roscosmos", "kantor berita negara Belta"), so where the sources describe a name, the descriptions decide,
// unless a title in front of the name already made it a person ("Presiden …").

const KIND_RANK: Record<EntityKind, number> = { person: 3, organization: 2, place: 1, other: 0 };

/** The strongest kind the mentions were given: a person over an organisation over a place over an unknown kind. */
function rankedKind(kinds: readonly EntityKind[]): EntityKind {
  let best: EntityKind = 'other';
  for (const k of kinds) if (KIND_RANK[k] > KIND_RANK[best]) best = k;
  return best;
}

const outranks = (a: EntityKind, b: EntityKind) => KIND_RANK[a] > KIND_RANK[b];

/** The kind the descriptions of a group of mentions agree on, else the kind the name finder gave. */
function settleKind(found: EntityKind, ms: readonly RawMention[]): EntityKind {
  if (ms.some(m => m.name.role)) return found;
  const votes = { person: 0, organization: 0, place: 0 };
  for (const m of ms) for (const d of m.stated ?? []) if (d.kind) votes[d.kind]++;
  const [best, second] = (Object.entries(votes) as Array<[keyof typeof votes, number]>).sort((a, b) => b[1] - a[1]);
  if (best[1] === 0 || best[1] === second[1]) return found;
  // A description makes a place or an organisation of a name; it makes no person of one, since people are what the
  // name finder types best, and a noun before a name is often its subject or owner instead ("warga … X").
  return best[0] === 'person' ? found : best[0];
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  private byKey = new Map<string, Entity>();

  /** Builds the registry from every name mention of the corpus. */
  static build(all: RawMention[]): EntityRegistry {
    const reg = new EntityRegistry();
    const raw = splitJoinedNames(all);
    const groups = new Map<string, RawMention[]>();
    const keys = groupKeys(raw, m => aliasKey(m.name.key) ?? m.name.key);
    raw.forEach((m, i) => (groups.get(keys[i]) ?? groups.set(keys[i], []).get(keys[i])!).push(m));
    for (const [key, ms] of groups) if (ms.some(m => !m.weak)) reg.add(key, ms);
    reg.dropSharedParts();
    reg.mergeAcronyms(raw);
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

  private add(key: string, ms: RawMention[]): void {
    const counts = new Map<string, number>();
    // The name is the group's own (a surname that joined "Diane Okafor" does not name her), most often written.
    const own = ms.filter(m => (aliasKey(m.name.key) ?? m.name.key) === key);
    for (const m of own.length ? own : ms) counts.set(m.name.text, (counts.get(m.name.text) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
    const e: Entity = {
      id: this.entities.length, name, kind: settleKind(rankedKind(ms.map(m => m.name.kind)), ms), keys: new Set([key, ...ms.map(m => m.name.key)]),
      mentions: ms.map(({ doc, sentence, start, end, text }) => ({ doc, sentence, start, end, text })),
      roles: ms.flatMap(m => [...(m.name.role ? [m.name.role] : []), ...(m.stated ?? [])].map(r => ({ doc: m.doc, ...r }))),
    };
    this.entities.push(e);
    for (const k of e.keys) this.byKey.set(k, e);
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

  private mergeAcronyms(raw: RawMention[]): void {
    for (const m of raw) {
      if (!m.acronym) continue;
      const a = this.lookup(m.acronym.toLowerCase()), b = this.lookup(m.name.key);
      if (a && b) this.absorb(b, a);
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
