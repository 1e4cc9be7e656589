import { Claim, Finding, claimLang, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts, Word } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { isNegated } from '../facts/negation';
import { INDONESIAN_AUXILIARIES, activeAgent, isActiveMeVerb, englishSubjectAct, isSaying, sharesName } from './active-agent';

// The act the passage gives to another: "Putin menolak usulan perdamaian Tiongkok" where the passage has "usulan
// Tiongkok, yang ditolak Ukraina tahun lalu". Every word stands in the passage, so overlap finds it supported, and
// the relation checks need a name on both sides of the verb. Read only in the plainest shapes: in the claim, a
// name opening the sentence right before an active verb ("menolak"); in the passage, the same verb in the passive
// ("ditolak") with its agent named right after it ("ditolak Ukraina", "ditolak oleh …", "ditolak baik oleh …"), and
// nowhere in the active. In English, the active shape alone: "Walter Kessling owns 5 per cent of the club" where the
// passage has "The Rovers Supporters' Trust, which owns 5 per cent of the club" and no Kessling (English passives name
// their agent after "by" in many more shapes).

/** Share of the rest of the claim's weight (its act and object) the passage must have before its agent counts. */
const REST_STATED = 0.75;
/** How much less of the claim than the best a passage may cover and still be read for its agent. */
const TIED = 0.05;
/** Words between a passive verb and its agent: "ditolak oleh Ukraina", "ditolak baik oleh Ukraina maupun …". */
const BEFORE_AGENT = new Set(['oleh', 'baik']);

/** The claim's subject name and its active verb, when a name opens the sentence and a me- verb follows it. */
function subjectAct(s: SentenceFacts): { name: NameMention; verb: Word } | undefined {
  const name = s.names[0];
  const first = s.tokens.findIndex(t => t.kind === 'word');
  if (!name || first < 0 || s.tokens[first].start !== (name.role?.start ?? name.start)) return undefined;
  let i = s.tokens.findIndex(t => t.start >= name.end);
  while (i >= 0 && i < s.tokens.length && INDONESIAN_AUXILIARIES.has(s.tokens[i].norm)) i++;
  const verb = s.words.find(w => w.token === i);
  if (!verb || !isActiveMeVerb(verb)) return undefined;
  return isNegated(s.tokens, verb) ? undefined : { name, verb };
}

/**
 * The person an Indonesian passage's active sentence gives the act to, for a person as the claim's subject: "Putin
 * juga diharapkan mengunjungi Harbin, …, di mana dia akan menghadiri forum …" against "Zelensky akan menghadiri
 * forum … di Harbin". People only: a capital stands for its country ("Moskow telah mengalihkan …" for "Rusia …").
 * Not a verb of saying, whose words the quotation checks weigh.
 */
function indonesianActiveAgent(source: SentenceFacts, act: { name: NameMention; verb: Word }): NameMention | undefined {
  if (act.name.kind !== 'person' || isSaying(act.verb)) return undefined;
  const agent = activeAgent(source, act.verb.stem, act.name, 'id');
  return agent?.kind === 'person' ? agent : undefined;
}

/** Coverage an English passage needs before its own sentence's agent is read. */
const OWN_ALIGNED = 0.5;

/** Whether a sentence names the subject and has the act's verb. */
function givesActTo(s: SentenceFacts, stem: string, subject: NameMention): boolean {
  return s.words.some(w => w.stem === stem) && s.names.some(m => sharesName(m, subject));
}

/** The credit of a word the passage's own sentence has, itself or as a synonym (index/support.ts). */
const OWN_CREDIT = 0.9;

/**
 * The agent named right after the passage's passive form of the verb, when there is one, no active form, and the
 * claim's subject is not named after it too: "dicetak oleh Dejan Savićević …, Christian Antigori … dan Stefano
 * Desideri" lists several who did it.
 */
