import { Corpus } from './corpus';
import { Entity } from './registry';
import { DocFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { Span } from '../types';

// Which corpus entity a name of a draft is. One resolution for everything that asks (hover, definition,
// references, `sumber entities` and the unknown-name check), so a name the hover explains is never reported as
// unknown. A name resolves by its key or alias; a part of a longer name ("Okafor", "von der Leyen") through the
// full name the draft itself used last before it, when the sources know that one; else through the one person
// the corpus points to without doubt. A known name typed in lower case ("putin") resolves the same way.

/** The corpus entity a name of the draft refers to, if the sources know it. */
export function resolveName(corpus: Corpus, draft: DocFacts, name: NameMention): Entity | undefined {
  return corpus.registry.resolve(name) ?? partOfName(corpus, draft, name.words, name.start);
}

const startsWith = (words: readonly string[], part: readonly string[]) => part.every((w, i) => words[i] === w);
const endsWith = (words: readonly string[], part: readonly string[]) => part.every((w, i) => words[words.length - part.length + i] === w);

/**
 * A surname, a given name or the end of a name that the sources only give within a full name: the full name the
 * draft used last before `before` that starts or ends with the words, when the sources know it; else the one
 * entity the corpus points to without doubt.
 */
export function partOfName(corpus: Corpus, draft: DocFacts, part: readonly string[], before: number): Entity | undefined {
  if (!part.length) return undefined;
  for (let i = draft.sentences.length - 1; i >= 0; i--) {
    const s = draft.sentences[i];
    if (s.start >= before) continue;
    for (let j = s.names.length - 1; j >= 0; j--) {
      const n = s.names[j];
      if (n.start >= before || n.words.length <= part.length || !(startsWith(n.words, part) || endsWith(n.words, part))) continue;
      const full = corpus.registry.resolve(n);
      if (full) return full;
    }
  }
  return corpus.registry.byNamePart(part.join(' '));
}

/** A known name typed without its capital ("xi", "putin"), as long as it is no ordinary word of the corpus. */
export function lowerCaseNameAt(corpus: Corpus, draft: DocFacts, offset: number): { name: Span; entity: Entity } | undefined {
  const s = draft.sentences.find(x => offset >= x.start && offset <= x.end);
  const w = s?.words.find(x => offset >= x.start && offset <= x.end);
  if (!w || w.stop || corpus.ctx.lowerVocab.has(w.norm)) return undefined;
  const entity = corpus.registry.lookup(w.norm) ?? partOfName(corpus, draft, [w.norm], w.start);
  return entity ? { name: { start: w.start, end: w.end }, entity } : undefined;
}
