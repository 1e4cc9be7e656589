import { Claim } from './types';
import { Alignment } from '../index/support';

// A thing put outside a place its passage puts it in: "Persawahan Jatiluwih terletak di luar Tabanan" against
// "Persawahan Jatiluwih letaknya masuk wilayah Kecamatan Penebel, Kabupaten Tabanan". The passage holds every
// word, "Tabanan" among them, and "luar" weighs little; but outside is the opposite of what the passage says.

/**
 * "di luar" and "outside": the words that put a thing outside what follows. Not "ke luar", a move out of a place
 * ("bepergian ke luar bekas Uni Soviet" says "meninggalkan bekas Uni Soviet").
 */
const OUTSIDE = new Set(['luar', 'outside']);
const BEFORE_OUTSIDE = new Set(['di']);

/**
 * The claim's "luar" or "outside" (as written) of each "di luar X" whose passage names X and says nothing of
 * outside: X is the first word that says something after "luar" (or "outside"), within three words.
 */
export function outsidePlaces(claim: Pick<Claim, 'corpus' | 'sentence'>, a: Alignment): string[] {
  const s = claim.sentence, words = s.words;
  const out: string[] = [];
  let passage: Set<string> | undefined;
  words.forEach((w, i) => {
    if (!OUTSIDE.has(w.norm)) return;
    const lead = w.norm === 'luar' ? words[i - 1] : undefined;
    if (w.norm === 'luar' && !(lead && BEFORE_OUTSIDE.has(lead.norm) && lead.token === w.token - 1)) return;
    // Opening its clause, "di luar" is "besides": "Di luar pertemuannya dengan Xi, Putin juga …".
    const first = (lead ?? w).token;
    if (first === 0 || [',', ';', ':'].includes(s.tokens[first - 1].norm)) return;
    const place = words.slice(i + 1, i + 4).find(x => !x.stop);
    if (!place) return;
    if (!passage) {
      const p = claim.corpus.sentence(a.ref);
      // A passage that speaks of outside itself ("di luar negeri", "outside the city") is read by the other checks.
      passage = p.words.some(x => OUTSIDE.has(x.norm)) ? new Set() : new Set(p.words.map(x => x.stem));
    }
    if (passage.has(place.stem)) out.push(s.text.slice(w.start - s.start, w.end - s.start));
  });
  return out;
}
