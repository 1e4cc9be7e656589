import { lexiconQuestions } from '../text/stem';
import { someWordForm, StoredDoc, tokenCount, tokenForm } from './stored-doc';

// Which stored analyses a change of the corpus vocabulary makes stale. A document's analysis depends on the rest
// of the corpus only through two questions about words (analyze.ts): is a form used in lower case somewhere (the
// name finder asks it of the document's tokens, the Indonesian stemmer of candidate roots of its words), and is
// it capitalised in mid-sentence somewhere (the name finder, of its tokens). So when a file is added, changed or
// removed, only documents that asked about a word whose answer changed need analysing again: usually none but
// the changed file, where a new word used to mean analysing the whole corpus again.

/** Above this many (changed roots × strings), each string's stemmer questions are listed instead of pre-filtered. */
const SUBSTRING_BUDGET = 5_000_000;

function changed(before: ReadonlySet<string>, after: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // The same set (counts updated without a word entering or leaving): nothing to compare.
  if (before === after) return out;
  for (const w of before) if (!after.has(w)) out.add(w);
  for (const w of after) if (!before.has(w)) out.add(w);
  return out;
}

/**
 * A test telling which documents, stored with the string table `strings` and analysed under the `before`
 * vocabularies, could come out differently under the `after` ones; undefined when none can.
 */
export function staleUnder(before: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> },
  after: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> }, strings: readonly string[]): ((doc: StoredDoc) => boolean) | undefined {
  const lower = changed(before.lowerVocab, after.lowerVocab), midCap = changed(before.midCapVocab, after.midCapVocab);
  if (!lower.size && !midCap.size) return undefined;
  // By string id: `common` and `name`, the words whose answer to the name finder's two questions changed; `marked`,
  // the forms whose stem may change. A root the stemmer asks about appears in the word from its second letter on
  // (stem.ts `lexiconQuestions`), so a substring test rules out nearly every word before its questions are worked out.
  const common = new Uint8Array(strings.length), name = new Uint8Array(strings.length), marked = new Uint8Array(strings.length);
  const tails = [...lower].filter(r => r.length > 3).map(r => r.slice(1));
  const filter = tails.length * strings.length <= SUBSTRING_BUDGET;
  let anyMarked = false;
  strings.forEach((s, id) => {
    if (lower.has(s)) common[id] = 1;
    if (midCap.has(s)) name[id] = 1;
    if (!tails.length || s.length <= 3 || (filter && !tails.some(t => s.includes(t)))) return;
    if (lexiconQuestions(s).some(r => lower.has(r))) {
      marked[id] = 1;
      anyMarked = true;
    }
  });
  // The name finder's questions are those a document recorded, else (stored without the record) any of its tokens.
  return doc => {
    if (doc.asked) {
      for (let i = 0; i < doc.asked.length; i++) { const q = doc.asked[i]; if (q >= 0 ? common[q] : name[~q]) return true; }
    } else for (let t = 0, n = tokenCount(doc.tokens); t < n; t++) { const f = tokenForm(doc.tokens, t); if (common[f] || name[f]) return true; }
    // The stemmer's questions, asked of every word: a walk over all of a corpus's words (20 ms at 10 MB on each
    // update), skipped when no form's stem can change (a word's first capital in mid-sentence changes none).
    return anyMarked && someWordForm(doc, f => marked[f] === 1);
  };
}
