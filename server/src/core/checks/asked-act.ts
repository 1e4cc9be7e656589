import { Claim, Finding, claimLang, evidenceAt, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { NameRelation, nameRelations } from '../facts/agent-patient';
import { isNegatedAt } from '../facts/negation';
import { SentenceFacts, Word, quotesTouching } from '../facts/analyze';
import { areSynonyms, synonymsOf } from '../lexicon/synonyms';
import { logOf } from '../index/read-log';
import { placesOf } from './stated-act-check';

// One party helps, urges or asks another to do something: "Rusia membantu Tiongkok membangun kapal induk", "Macron
// urged Xi to stop …". Where the sources say that one helps (urges, asks) the other, the act must be among what
// they help with there: every word of "membangun kapal induk" may stand a sentence away ("Beijing … membangun kapal
// induk"), while the sentences that have Russia helping China help it develop an early-warning system. Where no
// source says the help at all, the other checks speak (stated-act-check.ts, relation-check.ts).

/** Stems of helping, urging and asking someone to act (the act follows the one helped). */
const ASKING_TO_ACT = new Set(['bantu', 'desak', 'dorong', 'minta', 'ajak', 'seru', 'imbau', 'help', 'urg', 'ask', 'encourag']);
/** Words between the one helped and the act: "mendesak Xi untuk menggunakan …", "urged Xi to stop …". */
const LINKS = new Set(['untuk', 'agar', 'supaya', 'guna', 'to']);
/** Content words of the act read at most: the verb and what it acts on. */
const MAX_ACT = 5;
/** Share of the act's words a sentence saying the help must have to say it of that act. */
const ACT_STATED = 0.5;
/** Sentences saying the help that are read at most: past it, nothing is reported. */
const MAX_READ = 200;

/** The claim's words of the act asked for: after the one asked, up to the clause's end; none without a verb. */
function actWords(s: SentenceFacts, r: NameRelation): Word[] {
  let i = r.to;
  while (i < s.tokens.length && LINKS.has(s.tokens[i].norm)) i++;
  const inName = (w: Word) => s.names.some(n => w.start >= n.start && w.end <= n.end);
  const out: Word[] = [];
  for (; i < s.tokens.length && s.tokens[i].kind === 'word' && out.length < MAX_ACT; i++) {
    const w = s.words.find(x => x.token === i);
    if (w && !w.stop && !inName(w) && w.norm.length >= 3) out.push(w);
  }
  return out;
}

/** The entities a side of the relation names; undefined unless the sources know every one. */
function entitiesOf(claim: Claim, names: NameRelation['agents']): Entity[] | undefined {
  const out = names.map(n => resolveName(claim.corpus, claim.draft, n));
  return out.every((e): e is Entity => !!e) ? out : undefined;
}

/** Whether a sentence has at least ACT_STATED of the act's words, or a synonym of each. */
function statesAct(s: SentenceFacts, act: readonly Word[]): boolean {
  const stems = new Set(s.words.map(w => w.stem));
  const has = (w: Word) => stems.has(w.stem) || synonymsOf(w.stem).some(x => stems.has(x));
  return act.filter(has).length >= ACT_STATED * act.length;
}

export function checkAskedAct(claim: Claim): Finding[] {
  const s = claim.sentence, corpus = claim.corpus;
  // The cheap test first: most sentences have no word of helping or asking, and need no reading of relations.
  if (s.names.length < 2 || !s.words.some(w => ASKING_TO_ACT.has(w.stem))) return [];
  const quoted = quotesTouching(claim.draft, s);
  for (const r of nameRelations(s.tokens, s.words, s.names, claimLang(claim), true)) {
    if (!ASKING_TO_ACT.has(r.stem) || r.mutual || isNegatedAt(s, r.verb)) continue;
    const at = s.tokens[r.verb].start;
    if (quoted.some(q => at >= q.start && at < q.end)) continue;
    const act = actWords(s, r);
    const agents = entitiesOf(claim, r.agents), patients = entitiesOf(claim, r.patients);
    if (!act.length || !agents || !patients) continue;
    const agentAt = agents.map(placesOf), patientAt = patients.map(placesOf);
    // The sentences that say the help of the two, as the postings of its verb (and synonyms) list them.
    const saying: Array<{ doc: number; sentence: number }> = [];
    for (const stem of [r.stem, ...synonymsOf(r.stem)]) {
      const list = corpus.postingsOf(stem);
      for (let k = 0; k < list.length && saying.length <= MAX_READ; k++) {
        const ref = corpus.refOf(list[k]), key = `${ref.doc}:${ref.sentence}`;
        if (agentAt.some(p => p.has(key)) && patientAt.some(p => p.has(key))) saying.push(ref);
      }
    }
    // More documents may say the help with this act, or say the help at all (read-log.ts).
    logOf(corpus)?.markUnrepeatable();
    if (!saying.length || saying.length > MAX_READ || saying.some(ref => statesAct(corpus.sentence(ref), act))) continue;
    // The passage shown: one whose own structure has the one helping the other, where there is one.
    const same = (x: Entity[], names: NameRelation['agents']) => names.some(n => x.includes(corpus.registry.resolve(n)!));
    const first = saying.find(ref => {
      const p = corpus.sentence(ref);
      return nameRelations(p.tokens, p.words, p.names, corpus.docs[ref.doc].facts.lang, true).some(x => areSynonyms(x.stem, r.stem) && same(agents, x.agents) && same(patients, x.patients));
    }) ?? saying[0];
    const passage = corpus.sentence(first);
    return [{
      start: s.start, end: s.end, code: 'unsupported-claim',
      message: say(readerLang(claim), 'asked-act-not-stated', {
        a: r.agents.map(n => n.text).join(', '), verb: r.form, b: r.patients.map(n => n.text).join(', '),
        act: s.text.slice(act[0].start - s.start, act[act.length - 1].end - s.start),
        label: corpus.docs[first.doc].label, passage: excerpt(passage.text, 160),
      }),
      evidence: [evidenceAt(corpus, first.doc, passage.start, passage.end)], fixes: [],
    }];
  }
  return [];
}
