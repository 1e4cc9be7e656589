import { Claim } from './types';
import { Quantity } from '../types';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { sameKind } from './figure-words';

// A figure the story gives to one person, given in the claim to another it gives a figure of its own: "Independent
// candidate Colin Marbury finished fourth with 3,905 votes" where the story says "Nadia Oakhurst … came third with
// 3,905 votes, and independent candidate Colin Marbury finished fourth with 1,146". The value stands in the passage,
// so the number check would take it as found; whose it is says otherwise. A figure's owner is the last person
// named before it with no figure of its kind between them, and the claim must word what links the two as the
// passage does for its own figure ("finished … with"), so "Marbury said 3,905 voters backed Oakhurst" is no such case.

/**
 * The last person named before the figure in its sentence, with no figure of its kind between. People only: a body's
 * name may stand inside the thing counted ("satu patung Oscar … dan tujuh miniatur").
 */
function ownerOf(s: SentenceFacts, q: Quantity): NameMention | undefined {
  const name = s.names.filter(n => n.end <= q.start && n.kind === 'person').pop();
  if (!name || s.quantities.some(n => n !== q && sameKind(n, q) && n.start >= name.end && n.end <= q.start)) return undefined;
  return name;
}

/** Content stems between a name and a figure: what the sentence says links them ("finished fourth with"). */
function linkWords(s: SentenceFacts, from: number, to: number): Set<string> {
  return new Set(s.words.filter(w => !w.stop && w.start >= from && w.end <= to).map(w => w.stem));
}

/**
 * The figure the passage gives the claim's owner of the figure, where every passage figure of the claim's value is
 * another's; with the sentence it stands in.
 */
export function ownersFigure(claim: Claim, q: Quantity, fitting: ReadonlyArray<{ n: Quantity; s: SentenceFacts }>): { n: Quantity; s: SentenceFacts } | undefined {
  const claimed = ownerOf(claim.sentence, q);
  const owner = claimed && resolveName(claim.corpus, claim.draft, claimed);
  if (!claimed || !owner) return undefined;
  const resolve = (m: NameMention): Entity | undefined => claim.corpus.registry.resolve(m);
  if (!fitting.length || !fitting.every(({ n, s }) => { const o = ownerOf(s, n); return !!o && resolve(o)?.id !== owner.id; })) return undefined;
  const words = linkWords(claim.sentence, claimed.end, q.start);
  if (!words.size) return undefined;
  for (const { s } of fitting) {
    for (const m of s.quantities) {
      if (!sameKind(m, q) || fitting.some(f => f.n === m)) continue;
      const o = ownerOf(s, m);
      if (!o || resolve(o)?.id !== owner.id) continue;
      const theirs = linkWords(s, o.end, m.start);
      if ([...words].some(w => theirs.has(w))) return { n: m, s };
    }
  }
  return undefined;
}
