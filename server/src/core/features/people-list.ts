import { Corpus } from '../index/corpus';
import { Entity } from '../index/registry';
import { readableRoles } from './dossier-facts';
import { SourceLocation } from './navigation';

// The People and organisations view: who the sources name, most mentioned first, and where. A row's click shows
// every mention (the editor's references list), opened at the most telling one: the first that gives the full name.

export interface PersonOrOrganisation {
  /** The registry's id; with `name`, what a later request for the mentions names (ids change with a re-index). */
  id: number;
  name: string;
  kind: 'person' | 'organization';
  mentions: number;
  /** How many source documents mention it. */
  documents: number;
  /** The first role the sources give (a person's office, an organisation's kind), if any. */
  role?: string;
}

const listed = (e: Entity): e is Entity & { kind: PersonOrOrganisation['kind'] } => e.kind === 'person' || e.kind === 'organization';

/**
 * The corpus's people and organisations, most mentioned first (ties by name, so the list is the same run after run),
 * the first `limit` of them, and how many there are in all.
 */
export function peopleAndOrganisations(corpus: Corpus, limit: number): { entries: PersonOrOrganisation[]; total: number } {
  const all = corpus.registry.entities.filter(listed)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'en'));
  const entries = all.slice(0, limit).map((e): PersonOrOrganisation => {
    const role = readableRoles(e, 1)[0]?.text.replace(/\s+/g, ' ').trim();
    return { id: e.id, name: e.name, kind: e.kind, mentions: e.mentions.length, documents: e.mentions.docs().size, ...(role ? { role } : {}) };
  });
  return { entries, total: all.length };
}

/**
 * Where the sources mention an entity, the first mention that writes its full name first and the rest in document
 * order; undefined when the id no longer names that entity (the corpus was re-indexed since the list was made).
 */
export function mentionsOf(corpus: Corpus, id: number, name: string): SourceLocation[] | undefined {
  const e = corpus.registry.entities[id];
  if (!e || e.name !== name) return undefined;
  const inOrder = [...e.mentions].sort((a, b) => a.doc - b.doc || a.start - b.start);
  const full = inOrder.findIndex(m => m.text === e.name);
  if (full > 0) inOrder.unshift(...inOrder.splice(full, 1));
  return inOrder.map(m => ({ doc: m.doc, start: m.start, end: m.end }));
}
