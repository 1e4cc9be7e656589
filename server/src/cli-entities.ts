import { Corpus } from './core/index/corpus';
import { analyzeDraft } from './core/checks/check';
import { corpusEntities, draftEntities, EntityListing } from './core/features/entities';
import { formatOf } from './corpus-files';

// `sumber entities`: the people, organisations and places of drafts (or of the corpus when no draft is given),
// with what the sources say of each. Resolution is the hover's, so the list and the editor agree.

const KIND: Record<string, string> = { person: 'person', organization: 'organisation', place: 'place', other: 'name' };

export interface EntitiesOfFile { path: string; entities: EntityListing[] }

export function listEntities(corpus: Corpus, drafts: Array<{ file: string; text: string }>): EntitiesOfFile[] {
  if (!drafts.length) return [{ path: '(sources)', entities: corpusEntities(corpus) }];
  return drafts.map(d => ({ path: d.file, entities: draftEntities(corpus, analyzeDraft(corpus, d.text, formatOf(d.file))) }));
}

function line(e: EntityListing): string {
  const where = e.known ? `${e.sourceMentions} in the sources (${e.sourceDocuments} document${e.sourceDocuments === 1 ? '' : 's'})` : 'not in the sources';
  const inDraft = e.draftMentions === undefined ? '' : `${e.draftMentions}× in the draft${e.forms && e.forms.some(f => f !== e.name) ? ` as ${e.forms.map(f => `“${f}”`).join(', ')}` : ''}; `;
  const roles = e.roles.length ? `\n    ${e.roles.join(' · ')}` : '';
  return `  ${e.name} (${KIND[e.kind]}): ${inDraft}${where}${roles}`;
}

export function formatEntities(results: EntitiesOfFile[]): string {
  return results.map(r => `${r.path}\n${r.entities.length ? r.entities.map(line).join('\n') : '  no names'}\n`).join('\n');
}
