import type { EntityKind } from '../facts/names';
import type { RawMention } from './registry';

// The kind of an entity, from its mentions. The name finder types a name from the name and its context; a
// description beside it says outright what it is ("Harbin, ibu kota provinsi Heilongjiang", "badan antariksa
// Rusia Roscosmos", "kantor berita negara Belta"), so where the sources describe a name, the descriptions decide,
// unless a title in front of the name already made it a person ("Presiden …").

const KIND_RANK: Record<EntityKind, number> = { person: 3, organization: 2, place: 1, other: 0 };

/** The strongest kind the mentions were given: a person over an organisation over a place over an unknown kind. */
export function rankedKind(kinds: readonly EntityKind[]): EntityKind {
  let best: EntityKind = 'other';
  for (const k of kinds) if (KIND_RANK[k] > KIND_RANK[best]) best = k;
  return best;
}

export const outranks = (a: EntityKind, b: EntityKind) => KIND_RANK[a] > KIND_RANK[b];

/** The kind the descriptions of a group of mentions agree on, else the kind the name finder gave. */
export function settleKind(found: EntityKind, ms: readonly RawMention[]): EntityKind {
  if (ms.some(m => m.name.role)) return found;
  const votes = { person: 0, organization: 0, place: 0 };
  for (const m of ms) for (const d of m.stated ?? []) if (d.kind) votes[d.kind]++;
  const [best, second] = (Object.entries(votes) as Array<[keyof typeof votes, number]>).sort((a, b) => b[1] - a[1]);
  if (best[1] === 0 || best[1] === second[1]) return found;
  // A description makes a place or an organisation of a name; it makes no person of one, since people are what the
  // name finder types best, and a noun before a name is often its subject or owner instead ("warga … X").
  return best[0] === 'person' ? found : best[0];
}
