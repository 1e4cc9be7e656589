import { EntityKind } from '../facts/names';
import { aliasKey } from '../lexicon/aliases';
import { Entity, EntityRole, RawMention } from './entity-types';
import { MentionListBuilder } from './mention-list';
import { groupKeys } from './partial-names';
import { splitJoinedNames } from './joined-names';

// What one document gives the registry, summarised per name group ("part"), so the registry is built from the
// documents' parts instead of every mention object of the corpus at once: a document's mention objects are
// dropped once summarised (the peak memory of a large corpus), and a document that did not change keeps its
// parts from the corpus before (an update reads only the changed files' names). A document's parts lie in a few
// flat arrays, part after part, with their bounds and flags in one typed array: a part is a range, not an object
// with arrays of its own (a corpus has about as many parts as name mentions). Folding the parts of a group in
// document order gives exactly what the mentions in corpus order gave.

export const KIND_RANK: Record<EntityKind, number> = { person: 3, organization: 2, place: 1, other: 0 };
const KIND_OF_RANK: EntityKind[] = ['other', 'place', 'organization', 'person'];

/**
 * Per part: where its mentions, roles, names and name keys end, flags, three description votes, and how many of its
 * mentions the name finder gave each kind (by rank).
 */
const PART_INTS = 12;
/** Per mention: sentence, start, end. */
const SPAN_INTS = 3;
const MENTIONS_END = 0, ROLES_END = 1, NAMES_END = 2, KEYS_END = 3, FLAGS = 4, VOTES = 5, KINDS = 8;
/** A mention has a title before it ("Presiden …"), which settles a person; one stands outside a headline. */
const TITLED = 1, STRONG = 2;

/** A document's name groups in order of first mention, and the acronyms it defines after names. */
export interface DocNames {
  doc: number;
  /** Per part, its group key. */
  keys: string[];
  ints: Int32Array;
  /** Per mention, part after part: sentence, start, end. A mention's text is its written name (names). */
  spans: Int32Array;
  /** By mention number, a mention's text where it is not its written name. */
  texts?: Record<number, string>;
  roles: EntityRole[];
  /** The written names of the mentions, and per name whether its own key is the group's (absent: all are). */
  names: string[];
  own?: Uint8Array;
  /** Per part, its mentions' own name keys, each once, in order of first use. */
  nameKeys: string[];
  acronyms: Array<{ acronym: string; key: string }>;
  /** The parts this was renumbered from (renumbered), first of the line: the same document's parts, moved. */
  origin?: DocNames;
}

const VOTE = { person: 0, organization: 1, place: 2 } as const;
const ownKey = (m: RawMention) => aliasKey(m.name.key) ?? m.name.key;

/** The parts of one document from its mentions (all of that document, in text order). */
export function docNames(doc: number, found: readonly RawMention[]): DocNames {
  // Runs of two names are split where the document writes each part alone: a document's parts depend on its own
  // text only, so they can be kept while it is unchanged.
  const mentions = splitJoinedNames(found);
  const groupOf = groupKeys(mentions, ownKey);
  const order = new Map<string, number[]>();
  mentions.forEach((_, i) => (order.get(groupOf[i]) ?? order.set(groupOf[i], []).get(groupOf[i])!).push(i));
  const d: DocNames = { doc, keys: [...order.keys()], ints: new Int32Array(order.size * PART_INTS), spans: new Int32Array(mentions.length * SPAN_INTS), roles: [], names: [], nameKeys: [], acronyms: [] };
  const own = new Uint8Array(mentions.length);
  let allOwn = true, p = 0;
  for (const [key, members] of order) {
    const at = p++ * PART_INTS, firstKey = d.nameKeys.length;
    let flags = 0;
    for (const i of members) {
      const m = mentions[i];
      const j = d.names.length * SPAN_INTS;
      d.spans[j] = m.sentence; d.spans[j + 1] = m.start; d.spans[j + 2] = m.end;
      if (m.name.role) { d.roles.push({ doc, ...m.name.role }); flags |= TITLED; }
      for (const s of m.stated ?? []) {
        d.roles.push({ doc, ...s });
        if (s.kind) d.ints[at + VOTES + VOTE[s.kind]]++;
      }
      if (ownKey(m) === key) own[d.names.length] = 1; else allOwn = false;
      // A mention's text is the name as written (mentionsOf and the split of joined names make both alike).
      if (m.text !== m.name.text) (d.texts ??= {})[d.names.length] = m.text;
      d.names.push(m.name.text);
      if (d.nameKeys.indexOf(m.name.key, firstKey) < 0) d.nameKeys.push(m.name.key);
      d.ints[at + KINDS + KIND_RANK[m.name.kind]]++;
      if (!m.weak) flags |= STRONG;
    }
    d.ints.set([d.names.length, d.roles.length, d.names.length, d.nameKeys.length, flags], at);
  }
  if (!allOwn) d.own = own;
  for (const m of mentions) if (m.acronym) d.acronyms.push({ acronym: m.acronym.toLowerCase(), key: m.name.key });
  return d;
}

