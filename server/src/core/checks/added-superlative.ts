import { Claim } from './types';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { rememberedFor } from '../remembered';

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

interface Superlative { text: string; key: string; rank: string }

/**
 * The sentence's superlatives, as written: "terbesar", "paling besar". Indonesian only: English "most" is as often
 * a share ("most of the bill") and "best" a plain judgement, which flagged three supported own-set claims. Read once
 * per sentence: a claim's are asked of every passage it is weighed against.
 */
const superlatives = rememberedFor((s: SentenceFacts): Superlative[] => {
  const out: Superlative[] = [];
  // The ordinal right after a superlative ranks it: "kota terbesar kedua" is not the largest.
  const rankAfter = (i: number) => { const n = s.tokens[i] && withoutNya(s.tokens[i].norm); return n && ORDINALS.has(n) ? n : ''; };
  s.tokens.forEach((t, i) => {
    // "album terbarunya" is the same superlative as "album terbaru", "paling kuatnya" as "terkuat".
    const norm = withoutNya(t.norm), next = s.tokens[i + 1] && withoutNya(s.tokens[i + 1].norm);
    if (norm.startsWith('ter') && ROOTS.has(norm.slice(3))) out.push({ text: t.text, key: keyOf(norm.slice(3)), rank: rankAfter(i + 1) });
    // "paling banyak satu kilogram", "paling sedikit 20 orang": a bound on the figure after it (facts/hedges.ts).
    else if (norm === 'paling' && next && ROOTS.has(next) && !s.quantities.some(q => q.start === s.tokens[i + 2]?.start)) out.push({ text: `${t.text} ${s.tokens[i + 1].text}`, key: keyOf(next), rank: rankAfter(i + 2) });
  });
  return out;
});

/** Ordinals that rank a superlative ("terbesar kedua", "terbesar ke-2"). */
const ORDINALS = new Set(['kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh',
  'ke-2', 'ke-3', 'ke-4', 'ke-5', 'ke-6', 'ke-7', 'ke-8', 'ke-9', 'ke-10']);

/**
 * The claim's superlatives (as written) that the passage's own sentence does not state of anything, or states only
 * with a rank the claim drops ("terbesar" where the passage has only "terbesar kedua").
 */
export function addedSuperlatives(claim: Pick<Claim, 'sentence' | 'corpus'>, a: Alignment): string[] {
  const own = superlatives(claim.sentence);
  if (!own.length) return [];
  const stated = superlatives(claim.corpus.sentence(a.ref));
  // Only a rank dropped counts: an ordinal the claim adds may stand elsewhere in the passage ("perusahaan Amerika
  // keempat dengan kapitalisasi pasar terbesar" for "… terbesar keempat").
  return own.filter(x => !stated.some(y => y.key === x.key && (y.rank === x.rank || x.rank !== ''))).map(x => x.text);
}
