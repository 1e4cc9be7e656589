import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { logOf } from '../index/read-log';
import { NameRelation } from '../facts/agent-patient';
import type { NameMention } from '../facts/names';
import { relationsOf } from '../facts/role-reversal';
import { isNegatedAt } from '../facts/negation';
import { areSynonyms, synonymsOf } from '../lexicon/synonyms';
import { placesOf } from './stated-act-check';

// The right act with someone else on one side of it: "Macron mendesak Putin untuk mengakhiri perang" where the
// passage has "Xi didesak oleh … Emmanuel Macron … untuk … mengakhiri perang". Every word of the claim stands in
// the passage or near it (the passage names Russia, which stands for its president), and the sources name Macron
// and Putin a sentence apart, so neither overlap nor the stated-act check tells; the relation read from the verb's
// voice does: the passage has one side the claim's and the other side another person of the same kind. Read only
// where no source sentence has the act with the claim's two sides, so a passage about another occasion of the same
// act never speaks against one that says it.

/** Coverage a passage needs before its relation can speak against the claim's: it must be about the same thing. */
const ALIGNED = 0.6;
/** Sentences with the act's verb read for the claim's two sides at most: past it, nothing is reported. */
const MAX_READ = 500;

type Side = 'agents' | 'patients';
const OTHER: Record<Side, Side> = { agents: 'patients', patients: 'agents' };

/** The entities a side names; undefined unless each resolves. */
function entitiesOf(resolve: (n: NameMention) => Entity | undefined, names: readonly NameMention[]): Entity[] | undefined {
  const out = names.map(resolve);
  return out.every((e): e is Entity => !!e) ? out : undefined;
}

/** Whether some source sentence with the act's verb (or a synonym) names an entity of each side. */
function saidOfBoth(claim: Claim, stem: string, a: readonly Entity[], b: readonly Entity[]): boolean {
  const at = (xs: readonly Entity[]) => xs.map(placesOf);
  const aAt = at(a), bAt = at(b);
  let read = 0;
  for (const s of [stem, ...synonymsOf(stem)]) {
    const list = claim.corpus.postingsOf(s);
    for (let k = 0; k < list.length; k++) {
      if (++read > MAX_READ) return true;
      const ref = claim.corpus.refOf(list[k]), key = `${ref.doc}:${ref.sentence}`;
      if (aAt.some(p => p.has(key)) && bAt.some(p => p.has(key))) return true;
    }
  }
  return false;
}

interface Swap { draft: NameRelation; source: NameRelation; side: Side; theirs: NameMention[] }

/** The passage's relation with the claim's act, one side the same and the other side other people of its kind. */
function swapIn(claim: Claim, own: readonly NameRelation[], ref: { doc: number; sentence: number }): Swap | undefined {
  const corpus = claim.corpus, source = corpus.sentence(ref);
  const named = new Set(source.names.map(n => corpus.registry.resolve(n)).filter((e): e is Entity => !!e));
  const fromSource = (n: NameMention) => corpus.registry.resolve(n);
  const fromDraft = (n: NameMention) => resolveName(corpus, claim.draft, n);
  for (const r of own) {
    if (isNegatedAt(claim.sentence, r.verb)) continue;
    for (const q of relationsOf(source, corpus.docs[ref.doc].facts.lang)) {
      if (q.stem !== r.stem && !areSynonyms(q.stem, r.stem)) continue;
      if (isNegatedAt(source, q.verb)) continue;
      for (const side of ['agents', 'patients'] as const) {
        const mine = entitiesOf(fromDraft, r[side]), same = entitiesOf(fromSource, q[side]);
        const mineOther = entitiesOf(fromDraft, r[OTHER[side]]), theirOther = entitiesOf(fromSource, q[OTHER[side]]);
        if (!mine || !same || !mineOther || !theirOther) continue;
        if (!mine.every(e => same.includes(e))) continue;
        // The other side: none of the claim's there or anywhere in the passage, and theirs of the same kind.
        if (mineOther.some(e => named.has(e) || theirOther.includes(e))) continue;
        if (!theirOther.every(t => mineOther.some(e => e.kind === t.kind))) continue;
        return { draft: r, source: q, side: OTHER[side], theirs: q[OTHER[side]] };
      }
    }
  }
  return undefined;
}

export function checkPartySwap(claim: Claim): Finding[] {
  const s = claim.sentence;
  if (s.names.length < 2) return [];
  const own = relationsOf(s, claimLang(claim));
  if (!own.length) return [];
  for (const a of claim.evidence) {
    if (a.coverage < ALIGNED) continue;
    const found = swapIn(claim, own, a.ref);
    if (!found) continue;
    const fromDraft = (n: NameMention) => resolveName(claim.corpus, claim.draft, n);
    const mine = entitiesOf(fromDraft, found.draft[found.side])!, kept = entitiesOf(fromDraft, found.draft[OTHER[found.side]])!;
    // Another document may say the act of the claim's two (read-log.ts).
    logOf(claim.corpus)?.markUnrepeatable();
    if (saidOfBoth(claim, found.draft.stem, kept, mine)) return [];
    const source = claim.corpus.sentence(a.ref), wrong = found.draft[found.side], lang = readerLang(claim);
    const other = found.theirs[0].text;
    const fixes = wrong.length === 1 && found.theirs.length === 1
      ? [{ title: say(lang, 'fix.replace', { text: other }), start: wrong[0].start, end: wrong[0].end, newText: other }] : [];
    const from = source.tokens[found.source.from].start, to = source.tokens[found.source.to - 1].end;
    return [{
      // On the name, as the entity-swap check reports a swapped name (the first of the two findings stands).
      start: wrong[0].start, end: wrong[wrong.length - 1].end, code: 'unknown-entity',
      message: say(lang, 'other-party', {
        name: wrong.map(n => n.text).join(', '), other: found.theirs.map(n => n.text).join(', '),
        source: source.text.slice(from - source.start, to - source.start),
        label: claim.corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160),
      }),
      evidence: [evidenceSentence(claim.corpus, a)], fixes,
    }];
  }
  return [];
}
