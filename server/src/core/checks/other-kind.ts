import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { rememberedFor } from '../remembered';

// A thing given another kind than its passage gives it: "Wonorejo adalah sebuah kecamatan" against "Wonorejo
// adalah sebuah desa di wilayah Kecamatan Bantur …". Every word of the claim stands in the passage, "kecamatan"
// among them, so coverage is full and the verifier sees little against it; but a village is no district. Only
// kinds that exclude each other count: the ranks of a country's administration. Occupations do not ("seorang
// pelatih dan pemain sepak bola" is both).

/** Words that say what a thing is, and what may stand between one and the kind ("adalah sebuah desa"). */
const COPULAS = new Set(['adalah', 'merupakan', 'ialah', 'is', 'was']);
const ARTICLES = new Set(['sebuah', 'suatu', 'satu', 'a', 'an', 'the']);

/**
 * Administrative ranks, one group per rank (the words of a group name the same rank): a place is of one rank only.
 * "kota" and "city" are one rank; "ibu kota" (a capital) is a role of a city, not a rank, and is not read here.
 */
const RANKS: readonly string[][] = [
  // A kelurahan is an urban village, a unit of its own beside the desa: "Sembungan … adalah sebuah kelurahan" where
  // the passage says "sebuah desa" is another rank.
  ['desa', 'village'], ['kelurahan'], ['dusun', 'hamlet'], ['kecamatan', 'distrik', 'district'], ['kabupaten', 'regency', 'county'],
  ['kota', 'kotamadya', 'city', 'town'], ['provinsi', 'province'], ['negara', 'country'],
];
const rankOf = new Map(RANKS.flatMap((group, i) => group.map(w => [w, i] as const)));

interface RankStatement { subject: string; rank: number; word: SentenceFacts['words'][number] }

/**
 * The subject's last word and the rank a copula gives it, for each "X adalah (sebuah) RANK" in a sentence. Read once
 * per sentence: a claim's are asked of every passage it is weighed against.
 */
const rankStatements = rememberedFor((s: SentenceFacts): RankStatement[] => {
  const out: RankStatement[] = [];
  s.words.forEach((w, i) => {
    if (!COPULAS.has(w.norm) || i === 0) return;
    let k = i + 1;
    // "salah satu kabupaten", "sebuah desa": the kind comes after them. Not "nama kecamatan": a village may share
    // its name with its district ("Widodaren adalah sebuah desa di wilayah Kecamatan Widodaren").
    if (s.words[k]?.norm === 'salah' && s.words[k + 1]?.norm === 'satu') k += 2;
    else if (k < s.words.length && ARTICLES.has(s.words[k].norm)) k++;
    const kind = s.words[k], subject = s.words[i - 1];
    // The words must run on without punctuation between them: "Kosovo adalah sebuah negara", not a list.
    if (!kind || kind.token - w.token !== k - i || w.token - subject.token !== 1) return;
    const rank = rankOf.get(kind.norm);
    if (rank !== undefined) out.push({ subject: subject.stem, rank, word: kind });
  });
  return out;
});

/**
 * The claim's rank words (as written) that its passage gives the same subject otherwise: the passage calls the
 * thing by another rank and never by the claim's.
 */
export function otherKinds(claim: Pick<Claim, 'corpus' | 'sentence'>, a: Alignment): string[] {
  const said = rankStatements(claim.sentence);
  if (!said.length) return [];
  const stated = rankStatements(claim.corpus.sentence(a.ref));
  return said.filter(c => {
    const same = stated.filter(p => p.subject === c.subject);
    return same.length > 0 && same.every(p => p.rank !== c.rank);
  }).map(c => claim.sentence.text.slice(c.word.start - claim.sentence.start, c.word.end - claim.sentence.start));
}
