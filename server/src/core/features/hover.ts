import { Corpus } from '../index/corpus';
import { DocFacts } from '../facts/analyze';
import { Entity, distinctRoles } from '../index/registry';
import { entityAt, mostInformativeMention, SourceLocation } from './navigation';
import { Span } from '../types';

// Who a name is, as the sources state it: canonical name and kind, roles with their source, how often and
// where it is mentioned, and a few quotes the sources attribute to it. Short and capped, like good hovers.

const MAX_ROLES = 4, MAX_QUOTES = 3, MAX_QUOTE_CHARS = 160;

export interface HoverResult extends Span {
  markdown: string;
}

/** Builds a link that opens a source at a location; the LSP layer knows how to address files. */
export type LinkMaker = (loc: SourceLocation) => string;

const KIND_LABEL: Record<string, string> = { person: 'person', organization: 'organisation', place: 'place', other: 'name' };

export function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

type QuoteLoc = { loc: SourceLocation; text: string };

/** A quote's words, whatever its case, marks and spacing. */
const wordsOf = (text: string) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
const quotesBySpeaker = new WeakMap<Corpus, Map<Entity, QuoteLoc[]>>();

/** The quotes the sources attribute to an entity (three words or more), in corpus order. */
export function quotesBy(corpus: Corpus, e: Entity): QuoteLoc[] {
  // One pass over the corpus's quotes, the first time any hover asks: read from the store, so no document's other
  // facts are rebuilt, and each later hover is a lookup.
  let bySpeaker = quotesBySpeaker.get(corpus);
  if (!bySpeaker) {
    bySpeaker = new Map();
    const seen = new Set<string>();
    for (const d of corpus.docs) {
      for (const q of corpus.store.quotes(d.id)) {
        const who = q.attribution.speaker && corpus.registry.resolve(q.attribution.speaker);
        if (!who || q.text.split(/\s+/).length < 3) continue;
        // The same words carried by several articles (wire copy, a follow-up) are one quote: the first source stands.
        const key = `${who.id}\u0000${wordsOf(q.text)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (bySpeaker.get(who) ?? bySpeaker.set(who, []).get(who)!).push({ loc: { doc: d.id, start: q.start, end: q.end }, text: q.text });
      }
    }
    quotesBySpeaker.set(corpus, bySpeaker);
  }
  return bySpeaker.get(e) ?? [];
}

export function hoverAt(corpus: Corpus, draft: DocFacts, offset: number, link: LinkMaker): HoverResult | undefined {
  const hit = entityAt(corpus, draft, offset);
  if (!hit) return undefined;
  const { entity: e, name } = hit;
  const docs = new Set(e.mentions.map(m => m.doc));
  const lines: string[] = [`**${escape(e.name)}** · ${KIND_LABEL[e.kind]}`];
  const roles = distinctRoles(e).slice(0, MAX_ROLES);
  if (roles.length) {
    lines.push('', ...roles.map(r => `- ${escape(clip(r.text, 80))} — [${escape(corpus.docs[r.doc].label)}](${link({ doc: r.doc, start: r.start, end: r.end })})`));
  }
  lines.push('', `Mentioned ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'} in ${docs.size} document${docs.size === 1 ? '' : 's'}.`);
  const quotes = quotesBy(corpus, e).slice(0, MAX_QUOTES);
  if (quotes.length) {
    // A blank line between quotes, or Markdown runs them together into one block quote.
    for (const q of quotes) lines.push('', `> “${escape(clip(q.text, MAX_QUOTE_CHARS))}” — [${escape(corpus.docs[q.loc.doc].label)}](${link(q.loc)})`);
  }
  const first = mostInformativeMention(e);
  if (first) lines.push('', `[Open in ${escape(corpus.docs[first.doc].label)}](${link(first)})`);
  return { start: name.start, end: name.end, markdown: lines.join('\n') };
}
