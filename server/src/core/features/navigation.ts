import { Corpus } from '../index/corpus';
import { DocFacts, QuoteFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { Span } from '../types';

// From a place in a draft to the sources: the quote or name at an offset, the entity a name is, and a name's
// mentions (references). Go to source builds on these (source-links.ts). Plain offsets in and out; the LSP layer
// turns them into locations.

export interface SourceLocation {
  doc: number;
  start: number;
  end: number;
}

/** The draft quote whose marks or words contain the offset. */
export function quoteAt(draft: DocFacts, offset: number): QuoteFacts | undefined {
  return draft.quotes.find(q => {
    const from = q.open >= 0 ? q.open : q.start;
    const to = q.close >= 0 ? q.close + 1 : q.end;
    return offset >= from && offset <= to;
  });
}

export function nameAt(draft: DocFacts, offset: number): NameMention | undefined {
  for (const s of draft.sentences) {
    if (offset < s.start || offset > s.end) continue;
    return s.names.find(n => offset >= n.start && offset <= n.end);
  }
  return undefined;
}

export function entityAt(corpus: Corpus, draft: DocFacts, offset: number): { name: Span; entity: Entity } | undefined {
  const name = nameAt(draft, offset);
  const entity = name && resolveName(corpus, draft, name);
  if (name && entity) return { name, entity };
  return lowerCaseNameAt(corpus, draft, offset);
}

/** The corpus entity a name of the draft refers to: by its key or alias, or as a part of a full name. */
export function resolveName(corpus: Corpus, draft: DocFacts, name: NameMention): Entity | undefined {
  return corpus.registry.resolve(name) ?? (name.words.length === 1 ? partOfName(corpus, draft, name.words[0], name.start) : undefined);
}

/**
 * A surname or given name that the sources only give within a full name ("Okafor" for "Diane Okafor"): the full
 * name the draft itself used last before it, when the sources know that one; else the one the corpus's mentions
 * point to without doubt.
 */
function partOfName(corpus: Corpus, draft: DocFacts, word: string, before: number): Entity | undefined {
  for (let i = draft.sentences.length - 1; i >= 0; i--) {
    const s = draft.sentences[i];
    if (s.start >= before) continue;
    for (let j = s.names.length - 1; j >= 0; j--) {
      const n = s.names[j];
      if (n.start >= before || n.words.length < 2 || (n.words[0] !== word && n.words[n.words.length - 1] !== word)) continue;
      const full = corpus.registry.resolve(n);
      if (full) return full;
    }
  }
  return corpus.registry.byNamePart(word);
}

/** A known name typed without its capital ("xi", "putin"), as long as it is no ordinary word of the corpus. */
function lowerCaseNameAt(corpus: Corpus, draft: DocFacts, offset: number): { name: Span; entity: Entity } | undefined {
  const s = draft.sentences.find(x => offset >= x.start && offset <= x.end);
  const w = s?.words.find(x => offset >= x.start && offset <= x.end);
  if (!w || w.stop || corpus.ctx.lowerVocab.has(w.norm)) return undefined;
  const entity = corpus.registry.lookup(w.norm) ?? partOfName(corpus, draft, w.norm, w.start);
  return entity ? { name: { start: w.start, end: w.end }, entity } : undefined;
}

/** The mention that tells most about an entity: one with a stated role, else its longest form, first seen. */
export function mostInformativeMention(e: Entity): SourceLocation | undefined {
  const role = e.roles[0];
  const withRole = role && e.mentions.find(m => m.doc === role.doc && Math.abs(m.start - role.end) <= 2 || (m.doc === role.doc && m.start >= role.start && m.end <= role.end + 80));
  const pick = withRole ?? [...e.mentions].sort((a, b) => b.text.length - a.text.length || a.doc - b.doc || a.start - b.start)[0];
  return pick && { doc: pick.doc, start: pick.start, end: pick.end };
}

export function referencesAt(corpus: Corpus, draft: DocFacts, offset: number): SourceLocation[] {
  const hit = entityAt(corpus, draft, offset);
  if (!hit) return [];
  return [...hit.entity.mentions].sort((a, b) => a.doc - b.doc || a.start - b.start).map(m => ({ doc: m.doc, start: m.start, end: m.end }));
}
