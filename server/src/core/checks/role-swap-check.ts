import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { NameRelation, nameRelations } from '../facts/agent-patient';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { isNegated } from '../facts/negation';
import { Lang } from '../types';

// The right words with who did what to whom turned round: "Airlangga dikalahkan oleh Raja Wurawari" where the
// source says "Airlangga … mengalahkan Raja Wurawari", "Moscow was attacked by Kyiv" where it says "Moscow
// attacked Kyiv". Every word of such a sentence stands in the passage, so word overlap finds it supported; only the
// roles, read from the verb's voice and the names on either side (facts/agent-patient.ts), tell it apart.

/** Coverage a passage needs before its roles can speak against the claim's: it must be about the same thing. */
const ALIGNED = 0.5;

/** Verbs whose two sides may trade places without changing what is said ("A met B" is "B met A"). */
const SYMMETRIC = ['temu', 'jumpa', 'nikah', 'kawin', 'cerai', 'damai', 'hadap', 'lawan', 'tanding', 'runding', 'sapa',
  'meet', 'met', 'marri', 'divorc', 'face', 'play', 'fought', 'fight', 'battl', 'debat', 'talk', 'spoke', 'speak',
  'negoti', 'partner', 'join'];
/** By the stem, or by the form for a stem the stemmer got wrong ("menikah" stemmed "tikah"). */
const symmetric = (r: NameRelation) => SYMMETRIC.some(s => r.stem === s || (s.length >= 5 && r.stem.startsWith(s)) || (s.length >= 4 && r.form.includes(s)));

/** One name standing for another: the same key, or one the other's first or last words ("Wurawari", "PSM"). */
function sameName(a: NameMention, b: NameMention): boolean {
  const part = (long: string, short: string) => long.endsWith(` ${short}`) || long.startsWith(`${short} `);
  return a.key === b.key || part(a.key, b.key) || part(b.key, a.key);
}
const shares = (xs: readonly NameMention[], ys: readonly NameMention[]) => xs.some(x => ys.some(y => sameName(x, y)));

function relationsOf(s: SentenceFacts, lang: Lang): NameRelation[] {
  return nameRelations(s.tokens, s.words, s.names, lang).filter(r => !symmetric(r));
}

/** The passage's relation the claim's turns round: same verb, each side's names on the other side there. */
function reversal(claim: NameRelation, source: NameRelation[]): NameRelation | undefined {
  return source.find(r => r.stem === claim.stem && shares(claim.agents, r.patients) && shares(claim.patients, r.agents) &&
    !shares(claim.agents, r.agents) && !shares(claim.patients, r.patients));
}

/** The clause a relation spans, as its sentence writes it. */
function clause(s: SentenceFacts, r: NameRelation): string {
  return s.text.slice(s.tokens[r.from].start - s.start, s.tokens[r.to - 1].end - s.start);
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

export function checkRoleSwap(claim: Claim): Finding[] {
  const own = relationsOf(claim.sentence, claimLang(claim));
  if (!own.length) return [];
  for (const a of claim.evidence) {
    if (a.coverage < ALIGNED) continue;
    const source = claim.corpus.sentence(a.ref);
    const found = reversedRoles(claim.sentence, claimLang(claim), source, claim.corpus.docs[a.ref.doc].facts.lang, own);
    if (!found) continue;
    return [{
      start: claim.sentence.start, end: claim.sentence.end, code: 'contradiction',
      message: say(readerLang(claim), 'reversed-roles', {
        source: clause(source, found.source), draft: clause(claim.sentence, found.draft),
        label: claim.corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160),
      }),
      evidence: [evidenceSentence(claim.corpus, a)], fixes: [],
    }];
  }
  return [];
}

function isNegatedAt(s: SentenceFacts, token: number): boolean {
  const w = s.words.find(x => x.token === token);
  return !!w && isNegated(s.tokens, w);
}
