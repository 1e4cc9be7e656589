import { Corpus } from './corpus';
import { Entity } from './registry';
import { DocFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { Span } from '../types';
import { firstAtLeast } from './quote-places';

// Which corpus entity a name of a draft is. One resolution for everything that asks (hover, definition,
// references, `sumber entities` and the unknown-name check), so a name the hover explains is never reported as
// unknown. A name resolves by its key or alias; a part of a longer name ("Okafor", "von der Leyen") through the
// full name the draft itself used last before it, when the sources know that one; else through the one person
// the corpus points to without doubt. A known name typed in lower case ("putin") resolves the same way.

/** The corpus entity a name of the draft refers to, if the sources know it. */
export function resolveName(corpus: Corpus, draft: DocFacts, name: NameMention): Entity | undefined {
  return corpus.registry.resolve(name) ?? partOfName(corpus, draft, name.words, name.start);
}

/**
 * A surname, a given name or the end of a name that the sources only give within a full name: the full name the
 * draft used last before `before` that starts or ends with the words, when the sources know it; else the one
 * entity the corpus points to without doubt.
 */
export function partOfName(corpus: Corpus, draft: DocFacts, part: readonly string[], before: number): Entity | undefined {
  if (!part.length) return undefined;
  const known = fullNamesOf(corpus, draft).get(part.join(WORD_JOIN));
  if (known) {
    // The last of them that starts before `before` (they are in text order).
    const after = firstAtLeast(known, n => n.start, before);
    if (after > 0) return known[after - 1].entity;
  }
  return corpus.registry.byNamePart(part.join(' '));
}

const WORD_JOIN = '\u0000';

/**
 * The draft's names that the sources know, by each run of words they start or end with (fewer words than the name
 * has), in text order: a part of a name finds the full name used before it by one lookup. Scanning the draft back
 * from each name instead cost the draft's length per name, the square of its length in all (a 45 KB draft of short
 * lines, each with a name, took 4.5 s to check).
 */
const fullNames = new WeakMap<DocFacts, { corpus: Corpus; byPart: Map<string, Array<{ start: number; entity: Entity }>> }>();

function fullNamesOf(corpus: Corpus, draft: DocFacts): Map<string, Array<{ start: number; entity: Entity }>> {
  const kept = fullNames.get(draft);
  if (kept?.corpus === corpus) return kept.byPart;
  const byPart = new Map<string, Array<{ start: number; entity: Entity }>>();
  for (const s of draft.sentences) {
    for (const n of s.names) {
      const words = n.words;
      if (words.length < 2) continue;
      const entity = corpus.registry.resolve(n);
      if (!entity) continue;
      const parts = new Set<string>();
      for (let k = 1; k < words.length; k++) {
        parts.add(words.slice(0, k).join(WORD_JOIN));
        parts.add(words.slice(words.length - k).join(WORD_JOIN));
      }
      for (const p of parts) {
        const list = byPart.get(p);
        if (list) list.push({ start: n.start, entity }); else byPart.set(p, [{ start: n.start, entity }]);
      }
    }
  }
  fullNames.set(draft, { corpus, byPart });
  return byPart;
}

/** A known name typed without its capital ("xi", "putin"), as long as it is no ordinary word of the corpus. */
export function lowerCaseNameAt(corpus: Corpus, draft: DocFacts, offset: number): { name: Span; entity: Entity } | undefined {
  const s = draft.sentences.find(x => offset >= x.start && offset <= x.end);
  const w = s?.words.find(x => offset >= x.start && offset <= x.end);
  if (!w || w.stop || corpus.ctx.lowerVocab.has(w.norm)) return undefined;
  const entity = corpus.registry.lookup(w.norm) ?? partOfName(corpus, draft, [w.norm], w.start);
  return entity ? { name: { start: w.start, end: w.end }, entity } : undefined;
}
