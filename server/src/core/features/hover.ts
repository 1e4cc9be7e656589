import { Corpus } from '../index/corpus';
import { DocFacts } from '../facts/analyze';
import { Entity } from '../index/registry';
import { entityAt, mostInformativeMention, SourceLocation } from './navigation';
import { ownerOf, peopleOf, quotesBy, readableRoles } from './dossier-facts';
import { Lang, Span } from '../types';
import { say } from '../messages/catalogue';

export { quotesBy } from './dossier-facts';

// Who a name is, as the sources state it: a reporter's dossier, short and capped. The canonical name and kind;
// what the sources say it is, each with a link to where they say it (a person's roles, what a place or an
// organisation is and where); for an organisation or a place, the people whose roles name it; how often and in
// how many sources it is named, surname mentions included; a few of the person's quotes, each once; the other
// forms the sources write it in. Its own words (the kind, "Mentioned 3 times in 2 documents") come from the
// message catalogue, in the writer's language as the findings are; the sources' words stay as they wrote them.

const MAX_PEOPLE = 4, MAX_QUOTES = 3, MAX_QUOTE_CHARS = 160, MAX_FORMS = 3;

export interface HoverResult extends Span {
  markdown: string;
}

/** Builds a link that opens a source at a location; the LSP layer knows how to address files. */
export type LinkMaker = (loc: SourceLocation) => string;

const KIND_LABEL = { person: 'hover.kind.person', organization: 'hover.kind.organization', place: 'hover.kind.place', other: 'hover.kind.other' } as const;

export function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/** The dossier of the name at `offset`, in `lang` (the reader's language: `readerLanguage` of the setting and the draft). */
export function hoverAt(corpus: Corpus, draft: DocFacts, offset: number, link: LinkMaker, lang: Lang): HoverResult | undefined {
  const hit = entityAt(corpus, draft, offset);
  if (!hit) return undefined;
  const { entity: e, name } = hit;
  const source = (loc: SourceLocation) => `[${escape(corpus.docs[loc.doc].label)}](${link(loc)})`;
  const lines: string[] = [`**${escape(e.name)}** · ${say(lang, KIND_LABEL[e.kind])}`];

  const roles = readableRoles(e, 4);
  if (roles.length) {
    lines.push('', ...roles.map(r => {
      const owner = ownerOf(corpus, r);
      return `- ${escape(clip(r.text, 80))}${owner ? ` (${escape(owner.name)})` : ''} — ${source(r)}`;
    }));
  }
  if (e.kind !== 'person') {
    const people = peopleOf(corpus, e).slice(0, MAX_PEOPLE);
    if (people.length) {
      const listed = people.map(p => `${escape(p.person.name)} (${escape(clip(p.role.text, 60))}) ${source(p.role)}`).join(' · ');
      lines.push('', say(lang, 'hover.people', { people: listed }));
    }
  }

  const docs = e.mentions.docs();
  const n = e.mentions.length;
  lines.push('', say(lang, 'hover.mentioned', {
    times: say(lang, n === 1 ? 'hover.times.one' : 'hover.times', { n }),
    documents: say(lang, docs.size === 1 ? 'hover.documents.one' : 'hover.documents', { n: docs.size }),
  }));

  // A blank line between quotes, or Markdown runs them together into one block quote.
  for (const q of quotesBy(corpus, e).slice(0, MAX_QUOTES)) {
    lines.push('', `> “${escape(clip(q.text.replace(/[\s,;:]+$/u, ''), MAX_QUOTE_CHARS))}” — ${source(q.loc)}`);
  }

  const forms = otherForms(e);
  const first = mostInformativeMention(e);
  const tail = [
    forms.length ? say(lang, 'hover.also-written', { forms: forms.map(f => `“${escape(f)}”`).join(', ') }) : '',
    first ? `[${say(lang, 'hover.open-in', { label: escape(corpus.docs[first.doc].label) })}](${link(first)})` : '',
  ].filter(Boolean);
  if (tail.length) lines.push('', tail.join(' '));
  return { start: name.start, end: name.end, markdown: lines.join('\n') };
}

/** Other forms the sources write the name in ("Xi", "Tiongkok" for China), case aside, most used first. */
function otherForms(e: Entity): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const m of e.mentions) {
    const key = m.text.toLowerCase();
    if (key === e.name.toLowerCase()) continue;
    const c = counts.get(key);
    if (c) c.n++; else counts.set(key, { text: m.text, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).slice(0, MAX_FORMS).map(c => c.text);
}
