import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { describeNames } from '../../server/src/core/facts/descriptions';

// What the description tests read back: each name of a text with what its sentence says it is, as
// "name: description (kind)", analysed against an empty corpus.

const empty = Corpus.build([]);

export function described(text: string): string[] {
  const facts = analyzeDraft(empty, text, 'plaintext');
  return facts.sentences.flatMap(s => {
    const all = describeNames(s.tokens, s.names, { lang: facts.lang });
    return s.names.flatMap((n, i) => all[i].map(d => `${n.text}: ${d.text} (${d.kind ?? '-'})`));
  });
}
