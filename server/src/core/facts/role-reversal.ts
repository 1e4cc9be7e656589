import { Lang } from '../types';
import { NameRelation, nameRelations } from './agent-patient';
import type { NameMention } from './names';
import type { SentenceFacts } from './analyze';
import { isNegatedAt } from './negation';

// Whether a source sentence says the claim's relation the other way round: the same act, each side's names on the
// other side there. Read by the contradiction check (checks/role-swap-check.ts) and by the verifier's features,
// so the finding and what the model learned agree on what a reversal is.

/** Verbs whose two sides may trade places without changing what is said ("A met B" is "B met A"). */
const SYMMETRIC = ['temu', 'jumpa', 'nikah', 'kawin', 'cerai', 'damai', 'hadap', 'lawan', 'tanding', 'runding', 'sapa',
  'meet', 'met', 'marri', 'divorc', 'face', 'play', 'fought', 'fight', 'battl', 'debat', 'talk', 'spoke', 'speak',
  'negoti', 'partner', 'join'];
/** By the stem, or by the form for a stem the stemmer got wrong ("menikah" stemmed "tikah"). */
export const isSymmetricVerb = (stem: string, form: string) => SYMMETRIC.some(s => stem === s || (s.length >= 5 && stem.startsWith(s)) || (s.length >= 4 && form.includes(s)));
const symmetric = (r: NameRelation) => isSymmetricVerb(r.stem, r.form);

/** One name standing for another: the same key, or one the other's first or last words ("Wurawari", "PSM"). */
function sameName(a: NameMention, b: NameMention): boolean {
  const part = (long: string, short: string) => long.endsWith(` ${short}`) || long.startsWith(`${short} `);
  return a.key === b.key || part(a.key, b.key) || part(b.key, a.key);
}
const shares = (xs: readonly NameMention[], ys: readonly NameMention[]) => xs.some(x => ys.some(y => sameName(x, y)));

/**
 * Each sentence's relations, read once: the verifier asks of a claim against each of its passages, and of a passage
 * against each claim it is found for. A sentence needs two names for any.
 */
const read = new WeakMap<SentenceFacts, { lang: Lang; relations: NameRelation[] }>();

export function relationsOf(s: SentenceFacts, lang: Lang): NameRelation[] {
  if (s.names.length < 2) return [];
  const known = read.get(s);
  if (known && known.lang === lang) return known.relations;
  const relations = nameRelations(s.tokens, s.words, s.names, lang).filter(r => !r.mutual && !symmetric(r));
  read.set(s, { lang, relations });
  return relations;
}

/** The passage's relation the claim's turns round: same verb, each side's names on the other side there. */
function reversal(claim: NameRelation, source: NameRelation[]): NameRelation | undefined {
  return source.find(r => r.stem === claim.stem && shares(claim.agents, r.patients) && shares(claim.patients, r.agents) &&
    !shares(claim.agents, r.agents) && !shares(claim.patients, r.patients));
}

/**
 * The claim's relation a source sentence turns round, with the source's own: the same verb, each side's names on
 * the other side there, the verb negated on both sides or on neither (a negation on one side only is the
 * contradiction check's to report).
 */
export function reversedRoles(claim: SentenceFacts, claimLanguage: Lang, source: SentenceFacts, sourceLanguage: Lang,
  own = relationsOf(claim, claimLanguage)): { draft: NameRelation; source: NameRelation } | undefined {
  if (!own.length) return undefined;
  const theirs = relationsOf(source, sourceLanguage);
  for (const r of own) {
    const q = reversal(r, theirs);
    if (q && isNegatedAt(claim, r.verb) === isNegatedAt(source, q.verb)) return { draft: r, source: q };
  }
  return undefined;
}

/** Whether a source sentence gives one of the claim's relations its own way: same verb, same sides, same negation. */
export function keepsRoles(claim: SentenceFacts, claimLanguage: Lang, source: SentenceFacts, sourceLanguage: Lang,
  own = relationsOf(claim, claimLanguage)): boolean {
  if (!own.length) return false;
  const theirs = relationsOf(source, sourceLanguage);
  return own.some(r => theirs.some(q => q.stem === r.stem && shares(r.agents, q.agents) && shares(r.patients, q.patients) &&
    !shares(r.agents, q.patients) && !shares(r.patients, q.agents) && isNegatedAt(claim, r.verb) === isNegatedAt(source, q.verb)));
}
