import { Corpus } from '../index/corpus';
import { DocFacts } from '../facts/analyze';
import { EntityKind } from '../facts/names';
import { Entity } from '../index/registry';
import { readableRoles } from './dossier-facts';
import { resolveName } from './navigation';

// "Who is in this story": the names of a draft with what the sources say of each (the same resolution as hover),
// or the corpus's own people, organisations and places. Plain data; the CLI prints it as text or JSON.

const MAX_ROLES = 5;

export interface EntityListing {
  /** The name as the sources give it, or as the draft writes it when the sources do not know it. */
  name: string;
  kind: EntityKind;
  /** Whether the sources know the name. */
  known: boolean;
  /** Times the draft names it (every form counted), when listing a draft. */
  draftMentions?: number;
  /** The forms the draft uses for it, in order of first use. */
  forms?: string[];
  /** Times the sources name it, and in how many of their documents. */
  sourceMentions: number;
  sourceDocuments: number;
  /** Roles the sources state for it, distinct, first few. */
  roles: string[];
}

function described(e: Entity): Pick<EntityListing, 'name' | 'kind' | 'known' | 'sourceMentions' | 'sourceDocuments' | 'roles'> {
  return {
    name: e.name, kind: e.kind, known: true,
    sourceMentions: e.mentions.length, sourceDocuments: e.mentions.docs().size,
    roles: readableRoles(e, MAX_ROLES).map(r => r.text.replace(/\s+/g, ' ').trim()),
  };
}

/** The names of a draft, grouped by the entity they refer to, most mentioned first (then in order of first use). */
export function draftEntities(corpus: Corpus, draft: DocFacts): EntityListing[] {
  const byKey = new Map<string, EntityListing & { draftMentions: number; forms: string[] }>();
  for (const s of draft.sentences) {
    for (const n of s.names) {
      const e = resolveName(corpus, draft, n);
      const key = e ? `e${e.id}` : `n${n.key}`;
      let item = byKey.get(key);
      if (!item) {
        const base = e ? described(e) : { name: n.text, kind: n.kind, known: false, sourceMentions: 0, sourceDocuments: 0, roles: [] };
        item = { ...base, draftMentions: 0, forms: [] };
        byKey.set(key, item);
      }
      item.draftMentions++;
      if (!item.forms.includes(n.text)) item.forms.push(n.text);
    }
  }
  // Map order is first use; the sort is stable, so equal counts keep it.
  return [...byKey.values()].sort((a, b) => b.draftMentions - a.draftMentions);
}

/** The corpus's entities, most mentioned first (ties by name, so the list is the same run after run). */
export function corpusEntities(corpus: Corpus): EntityListing[] {
  return corpus.registry.entities.map(described)
    .sort((a, b) => b.sourceMentions - a.sourceMentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
