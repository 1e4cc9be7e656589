import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';

// "Indonesia memiliki ekosistem mangrove dan padang lamun terbesar di dunia" where the passage says only that the
// coast can store carbon, mangroves among it: a superlative is a claim of its own (the largest, the oldest, the
// first to), and one the passage does not make is the writer's. The verifier reads one word more among many; the
// word alone undoes the passage's support.

/** Gradable roots whose "ter-" form ("terbesar") or "paling" phrase is a superlative. */
const ROOTS = new Set(['besar', 'kecil', 'tinggi', 'rendah', 'panjang', 'pendek', 'luas', 'sempit', 'banyak', 'sedikit', 'tua', 'muda',
  'cepat', 'lambat', 'kaya', 'miskin', 'mahal', 'murah', 'jauh', 'dekat', 'lama', 'baru', 'baik', 'buruk', 'padat', 'populer',
  'terkenal', 'kuat', 'lemah', 'berat', 'ringan', 'dalam', 'tebal', 'tipis', 'ramai', 'sepi', 'laris', 'sukses', 'aman', 'penting']);

/** Roots whose superlatives say the same of a place or a thing: "danau terluas" is "danau terbesar". */
const SAME: ReadonlyMap<string, string> = new Map([['luas', 'besar']]);
const keyOf = (root: string) => SAME.get(root) ?? root;
const withoutNya = (norm: string) => (norm.endsWith('nya') ? norm.slice(0, -3) : norm);

/**
 * The sentence's superlatives, as written: "terbesar", "paling besar". Indonesian only: English "most" is as often
 * a share ("most of the bill") and "best" a plain judgement, which flagged three supported own-set claims.
 */
function superlatives(s: SentenceFacts): Array<{ text: string; key: string }> {
  const out: Array<{ text: string; key: string }> = [];
  s.tokens.forEach((t, i) => {
    // "album terbarunya" is the same superlative as "album terbaru", "paling kuatnya" as "terkuat".
    const norm = withoutNya(t.norm), next = s.tokens[i + 1] && withoutNya(s.tokens[i + 1].norm);
    if (norm.startsWith('ter') && ROOTS.has(norm.slice(3))) out.push({ text: t.text, key: keyOf(norm.slice(3)) });
    else if (norm === 'paling' && next && ROOTS.has(next)) out.push({ text: `${t.text} ${s.tokens[i + 1].text}`, key: keyOf(next) });
  });
  return out;
}

/** The claim's superlatives (as written) that the passage's own sentence does not state of anything. */
export function addedSuperlatives(claim: Pick<Claim, 'sentence' | 'corpus'>, a: Alignment): string[] {
  const own = superlatives(claim.sentence);
  if (!own.length) return [];
  const stated = new Set(superlatives(claim.corpus.sentence(a.ref)).map(x => x.key));
  return own.filter(x => !stated.has(x.key)).map(x => x.text);
}
