import { Token } from '../types';
import { NameMention } from './names';
import { descriptorKind, tokenAt } from './description-words';

// What a sentence's predicate says its subject is, when the name opens the sentence and the description comes
// later: "SCO – terdiri dari … – didirikan pada tahun 2001 sebagai organisasi politik, …", "Samarkand merupakan
// kota kuno …", "The Norland Ferry Company, founded in 1962, is a family firm …". This file finds where the
// noun phrase starts; descriptions.ts reads it as it reads an apposition, so only a phrase whose noun is a known
// kind of thing describes anything.

/** Verbs that say what the subject is. */
const COPULAS = new Set(['adalah', 'merupakan', 'ialah', 'is', 'was']);
/** Verbs of founding, after which "sebagai"/"as" says what was founded ("didirikan … sebagai organisasi …"). */
const FOUNDED = new Set(['didirikan', 'dibentuk', 'dibangun', 'founded', 'established', 'formed', 'created', 'set']);
const AS = new Set(['sebagai', 'as']);
/** Words that may stand between a verb of founding and "sebagai": when ("pada tahun 2001", "in 2001"), "up". */
const WHEN = new Set(['pada', 'tahun', 'in', 'on', 'up', 'sejak', 'since', 'the', 'year', 'juga', 'also']);
/** Marks around a parenthesis between the subject and its verb: a dash pair, brackets, a comma pair. */
const CLOSING: Record<string, string> = { '-': '-', '–': '–', '—': '—', '(': ')', ',': ',' };
const MAX_PARENTHESIS = 40;
const MAX_WHEN = 4;

/**
 * The index of the token where a description of `name` starts in the sentence's predicate, or -1: the name
 * must open the sentence, a parenthesis may follow it, then a copula, or a verb of founding and "sebagai"/"as".
 */
export function predicateStart(tokens: readonly Token[], name: NameMention): number {
  let first = tokens.findIndex(t => t.kind === 'word');
  // "The Norland Ferry Company is …", "Pulau Sebatik merupakan …": an article or a noun for the kind of thing
  // may open the sentence before the name.
  for (let n = 0; n < 2 && first >= 0 && tokens[first] && tokens[first].start < name.start; n++) {
    if (tokens[first].norm === 'the' || descriptorKind(tokens[first].norm)) first++;
  }
  if (first < 0 || tokens[first]?.start !== (name.role && name.role.start < name.start ? name.role.start : name.start)) return -1;
  let k = tokenAt(tokens, name.end);
  k = pastParenthesis(tokens, k);
  if (k < 0 || !tokens[k]) return -1;
  while (tokens[k] && (tokens[k].norm === 'juga' || tokens[k].norm === 'also' || tokens[k].norm === 'kini' || tokens[k].norm === 'now')) k++;
  if (!tokens[k]) return -1;
  if (COPULAS.has(tokens[k].norm)) return k + 1;
  if (!FOUNDED.has(tokens[k].norm)) return -1;
  // "didirikan pada tahun 2001 sebagai": only words of time (and numbers) before "sebagai".
  for (let j = k + 1; j < tokens.length && j - k <= MAX_WHEN + 1; j++) {
    const t = tokens[j];
    if (AS.has(t.norm)) return j + 1;
    if (!(t.kind === 'number' || /^\d+$/.test(t.text) || WHEN.has(t.norm))) return -1;
  }
  return -1;
}

/** The token after a parenthesis that opens at k ("– terdiri dari … –", "(…)", ", founded in 1962,"), else k. */
function pastParenthesis(tokens: readonly Token[], k: number): number {
  const open = tokens[k];
  if (!open || open.kind !== 'punct') return k;
  const close = CLOSING[open.text] ?? CLOSING[open.norm];
  if (!close) return k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_PARENTHESIS; j++) {
    if (tokens[j].text === close || (close !== ',' && close !== ')' && tokens[j].norm === '-')) return j + 1;
  }
  return -1;
}
