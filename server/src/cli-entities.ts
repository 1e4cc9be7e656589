import { Corpus } from './core/index/corpus';
import { analyzeDraft } from './core/checks/check';
import { corpusEntities, draftEntities, EntityListing } from './core/features/entities';
import { formatOf } from './corpus-files';
import { Lang } from './core/types';
import { MessageLanguage, readerLanguage, say } from './core/messages/catalogue';

// `sumber entities`: the people, organisations and places of drafts (or of the corpus when no draft is given),
// with what the sources say of each. Resolution is the hover's, so the list and the editor agree, and so are its
// words: a draft's list speaks the hover's language (--lang, else the draft's), the sources' list the one --lang
// names, else English.

const KIND = { person: 'hover.kind.person', organization: 'hover.kind.organization', place: 'hover.kind.place', other: 'hover.kind.other' } as const;

/** `lang` is the language of the text output only; the JSON output leaves it out. */
export interface EntitiesOfFile { path: string; entities: EntityListing[]; lang: Lang }

export function listEntities(corpus: Corpus, drafts: Array<{ file: string; text: string }>, setting: MessageLanguage = 'auto'): EntitiesOfFile[] {
  if (!drafts.length) return [{ path: '(sources)', entities: corpusEntities(corpus), lang: readerLanguage(setting, 'en') }];
  return drafts.map(d => {
    const facts = analyzeDraft(corpus, d.text, formatOf(d.file));
    return { path: d.file, entities: draftEntities(corpus, facts), lang: readerLanguage(setting, facts.lang) };
  });
}

function line(e: EntityListing, lang: Lang): string {
  const documents = say(lang, e.sourceDocuments === 1 ? 'hover.documents.one' : 'hover.documents', { n: e.sourceDocuments });
  const where = e.known ? say(lang, 'entities.in-sources', { n: e.sourceMentions, documents }) : say(lang, 'entities.not-in-sources');
  const forms = e.forms && e.forms.some(f => f !== e.name) ? e.forms.map(f => `“${f}”`).join(', ') : '';
  const inDraft = e.draftMentions === undefined ? ''
    : `${forms ? say(lang, 'entities.in-draft-as', { n: e.draftMentions, forms }) : say(lang, 'entities.in-draft', { n: e.draftMentions })}; `;
  const roles = e.roles.length ? `\n    ${e.roles.join(' · ')}` : '';
  return `  ${e.name} (${say(lang, KIND[e.kind])}): ${inDraft}${where}${roles}`;
}

export function formatEntities(results: EntitiesOfFile[]): string {
  return results.map(r => `${r.path}\n${r.entities.length ? r.entities.map(e => line(e, r.lang)).join('\n') : `  ${say(r.lang, 'entities.none')}`}\n`).join('\n');
}
