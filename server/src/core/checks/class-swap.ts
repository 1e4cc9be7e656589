import { Claim, Fix, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Alignment } from '../index/support';
import { Word } from '../facts/analyze';
import { adjacent } from './inserted-word';
import { areRivalMembers, closedClassOf, sameMember } from '../lexicon/closed-classes';

// A member of a closed class (a round, a unit, a level of government, an ordinal, a colour, a medal, a vehicle, a kin
// relation: lexicon/closed-classes.ts) put where the passage has another member, in the same words: "lolos ke babak final"
// against "lolos ke babak semifinal", "100 m² per kilogram katalis" against "per gram katalis", "Ibu korban
// mengatakan" against "Ayah korban mengatakan". Everything else is stated, so the verifier sees a close paraphrase;
// but the member is the fact. The words around must agree: a content word beside it on either side, or a function
// word on one side and any word on the other ("per kilogram katalis").

type Named = { names: ReadonlyArray<{ start: number; end: number }> };
const inName = (s: Named, w: Word) => s.names.some(n => w.start >= n.start && w.end <= n.end);

/**
 * How strongly the words beside two members agree: 2 for each content word shared in place, 1 for a function word,
 * and 1 more for the word after that function word when it is shared too ("bus milik TNI", "truk milik TNI").
 */
function sharedContext(xs: readonly Word[], i: number, ys: readonly Word[], j: number): number {
  const sharedAt = (d: number) => {
    const x = xs[i + d], y = ys[j + d], xIn = xs[i + d - Math.sign(d)], yIn = ys[j + d - Math.sign(d)];
    if (!x || !y || x.stem !== y.stem) return undefined;
    return (d < 0 ? adjacent(x, xIn) && adjacent(y, yIn) : adjacent(xIn, x) && adjacent(yIn, y)) ? x : undefined;
  };
  let score = 0;
  for (const d of [-1, 1]) {
    const x = sharedAt(d);
    if (!x) continue;
    score += x.stop ? 1 : 2;
    if (x.stop && sharedAt(2 * d)) score += 1;
  }
  return score;
}

/** A claim's member swapped for the passage's: where it stands in the draft, as written, and the passage's word. */
export interface ClassSwap { start: number; end: number; text: string; theirs: string }

/**
 * The claim's members of a closed class where the passage has another member of it in the same words, the passage's
 * own sentence not having the claim's member nor the claim the passage's. The passage's word comes cased as the
 * claim's ("Ibu" for "Ayah" at the head of a sentence).
 */
export function classSwapsIn(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): ClassSwap[] {
  const { sentence, terms } = claim;
  const words = sentence.words;
  let passage: ReturnType<typeof claim.corpus.sentence> | undefined;
  const out: ClassSwap[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!closedClassOf(word.norm) || inName(sentence, word)) continue;
    const k = terms.findIndex(t => t.stem === word.stem);
    if (k < 0 || (a.credit[k] ?? 0) > 0) continue;
    passage ??= claim.corpus.sentence(a.ref);
    const ys = passage.words, p = passage;
    const j = ys.findIndex((y, j) => areRivalMembers(word.norm, y.norm) && !inName(p, y) && !words.some(x => sameMember(x.norm, y.norm)) &&
      sharedContext(words, i, ys, j) >= 2);
    if (j < 0) continue;
    const text = sentence.text.slice(word.start - sentence.start, word.end - sentence.start);
    const said = p.text.slice(ys[j].start - p.start, ys[j].end - p.start);
    const theirs = /^\p{Lu}/u.test(text) && !/^\p{Lu}/u.test(said) ? said[0].toUpperCase() + said.slice(1) : said;
    out.push({ start: word.start, end: word.end, text, theirs });
  }
  return out;
}

/**
 * The passage as it would align if the claim's swapped members were its own: the members' terms credited as stated
 * in the sentence. A passage that would then support the claim differs from it in the member alone ("diangkut
 * dengan truk milik TNI" for "diangkut … menggunakan bus milik TNI", the villages named in the sentence before).
 */
function withMembersAgreed(claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): Alignment | undefined {
  const swaps = classSwapsIn(claim, a);
  if (!swaps.length) return undefined;
  const credit = a.credit.slice();
  let total = 0, added = 0;
  claim.terms.forEach((t, k) => {
    total += t.weight;
    if (!swaps.some(x => t.start >= x.start && t.end <= x.end)) return;
    added += t.weight * (1 - (credit[k] ?? 0));
    credit[k] = 1;
  });
  return { ref: a.ref, bm25: a.bm25, coverage: total > 0 ? a.coverage + added / total : a.coverage, credit };
}

/** Coverage a passage with a swapped member must reach, the member agreed, for the swap to stand against the claim. */
const AGREED_COVERAGE = 0.75;

/**
 * Whether the passage has a member of a closed class in place of the claim's and, with it agreed, would state the rest
 * with its neighbours, or be backed by the verifier: then a passage must state the claim's member itself.
 */
export function swapsMemberOnly(claim: Claim, a: Alignment): boolean {
  // Asked of a passage while its support is weighed and again for the message: worked out once. An alignment
  // belongs to one claim.
  let known = memberOnly.get(a);
  if (known === undefined) {
    const agreed = withMembersAgreed(claim, a);
    memberOnly.set(a, known = !!agreed && (agreed.coverage >= AGREED_COVERAGE || (!!claim.support && claim.support(agreed) >= claim.options.supportThreshold)));
  }
  return known;
}
const memberOnly = new WeakMap<Alignment, boolean>();

/** The claim's words (as written) that classSwapsIn finds swapped. */
export const classSwaps = (claim: Pick<Claim, 'corpus' | 'sentence' | 'terms'>, a: Alignment): string[] => classSwapsIn(claim, a).map(s => s.text);

/** The passage's member in place of each the claim swapped: the fixes of a finding shown with this passage. */
export function classSwapFixes(claim: Claim, a: Alignment): Fix[] {
  const lang = readerLang(claim);
  return classSwapsIn(claim, a).map(s => ({ title: say(lang, 'fix.replace', { text: s.theirs }), start: s.start, end: s.end, newText: s.theirs }));
}
