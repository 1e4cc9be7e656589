import { Token } from '../types';
import { Word } from './analyze';
import { isQuoteMark } from '../text/normalize';

// Whether a word stands in a clause that asserts nothing: the condition of a conditional ("Jika film itu gagal, …",
// "… bila FBI meminta bantuan"), an open question ("belum diketahui apakah …", "unclear whether …"), or the
// consequence of a condition ("Jika tidak diobati, infeksi ini bisa menyebabkan …"). The contradiction check reads it
// (facts/negation-opposition.ts): "Film itu belum gagal" is no denial of "Jika film itu gagal, karier Depp …
// melayang", which does not say the film failed.

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

export type ConditionalRole = 'condition' | 'consequence' | undefined;

/** The part a word plays in a conditional sentence, or undefined when its clause is asserted. */
export function conditionalRole(tokens: readonly Token[], w: Word): ConditionalRole {
  for (let i = w.token - 1; i >= 0 && !CLAUSE_MARKS.has(tokens[i].norm) && !RELATIVES.has(tokens[i].norm); i--) if (opensCondition(tokens, i)) return 'condition';
  // A condition that opens the sentence governs the clause after it ("Jika …, lumpur dapat dibuang").
  let first = 0;
  while (first < tokens.length && (isQuoteMark(tokens[first].text) || tokens[first].kind === 'punct')) first++;
  if (first < tokens.length && opensCondition(tokens, first) && tokens.slice(first, w.token).some(t => CLAUSE_MARKS.has(t.norm))) return 'consequence';
  // One that follows the word in its clause governs it ("Polri bersedia membantu bila FBI meminta").
  for (let i = w.token + 1; i < tokens.length && !CLAUSE_MARKS.has(tokens[i].norm); i++) if (opensCondition(tokens, i)) return 'consequence';
  return undefined;
}
