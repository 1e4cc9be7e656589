import { Token } from '../types';
import { Word } from './analyze';

// Whether a word stands in a clause that asserts nothing: the condition of a conditional ("Jika film itu gagal, …",
// "… bila FBI meminta bantuan") or an open question ("belum diketahui apakah …", "unclear whether …"). The
// contradiction check reads it (facts/negation-opposition.ts): "Film itu belum gagal" is no denial of "Jika film itu
// gagal, karier Depp … melayang", which does not say the film failed. The consequence of a condition does assert
// what may be: "Jika tidak diobati, infeksi ini bisa menyebabkan penyakit kuning" is denied by "tidak dapat
// menyebabkan" (read as asserting nothing, IndoNLI train lost three catches, two of them contradictions).

/** Words that open a condition or an open question; what follows them in their clause is not asserted. */
const OPENERS = new Set(['jika', 'jikalau', 'kalau', 'apabila', 'bila', 'seandainya', 'andaikan', 'andaikata', 'asalkan',
  'apakah', 'if', 'unless', 'whether']);
const CLAUSE_MARKS = new Set([',', ';', ':']);
/** Words that open a relative clause: what it says of a thing is taken as given, a condition around it or not. */
const RELATIVES = new Set(['yang', 'which', 'who']);
/**
 * Verbs of saying and knowing: after one, Indonesian "jika", "kalau" and "bila" often mean "that" ("mengaku jika
 * dirinya tak memiliki rumah", admitted that she owns no house), which asserts what follows.
 */
const SAYING = new Set(['mengaku', 'mengakui', 'mengatakan', 'menyatakan', 'berkata', 'bilang', 'menyebut', 'menyebutkan',
  'mengungkapkan', 'menjelaskan', 'menegaskan', 'menuturkan', 'mengklaim', 'membantah', 'menyadari', 'mengetahui', 'tahu',
  'yakin', 'percaya', 'sadar', 'ingat', 'lupa', 'mengira', 'menduga', 'menganggap', 'kata', 'ujar', 'katanya']);

/** Whether the token at i opens a condition or an open question, not a "that" after a verb of saying. */
const opensCondition = (tokens: readonly Token[], i: number) =>
  OPENERS.has(tokens[i].norm) && !(i > 0 && SAYING.has(tokens[i - 1].norm) && !['apakah', 'if', 'unless', 'whether'].includes(tokens[i].norm));

/** Whether the word stands in a condition or an open question: after an opener, in the same clause. */
export function inCondition(tokens: readonly Token[], w: Word): boolean {
  for (let i = w.token - 1; i >= 0 && !CLAUSE_MARKS.has(tokens[i].norm) && !RELATIVES.has(tokens[i].norm); i--) {
    if (opensCondition(tokens, i)) return true;
  }
  return false;
}