/** Where part `p` of a document starts in one of its arrays: where the part before ends. */
const from = (d: DocNames, p: number, field: number) => (p === 0 ? 0 : d.ints[(p - 1) * PART_INTS + field]);
const to = (d: DocNames, p: number, field: number) => d.ints[p * PART_INTS + field];

/** The same parts for the document under another number (a file added or removed before it). */
export function renumbered(d: DocNames, doc: number): DocNames {
  if (d.doc === doc) return d;
  return { ...d, doc, roles: d.roles.map(r => ({ ...r, doc })), origin: d.origin ?? d };
}

/**
 * Whether two versions of a document's parts say the same, their document numbers aside: a document analysed
 * again because a word it asked about changed in the corpus (its first capital in mid-sentence) nearly always
 * finds the same names, and then keeps its earlier parts, whose groups need no folding again.
 */
export function sameParts(a: DocNames, b: DocNames): boolean {
  return sameList(a.keys, b.keys) && sameList(a.ints, b.ints) && sameList(a.spans, b.spans) && sameList(a.names, b.names)
    && sameList(a.nameKeys, b.nameKeys) && (a.own === b.own || (!!a.own && !!b.own && sameList(a.own, b.own)))
    && samePlain(a.texts, b.texts) && samePlain(a.acronyms, b.acronyms)
    && a.roles.length === b.roles.length && a.roles.every((r, i) => samePlain({ ...r, doc: 0 }, { ...b.roles[i], doc: 0 }));
}

