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

/** What a change of the vocabularies makes stale: whole documents, and within one, its sentences. */
export interface Staleness {
  /** Whether a document stored under the old vocabularies could come out differently under the new ones. */
  doc(doc: StoredDoc): boolean;
  /**
   * Whether a sentence of such a document could: the name finder asks only about the sentence's own tokens, and the
   * stemmer about its own words, so a sentence none of whose tokens' answers nor words' stems changed is read alike.
   */
  sentence(s: { tokens: ReadonlyArray<{ norm: string }>; words: ReadonlyArray<{ norm: string }> }): boolean;
}

/**
 * What a change from the `before` vocabularies to the `after` ones makes stale among documents stored with the
 * string table `strings`; undefined when nothing can be.
 */
export function staleUnder(before: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> },
  after: { lowerVocab: ReadonlySet<string>; midCapVocab: ReadonlySet<string> }, strings: readonly string[]): Staleness | undefined {
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
  const doc = (d: StoredDoc) => {
    if (d.asked) {
      for (let i = 0; i < d.asked.length; i++) { const q = d.asked[i]; if (q >= 0 ? common[q] : name[~q]) return true; }
    } else for (let t = 0, n = tokenCount(d.tokens); t < n; t++) { const f = tokenForm(d.tokens, t); if (common[f] || name[f]) return true; }
    // The stemmer's questions, asked of every word: a walk over all of a corpus's words (20 ms at 10 MB on each
    // update), skipped when no form's stem can change (a word's first capital in mid-sentence changes none).
    return anyMarked && someWordForm(d, f => marked[f] === 1);
  };
  const markedForms = new Set<string>();
  if (anyMarked) marked.forEach((m, id) => { if (m) markedForms.add(strings[id]); });
  const sentence = (st: Parameters<Staleness['sentence']>[0]) =>
    st.tokens.some(t => lower.has(t.norm) || midCap.has(t.norm)) || (markedForms.size > 0 && st.words.some(w => markedForms.has(w.norm)));
  return { doc, sentence };
}