function passiveAgent(source: SentenceFacts, stem: string, subject: NameMention): NameMention | undefined {
  const forms = source.words.filter(w => w.stem === stem);
  if (forms.some(w => w.norm.startsWith('me'))) return undefined;
  for (const w of forms) {
    if (!w.norm.startsWith('di') || w.stem.startsWith('di')) continue;
    let j = w.token + 1;
    while (j < source.tokens.length && BEFORE_AGENT.has(source.tokens[j].norm)) j++;
    const agent = source.names.find(m => m.start === source.tokens[j]?.start);
    if (!agent) continue;
    if (source.names.some(m => m.start >= agent.start && sharesName(m, subject))) return undefined;
    return agent;
  }
  return undefined;
}

/**
 * The entity a claim's opening subject names and the claim's terms after it (its act and object), with their weight:
 * what a passage must state before its own agent of the act counts against the subject. Undefined for a name the
 * sources do not know.
 */
export function subjectAndRest(claim: Claim, name: NameMention): { own: Entity; rest: Array<{ t: Claim['terms'][number]; k: number }>; restWeight: number } | undefined {
  // A surname the sources give only in the full name ("Zelensky") is the full name's.
  const own = resolveName(claim.corpus, claim.draft, name);
  if (!own) return undefined;
  const rest = claim.terms.map((t, k) => ({ t, k })).filter(({ t }) => t.start >= name.end);
  return { own, rest, restWeight: rest.reduce((n, { t }) => n + t.weight, 0) };
}

export function checkActByAnother(claim: Claim): Finding[] {
  const english = claimLang(claim) === 'en';
  const act = english ? englishSubjectAct(claim.sentence) : subjectAct(claim.sentence);
  const subject = act && subjectAndRest(claim, act.name);
  if (!act || !subject) return [];
  const { corpus } = claim, { own, rest, restWeight } = subject;
  // Only the passages that state the claim best: a generic act ("menerbitkan majalah ini") stands in many passages
  // with their own agents, and the one about the claim's subject is the best aligned.
  const best = claim.evidence[0]?.coverage ?? 0;
  // In English, the passages whose own sentence states the act, however well neighbours that name the subject cover
  // the rest ("… the club's owner, Walter Kessling" two sentences before "The Rovers Supporters' Trust, which owns 5
  // per cent of the club"); none, if one of them gives the act to the subject.
  if (english && claim.evidence.some(a => givesActTo(corpus.sentence(a.ref), act.verb.stem, act.name))) return [];
  const states = (credit: number) => (english ? credit >= OWN_CREDIT : credit > 0);
  for (const a of claim.evidence) {
    if (a.coverage < (english ? OWN_ALIGNED : best - TIED)) continue;
    const stated = rest.reduce((n, { t, k }) => n + (states(a.credit[k] ?? 0) ? t.weight : 0), 0);
    if (!(restWeight > 0) || stated / restWeight < REST_STATED) continue;
    const source = corpus.sentence(a.ref);
    const agent = english ? activeAgent(source, act.verb.stem, act.name, 'en') : passiveAgent(source, act.verb.stem, act.name) ?? indonesianActiveAgent(source, act);
    const other: Entity | undefined = agent && corpus.registry.resolve(agent);
    // The same name written alike is the same party, however the registry resolved each mention. An English agent the
    // registry does not resolve ("Trust") counts when it shares no word with the subject.
    if (!agent || (!other && !english) || other?.id === own.id || sharesName(agent, act.name)) continue;
    const lang = readerLang(claim);
    return [{
      start: act.name.start, end: act.name.end, code: 'unknown-entity',
      message: say(lang, 'differs', { source: agent.text, draft: act.name.text, label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
      evidence: [evidenceSentence(corpus, a)],
      fixes: [{ title: say(lang, 'fix.replace', { text: agent.text }), start: act.name.start, end: act.name.end, newText: agent.text }],
    }];
  }
  return [];
}
