import { EntityKind } from '../facts/names';
import { aliasKey } from '../lexicon/aliases';
import { EntityMention, EntityRole, RawMention } from './entity-types';
import { groupKeys } from './partial-names';

// What one document gives the registry, summarised per name group ("part"), so the registry is built from the
// documents' parts instead of every mention object of the corpus at once: a document's mention objects are
// dropped once summarised (the peak memory of a large corpus), and a document that did not change keeps its
// parts from the corpus before (an update reads only the changed files' names). Folding the parts of a group
// in document order gives exactly what the mentions in corpus order gave.

export const KIND_RANK: Record<EntityKind, number> = { person: 3, organization: 2, place: 1, other: 0 };

/** One document's mentions of one name group. */
export interface GroupPart {
  key: string;
  mentions: EntityMention[];
  roles: EntityRole[];
  /** The written names of all the mentions, in order. */
  names: string[];
  /** Those of the mentions whose own key is the group's (the same array when that is all of them). */
  ownNames: string[];
  /** The mentions' own name keys, each once, in order of first use. */
  nameKeys: string[];
  /** The strongest kind the name finder gave a mention. */
  kind: EntityKind;
  /** Whether a mention has a title before it ("Presiden …"), which settles a person. */
  titled: boolean;
  /** Descriptions' kinds: person, organisation, place. */
  votes: [number, number, number];
  /** Whether a mention stands outside a headline (a group only of headline mentions founds no entity). */
  strong: boolean;
}

/** A document's parts in order of first mention, and the acronyms it defines after names. */
export interface DocNames {
  doc: number;
  parts: GroupPart[];
  acronyms: Array<{ acronym: string; key: string }>;
}

const VOTE = { person: 0, organization: 1, place: 2 } as const;
const ownKey = (m: RawMention) => aliasKey(m.name.key) ?? m.name.key;

/** The parts of one document from its mentions (all of that document, in text order). */
export function docNames(doc: number, mentions: readonly RawMention[]): DocNames {
  const keys = groupKeys(mentions, ownKey);
  const parts = new Map<string, GroupPart>();
  const acronyms: DocNames['acronyms'] = [];
  const allOwn = new Set<GroupPart>();
  mentions.forEach((m, i) => {
    const key = keys[i];
    let p = parts.get(key);
    if (!p) {
      p = { key, mentions: [], roles: [], names: [], ownNames: [], nameKeys: [], kind: 'other', titled: false, votes: [0, 0, 0], strong: false };
      parts.set(key, p);
      allOwn.add(p);
    }
    p.mentions.push({ doc, sentence: m.sentence, start: m.start, end: m.end, text: m.text });
    if (m.name.role) p.roles.push({ doc, ...m.name.role });
    for (const d of m.stated ?? []) {
      p.roles.push({ doc, ...d });
      if (d.kind) p.votes[VOTE[d.kind]]++;
    }
    p.names.push(m.name.text);
    if (ownKey(m) === key) p.ownNames.push(m.name.text); else allOwn.delete(p);
    if (!p.nameKeys.includes(m.name.key)) p.nameKeys.push(m.name.key);
    if (KIND_RANK[m.name.kind] > KIND_RANK[p.kind]) p.kind = m.name.kind;
    if (m.name.role) p.titled = true;
    if (!m.weak) p.strong = true;
    if (m.acronym) acronyms.push({ acronym: m.acronym.toLowerCase(), key: m.name.key });
  });
  // One array for both lists when every mention is the group's own: the common case, half the memory.
  for (const p of allOwn) p.ownNames = p.names;
  return { doc, parts: [...parts.values()], acronyms };
}

/** The same parts for the document under another number (a file added or removed before it). */
export function renumbered(d: DocNames, doc: number): DocNames {
  if (d.doc === doc) return d;
  return {
    doc, acronyms: d.acronyms,
    parts: d.parts.map(p => ({ ...p, mentions: p.mentions.map(m => ({ ...m, doc })), roles: p.roles.map(r => ({ ...r, doc })) })),
  };
}

/** Mentions of a whole corpus, in document order, as each document's parts. */
export function partsByDoc(raw: readonly RawMention[]): DocNames[] {
  const out: DocNames[] = [];
  for (let from = 0; from < raw.length;) {
    let to = from;
    while (to < raw.length && raw[to].doc === raw[from].doc) to++;
    out.push(docNames(raw[from].doc, raw.slice(from, to)));
    from = to;
  }
  return out;
}
