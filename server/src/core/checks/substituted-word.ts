import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts, Word } from '../facts/analyze';
import { nearTwin } from '../text/spelling';
import { areSynonyms } from '../lexicon/synonyms';
import { FUSED_TIME_UNITS, TIME_UNITS } from '../facts/calendar-words';
import { adjacent, verbLike } from './inserted-word';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { TITLE_HEADS } from '../lexicon/roles';

/** Words for groups of people that are no occupation or title. */
const GROUPS = new Set(['polisi', 'tentara', 'pasukan', 'prajurit', 'demonstran', 'pengunjuk', 'pendukung', 'penonton',
  'pengungsi', 'relawan', 'diplomat', 'politisi', 'police', 'soldiers', 'troops', 'protesters', 'supporters',
  'refugees', 'volunteers', 'diplomats', 'politicians', 'residents', 'officials', 'journalists', 'workers']);

/** Whether a word names people by what they are or do. */
const personWord = (w: Word) => GROUPS.has(w.norm) || OCCUPATIONS.has(w.norm) || TITLE_HEADS.has(w.norm);

/**
 * The unit of time a word names ("sebulan" names a month), or undefined: "beberapa bulan terakhir" for "beberapa
 * minggu terakhir" is another span.
 */
const timeUnit = (w: Word) => (TIME_UNITS.has(w.norm) ? w.norm : FUSED_TIME_UNITS.get(w.norm));
const timeWord = (w: Word) => timeUnit(w) !== undefined;
/** Whether two words name the same unit of time ("pekan" and "minggu" are one). */
const sameUnit = (x: Word, y: Word) => { const u = timeUnit(x), v = timeUnit(y); return !!u && !!v && areSynonyms(u, v); };

/** The kind of word a swap is weighed for, or undefined for words of any other kind. */
const kindOf = (w: Word) => (personWord(w) ? 'people' : timeWord(w) ? 'time' : undefined);

// People of one kind put where the passage has people of another, between the same words: "kehadiran tentara yang
// banyak" where the passage says "kehadiran polisi yang banyak"; likewise a unit of time ("beberapa bulan terakhir"
// for "beberapa minggu terakhir"). Everything else is stated, so the verifier sees a
// close paraphrase; but who was there is the fact. Only words for people (an occupation, a title, a group such as
// "polisi" or "troops"): other words swapped in the same place are as often a paraphrase ("latihan perang" for
// "permainan perang"). The claim's word must be one the sources use elsewhere, and no other spelling of the passage's.


/**
 * The words after position i that close its right context: the next word when it is a content word, else the two
 * next words ("… yang banyak"). Undefined when there are none such.
 */
function rightContext(words: readonly Word[], i: number): Word[] | undefined {
  const next = words[i + 1];
  if (!next || !adjacent(words[i], next)) return undefined;
  if (!next.stop) return [next];
  const then = words[i + 2];
  return then && adjacent(next, then) ? [next, then] : undefined;
}

const key = (ws: readonly Word[]) => ws.map(w => w.stem).join(' ');

/**
 * The claim's words (as written) that stand between a content word and a right context that the passage has around
 * another content word: "tentara" in "kehadiran tentara yang banyak" against "kehadiran polisi yang banyak".
 */
export function substitutedWords(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): string[] {
  const { sentence, terms, corpus } = claim;
  const words = sentence.words;
  const inName = (s: { names: ReadonlyArray<{ start: number; end: number }> }, w: Word) => s.names.some(n => w.start >= n.start && w.end <= n.end);
  const plain = (s: { names: ReadonlyArray<{ start: number; end: number }> }, w: Word) => !w.stop && !inName(s, w) && !verbLike(w) && /^\p{L}{4,}$/u.test(w.norm);
  let around: Map<string, Word[]> | undefined;
  const out: string[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    const before = words[i - 1], word = words[i];
    const kind = kindOf(word);
    if (!kind) continue;
    // A counted span ("dua bulan sebelum …", "sebulan sebelum …") is held against the passage's counted span before
    // the same words, whatever its count: "dua minggu sebelum memerintahkan invasi" is another span.
    const counted = kind === 'time' && countedSpan(sentence, i);
    if (!counted && (!adjacent(before, word) || !(plain(sentence, before) || (kind === 'time' && before.stop)))) continue;
    if (!(plain(sentence, word) || kind === 'time')) continue;
    let right = rightContext(words, i);
    // A span of time is told by the word after it alone ("beberapa hari setelah Zelensky …" against "beberapa jam
    // setelah Presiden Ukraina …"), where the two words after it reach into a name.
    const next = words[i + 1];
    if (kind === 'time' && (!right || right.some(w => inName(sentence, w))) && next?.stop && adjacent(word, next)) right = [next];
    if (!right || right.some(w => inName(sentence, w))) continue;
    const k = terms.findIndex(t => t.stem === word.stem);
    const passage = corpus.sentence(a.ref);
    // A unit of time is everywhere: for a counted span only the passage's own sentence having the unit backs it.
    const stated = counted ? passage.words.some(y => sameUnit(y, word)) : (a.credit[k] ?? 0) > 0;
    if (k < 0 || stated || !corpus.knowsWord(timeUnit(word) ?? word.norm)) continue;
    around ??= middles(passage);
    const rivals = (around.get(`${counted ? COUNT : before.stem}|${key(right)}`) ?? [])
      .filter(y => kindOf(y) === kind && (kind === 'time' || plain(passage, y)) && y.stem !== word.stem && !nearTwin(y.norm, word.norm) && !words.some(w => w.stem === y.stem) &&
        (!counted || !sameUnit(y, word)));
    if (rivals.length) out.push(sentence.text.slice(word.start - sentence.start, word.end - sentence.start));
  }
  return out;
}

/** What stands for the count of a counted span in the keys of `middles`. */
const COUNT = '#';

/** Counts without a figure: "beberapa bulan sebelum …". */
const SOME = new Set(['beberapa', 'several']);

/** Whether the word at i is a unit of time fused with "se-" or right after a count ("dua minggu"). */
function countedSpan(s: Pick<SentenceFacts, 'words' | 'quantities'>, i: number): boolean {
  const word = s.words[i], before = s.words[i - 1];
  if (FUSED_TIME_UNITS.has(word.norm)) return true;
  return !!before && TIME_UNITS.has(word.norm) && adjacent(before, word) &&
    (SOME.has(before.norm) || s.quantities.some(q => before.start >= q.start && before.end <= q.end));
}

/**
 * For every word of a sentence with a word before it and a right context after, the word, by "before|right"; a
 * counted span of time also by "#|right".
 */
function middles(s: Pick<SentenceFacts, 'words' | 'quantities'>): Map<string, Word[]> {
  const words = s.words, out = new Map<string, Word[]>();
  const add = (k: string, w: Word) => (out.get(k) ?? out.set(k, []).get(k)!).push(w);
  for (let j = 1; j + 1 < words.length; j++) {
    const counted = timeWord(words[j]) && countedSpan(s, j);
    if (!adjacent(words[j - 1], words[j]) && !counted) continue;
    for (const right of [words.slice(j + 1, j + 2), words.slice(j + 1, j + 3)]) {
      if (!right.length || !right.every((w, n) => adjacent(n ? right[n - 1] : words[j], w))) continue;
      if (adjacent(words[j - 1], words[j])) add(`${words[j - 1].stem}|${key(right)}`, words[j]);
      if (counted) add(`${COUNT}|${key(right)}`, words[j]);
    }
  }
  return out;
}
