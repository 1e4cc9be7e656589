import { Token } from '../types';

// Headlines and transcripts name who speaks by a label before a colon: "Pengamat: Rusia Ditekan Barat dan
// Dimanfaatkan Tiongkok", "Putin: Barat Harus Bertanggung Jawab", "ANALYST: …". Such a sentence is its label's
// statement, whoever the sentences beside it name.

/** Words a speaker's label may have ("Menteri Luar Negeri"). */
const LABEL_WORDS = 3;
/** Tokens from the sentence's start within which a label's colon stands (after a lead such as "Baca juga :"). */
const LABEL_REACH = 12;
/** Words after the colon: a statement, not a field ("Editor : Thalatie Yani" is two). */
const STATEMENT_WORDS = 3;

const isWord = (t: Token) => t.kind === 'word';

/**
 * Whether a sentence opens with a speaker's label: one to three capitalised words and a colon, at the start or right
 * after an earlier colon ("Baca juga : Pengamat: …"), with a statement after it.
 */
export function opensWithLabel(tokens: readonly Token[]): boolean {
  let from = 0;
  for (let i = 0; i < tokens.length && i < LABEL_REACH; i++) {
    if (tokens[i].text !== ':') continue;
    const label = tokens.slice(from, i);
    if (label.length >= 1 && label.length <= LABEL_WORDS && label.every(t => isWord(t) && t.cap) &&
      tokens.slice(i + 1).filter(isWord).length >= STATEMENT_WORDS) return true;
    from = i + 1;
  }
  return false;
}