function sameList(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equality of plain data (numbers, strings, arrays and objects of them), key by key. */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every(k => Object.prototype.hasOwnProperty.call(b, k)
    && samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Mentions of a whole corpus, in document order, as each document's parts. */
export function partsByDoc(raw: readonly RawMention[]): DocNames[] {
  const out: DocNames[] = [];
  for (let start = 0; start < raw.length;) {
    let end = start;
    while (end < raw.length && raw[end].doc === raw[start].doc) end++;
    out.push(docNames(raw[start].doc, raw.slice(start, end)));
    start = end;
  }
  return out;
}

/** One group's parts: which documents (by their place in the list) and which part of each. */
/** One group's parts: which documents (by their place in the list) and which part of each, in document order. */
export interface GroupRefs { docs: ArrayLike<number>; parts: ArrayLike<number> }

/**
 * The entity a group founds, before the registry merges entities. The name finder types a name from the name and
 * its context; a description beside it says outright what it is ("Harbin, ibu kota provinsi Heilongjiang",
 * "kantor berita negara Belta"), so where the sources describe a name, the descriptions decide, unless a title in
 * front of it already made it a person ("Presiden …"). The entity is named by its own mentions' most written name
 * (a surname that joined "Diane Okafor" does not name her), of the kind most of its mentions were given unless
 * the descriptions agree on another; undefined for a group only of headline mentions, which founds nothing.
 */
export function groupEntity(id: number, key: string, g: GroupRefs, docs: readonly DocNames[]): Entity | undefined {
  let flags = 0, anyOwn = false;
  const votes = { person: 0, organization: 0, place: 0 }, kinds = [0, 0, 0, 0];
  for (let k = 0; k < g.docs.length; k++) {
    const d = docs[g.docs[k]], at = g.parts[k] * PART_INTS;
    flags |= d.ints[at + FLAGS];
    for (let r = 0; r < 4; r++) kinds[r] += d.ints[at + KINDS + r];
    votes.person += d.ints[at + VOTES]; votes.organization += d.ints[at + VOTES + 1]; votes.place += d.ints[at + VOTES + 2];
    if (!anyOwn) for (let n = from(d, g.parts[k], NAMES_END); n < to(d, g.parts[k], NAMES_END) && !anyOwn; n++) anyOwn = !d.own || d.own[n] === 1;
  }
  if (!(flags & STRONG)) return undefined;
  // The most written name; counted in a map only once a second spelling turns up (most groups have one).
  let only: string | undefined, counts: Map<string, number> | undefined, seen = 0;
  let total = 0;
  for (let k = 0; k < g.docs.length; k++) total += to(docs[g.docs[k]], g.parts[k], MENTIONS_END) - from(docs[g.docs[k]], g.parts[k], MENTIONS_END);
  const keys = new Set([key]), mentions = new MentionListBuilder(total), roles: EntityRole[] = [];
  // Loops, not push(...list): a place named in every article has more mentions than a call takes arguments.
  for (let k = 0; k < g.docs.length; k++) {
    const d = docs[g.docs[k]], p = g.parts[k];
    for (let n = from(d, p, NAMES_END); n < to(d, p, NAMES_END); n++) {
      if (anyOwn && d.own && !d.own[n]) continue;
      const written = d.names[n];
      if (!counts && (only === undefined || only === written)) { only = written; seen++; continue; }
      counts ??= new Map([[only!, seen]]);
      counts.set(written, (counts.get(written) ?? 0) + 1);
    }
    for (let i = from(d, p, KEYS_END); i < to(d, p, KEYS_END); i++) keys.add(d.nameKeys[i]);
    for (let i = from(d, p, MENTIONS_END); i < to(d, p, MENTIONS_END); i++) {
      const j = i * SPAN_INTS;
      mentions.push(d.doc, d.spans[j], d.spans[j + 1], d.spans[j + 2], d.texts?.[i] ?? d.names[i]);
    }
    for (let i = from(d, p, ROLES_END); i < to(d, p, ROLES_END); i++) roles.push(d.roles[i]);
  }
  const name = counts ? [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0] : only!;
  return { id, name, kind: settleKind(votedKind(kinds, 0), (flags & TITLED) !== 0, votes), keys, mentions: mentions.build(), roles };
}

/**
 * The kind most of a name's mentions were given. The name finder types each mention from its sentence, and over a
 * corpus it types a frequent name wrongly now and then ("di Yogyakarta" 22 times a place, 5 times a person): the
 * strongest kind any mention got would make a person of a city or a sports event. A mention left untyped ('other')
 * counts half, since the finder leaves a name untyped where its context says little; a tie goes to the stronger
 * kind, a person first.
 */
function votedKind(counts: ArrayLike<number>, at: number): EntityKind {
  let best = 0, bestScore = -1;
  for (let r = 0; r < 4; r++) {
    const score = r === KIND_RANK.other ? counts[at + r] / 2 : counts[at + r];
    if (score >= bestScore && counts[at + r] > 0) { best = r; bestScore = score; }
  }
  return KIND_OF_RANK[best];
}

/** The kind the descriptions of a group's mentions agree on, else the kind the name finder gave. */
function settleKind(found: EntityKind, titled: boolean, votes: { person: number; organization: number; place: number }): EntityKind {
  // A title is a person's ("Presiden Iran Ebrahim Raisi"): the untyped mentions of the name ("kata Raisi") that
  // outvoted it say nothing against that.
  if (titled) return found === 'other' ? 'person' : found;
  const [best, second] = (Object.entries(votes) as Array<[keyof typeof votes, number]>).sort((a, b) => b[1] - a[1]);
  if (best[1] === 0 || best[1] === second[1]) return found;
  // A description makes a place or an organisation of a name; it makes no person of one, since people are what the
  // name finder types best, and a noun before a name is often its subject or owner instead ("warga … X").
  return best[0] === 'person' ? found : best[0];
}

/** What one part says of its name, as plain data: for an archive that answers which documents name whom. */
export interface PartSummary { key: string; name: string; kind: EntityKind; mentions: number; roles: string[]; nameKeys: string[] }

/** Each part of a document, summarised: its most written name, kind, mention count, roles and name keys. */
export function partSummaries(d: DocNames): PartSummary[] {
  return d.keys.map((key, p) => {
    const counts = new Map<string, number>();
    for (let n = from(d, p, NAMES_END); n < to(d, p, NAMES_END); n++) counts.set(d.names[n], (counts.get(d.names[n]) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
    const roles = new Set<string>();
    for (let i = from(d, p, ROLES_END); i < to(d, p, ROLES_END); i++) roles.add(d.roles[i].text);
    return {
      key, name, kind: votedKind(d.ints, p * PART_INTS + KINDS), mentions: to(d, p, MENTIONS_END) - from(d, p, MENTIONS_END),
      roles: [...roles], nameKeys: d.nameKeys.slice(from(d, p, KEYS_END), to(d, p, KEYS_END)),
    };
  });
}
