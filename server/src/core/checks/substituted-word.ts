import { Claim } from './types';
import { Alignment } from '../index/support';
import { Word } from '../facts/analyze';
import { nearTwin } from '../text/spelling';
import { adjacent, verbLike } from './inserted-word';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { TITLE_HEADS } from '../lexicon/roles';

/** Words for groups of people that are no occupation or title. */
const GROUPS = new Set(['polisi', 'tentara', 'pasukan', 'prajurit', 'demonstran', 'pengunjuk', 'pendukung', 'penonton',
  'pengungsi', 'relawan', 'diplomat', 'politisi', 'police', 'soldiers', 'troops', 'protesters', 'supporters',
  'refugees', 'volunteers', 'diplomats', 'politicians', 'residents', 'officials', 'journalists', 'workers']);

/** Whether a word names people by what they are or do. */
const personWord = (w: Word) => GROUPS.has(w.norm) || OCCUPATIONS.has(w.norm) || TITLE_HEADS.has(w.norm);

/** Units of time: "beberapa bulan terakhir" for "beberapa minggu terakhir" is another span. */
const TIME_UNITS = new Set(['jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'dekade', 'abad', 'hours', 'days', 'weeks',
  'months', 'years', 'decades']);
const timeWord = (w: Word) => TIME_UNITS.has(w.norm);

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
    if (!kind || !adjacent(before, word) || !(plain(sentence, before) || (kind === 'time' && before.stop))) continue;
    if (!(plain(sentence, word) || kind === 'time')) continue;
    let right = rightContext(words, i);
    // A span of time is told by the word after it alone ("beberapa hari setelah Zelensky …" against "beberapa jam
    // setelah Presiden Ukraina …"), where the two words after it reach into a name.
    const next = words[i + 1];
    if (kind === 'time' && (!right || right.some(w => inName(sentence, w))) && next?.stop && adjacent(word, next)) right = [next];
    if (!right || right.some(w => inName(sentence, w))) continue;
    const k = terms.findIndex(t => t.stem === word.stem);
    if (k < 0 || (a.credit[k] ?? 0) > 0 || !corpus.knowsWord(word.norm)) continue;
    const passage = corpus.sentence(a.ref);
    around ??= middles(passage.words);
    const rivals = (around.get(`${before.stem}|${key(right)}`) ?? [])
      .filter(y => kindOf(y) === kind && (kind === 'time' || plain(passage, y)) && y.stem !== word.stem && !nearTwin(y.norm, word.norm) && !words.some(w => w.stem === y.stem));
    if (rivals.length) out.push(sentence.text.slice(word.start - sentence.start, word.end - sentence.start));
  }
  return out;
}

/** For every word of a sentence with a word before it and a right context after, the word, by "before|right". */
function middles(words: readonly Word[]): Map<string, Word[]> {
  const out = new Map<string, Word[]>();
  for (let j = 1; j + 1 < words.length; j++) {
    if (!adjacent(words[j - 1], words[j])) continue;
    for (const right of [words.slice(j + 1, j + 2), words.slice(j + 1, j + 3)]) {
      if (!right.length || !right.every((w, n) => adjacent(n ? right[n - 1] : words[j], w))) continue;
      const k = `${words[j - 1].stem}|${key(right)}`;
      (out.get(k) ?? out.set(k, []).get(k)!).push(words[j]);
    }
  }
  return out;
}
