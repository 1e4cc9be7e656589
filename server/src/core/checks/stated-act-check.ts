import { Claim, Finding, claimLang, evidenceAt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity, distinctRoles } from '../index/registry';
import type { NameMention } from '../facts/names';
import { resolveName } from '../index/name-resolution';
import { NameRelation, WIN, nameRelations, stemsOfAct } from '../facts/agent-patient';
import { isNegatedAt, isNegator, looksLikeVerb } from '../facts/negation';
import { isSayingVerb } from '../facts/attribution';
import { synonymsOf } from '../lexicon/synonyms';
import { logOf } from '../index/read-log';
import { LINKING } from '../lexicon/verb-classes';
import { speaksOfBoth } from '../facts/both-people';
import { idsIn } from '../index/sorted-ids';

// A sentence that says one named person did something to another ("Xi mengundang Putin", "Whitlock sued Haddad") is
// supported only by a source that says that act of the two. Sources on the same events name the same people side
// by side, so every word of an invented act often stands near both names, and word overlap finds it supported. Where
// the sources name the two close together but no sentence there has the act's verb (or its noun, "kunjungan" for
// "mengunjungi"), nothing says it: an unsupported claim, with the place the two are named together. Two parties the
// sources never name together are the relation check's to report (relation-check.ts).

/** Sentences apart two mentions may stand and still be one passage about both parties. */
const TOGETHER = 3;
/** Sentences either side of such a pair where the act may be said (a pronoun stands for one of them there). */
const AROUND = 1;
/**
 * Places where the two are named together that are looked at for the act: a bound on the work for two people an
 * archive names together everywhere. Past it, nothing is reported: the sentence is not one to call unstated on a
 * sample.
 */
const MAX_PLACES = 1000;

/** Acts of a contest: a source that says one side beat the other, or that they played, says they met in it. */
const CONTEST = ['lawan', 'hadap', 'tanding', 'face', 'play'];
/**
 * Acts of talking with someone: a source that says the two met, or that one said something with the other there
 * ("Dengan Raisi dan Sharif, dia mengatakan …"), says they talked. The verbs of saying come in as "kata"'s synonyms.
 */
const TALK = ['bicara', 'bincang', 'runding', 'diskusi', 'talk', 'spoke', 'speak', 'discuss'];
const MEETING = ['temu', 'jumpa', 'meet', 'met'];

/** The stems that say an act: a contest's any contest or win, a talk's a meeting or a word said, else its own forms. */
function actStems(stem: string): string[] {
  if (CONTEST.includes(stem)) return [...CONTEST, ...stemsOfAct(WIN)];
  if (TALK.includes(stem)) return [...TALK, ...MEETING, 'kata'];
  return stemsOfAct(stem);
}

/**
 * The sentences that say the act, as the postings list them (ascending ids), one list per stem that says it: the
 * act's own forms (every verb of defeating for a win), its listed synonyms, and for a contest any contest or win.
 * Read from the index: of the sentences around the places two people are named together, only those that have
 * the act's word are decoded, to see whom they speak of.
 */
function sayingLists(claim: Claim, stem: string, object?: string): Int32Array[] {
  // An act on an object is said by a word of either: "menandatangani perjanjian" by "perjanjian yang diteken …".
  const stems = new Set([...actStems(stem), ...(object ? actStems(object) : [])]);
  for (const s of [...stems]) for (const x of synonymsOf(s)) stems.add(x);
  return [...stems].map(s => claim.corpus.postingsOf(s)).filter(l => l.length > 0);
}

/**
 * Words that stand for a person named nearby. Indonesian also says it with "-nya" on a verb or a preposition
 * ("menyambutnya", "dengannya"); on other words "-nya" is mostly not a person ("sebelumnya", "akhirnya").
 */
export const STANDS_FOR_ONE: ReadonlySet<string> = new Set(['dia', 'ia', 'beliau', 'he', 'she', 'him', 'her', 'his', 'hers']);
const NYA_HOSTS = new Set(['dengan', 'kepada', 'pada', 'untuk', 'bagi', 'oleh', 'bersama', 'terhadap', 'tentang', 'atas', 'dari']);
const pronounNya = (norm: string) => norm.endsWith('nya') && (NYA_HOSTS.has(norm.slice(0, -3)) || /^(me|di|ber|ter)./.test(norm));

/** A party as aboutBoth reads it: where it is named, and its roles once each, in lower case. */
interface Party { at: Map<string, number[]>; roles: string[] }

const partyOf = (e: Entity): Party => ({ at: placesOf(e), roles: distinctRoles(e).map(r => r.text.toLowerCase()) });

/** Where an entity is named: "doc:sentence" → the mentions' spans there, start and end in turn. */
export function placesOf(e: Entity): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const m = e.mentions;
  for (let k = 0; k < m.length; k++) {
    const key = `${m.doc(k)}:${m.sentence(k)}`;
    let spans = out.get(key);
    if (!spans) out.set(key, spans = []);
    spans.push(m.start(k), m.end(k));
  }
  return out;
}

const covers = (spans: readonly number[] | undefined, n: NameMention) => {
  if (spans) for (let i = 0; i < spans.length; i += 2) if (spans[i] < n.end && n.start < spans[i + 1]) return true;
  return false;
};

/**
 * Whether a sentence that has the act's word says it of these two: it names each or gives a role the sources give
 * that person, or names one and stands for the other with a pronoun ("-nya" on a verb), or stands for both at once
 * ("keduanya bertemu"). Where it names a third person, a pronoun may be that one's, and the sentence is not taken as
 * about the two: "Putin bertemu dengan Raisi" is not Putin meeting Lukashenko.
 */
function aboutBoth(claim: Claim, id: number, a: Party, b: Party): boolean {
  const ref = claim.corpus.refOf(id), key = `${ref.doc}:${ref.sentence}`;
  const hasA = a.at.has(key), hasB = b.at.has(key);
  if (hasA && hasB) return true;
  const s = claim.corpus.sentence(ref), lower = s.text.toLowerCase();
  const roleOf = (p: Party) => p.roles.some(r => lower.includes(r));
  // A role the sources give a person stands for that person alone ("Presiden Rusia … mengirim Medvedev").
  if ((hasA || roleOf(a)) && (hasB || roleOf(b))) return true;
  if (s.names.some(n => (n.kind === 'person' || n.kind === 'other') && !covers(a.at.get(key), n) && !covers(b.at.get(key), n))) return false;
  const norms = s.tokens.map(t => t.norm);
  if (speaksOfBoth(norms)) return true;
  return (hasA || hasB) && norms.some(n => STANDS_FOR_ONE.has(n) || pronounNya(n));
}

/**
 * For two parties: whether the sources name them within TOGETHER sentences of each other (the first such place,
 * doc and sentence), and whether any sentence around such a place says the act of the two.
 */
function actNear(claim: Claim, a: Entity, b: Entity, saying: readonly Int32Array[]): { together?: { doc: number; sentence: number }; said: boolean } {
  const [few, many] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
  const near = new Map<string, number>();
  const f = few.mentions, m = many.mentions;
  for (let k = 0; k < f.length; k++) for (let d = -TOGETHER; d <= TOGETHER; d++) near.set(`${f.doc(k)}:${f.sentence(k) + d}`, f.sentence(k));
  let together: { doc: number; sentence: number } | undefined;
  let places = 0;
  let pa: Party | undefined, pb: Party | undefined;
  const looked = new Set<number>();
  for (let k = 0; k < m.length; k++) {
    const other = near.get(`${m.doc(k)}:${m.sentence(k)}`);
    if (other === undefined) continue;
    if (++places > MAX_PLACES) return { together, said: true };
    const doc = m.doc(k);
    together ??= { doc, sentence: Math.min(other, m.sentence(k)) };
    const [first, end] = claim.corpus.sentenceIdsOf(doc);
    const from = first + Math.max(0, Math.min(other, m.sentence(k)) - AROUND), to = Math.min(end - 1, first + Math.max(other, m.sentence(k)) + AROUND);
    for (const list of saying) {
      for (const id of idsIn(list, from, to + 1)) {
        if (looked.has(id)) continue;
        looked.add(id);
        pa ??= partyOf(a); pb ??= partyOf(b);
        if (aboutBoth(claim, id, pa, pb)) return { together, said: true };
      }
    }
  }
  return { together, said: false };
}

/** The people a side of the relation names, when the sources know each: as persons, or as names of no known kind. */
function peopleOf(claim: Claim, names: NameRelation['agents']): Entity[] {
  const out: Entity[] = [];
  for (const n of names) {
    const e = resolveName(claim.corpus, claim.draft, n);
    if (e && (e.kind === 'person' || e.kind === 'other') && !out.includes(e)) out.push(e);
  }
  return out;
}

/** The act as the message quotes it: the verb, with its object and "dengan" or "with" after an act of the two together. */
function actWords(s: Claim['sentence'], r: NameRelation): string {
  if (r.object !== undefined) {
    const end = s.tokens.findIndex((t, k) => k > r.object! && (t.norm === 'dengan' || t.norm === 'with'));
    if (end > 0) return s.text.slice(s.tokens[r.verb].start - s.start, s.tokens[end].end - s.start);
  }
  const next = s.tokens[r.verb + 1];
  return r.mutual && next && (next.norm === 'dengan' || next.norm === 'with') ? `${r.form} ${next.norm}` : r.form;
}

/** Whether the relation's verb is one of saying and its patient is the subject of the clause said: a verb or a negation follows it. */
function reports(s: Claim['sentence'], r: NameRelation): boolean {
  const last = r.patients[r.patients.length - 1];
  const next = last && s.tokens.find(t => t.start >= last.end);
  return isSayingVerb(r.form) && !!next && (isNegator(next.norm) || looksLikeVerb(next.norm));
}

export function checkStatedAct(claim: Claim): Finding[] {
  const s = claim.sentence;
  if (s.names.length < 2) return [];
  for (const r of nameRelations(s.tokens, s.words, s.names, claimLang(claim))) {
    // A denied act is the contradiction check's; a linking verb states no act; nor does a verb of saying whose second
    // name opens the clause it reports ("Hendra menyebut Salmonella tidak terdeteksi …").
    if (isNegatedAt(s, r.verb) || LINKING.has(r.stem) || LINKING.has(r.form) || reports(s, r)) continue;
    const agents = peopleOf(claim, r.agents), patients = peopleOf(claim, r.patients);
    // An act on an object is one a body's description shares ("the school would share a business manager with St
    // Anne's"): only read of people the sources know as people.
    if (r.object !== undefined && ![...agents, ...patients].every(e => e.kind === 'person')) continue;
    // Every name on both sides must be one the sources know, as a person or of no known kind; else nothing is judged.
    if (!agents.length || !patients.length || agents.length !== r.agents.length || patients.length !== r.patients.length) continue;
    let together: { doc: number; sentence: number } | undefined;
    let said = false;
    const saying = sayingLists(claim, r.stem, r.object === undefined ? undefined : s.words.find(w => w.token === r.object)?.stem);
    for (const a of agents) for (const b of patients) {
      if (a === b || said) continue;
      const near = actNear(claim, a, b, saying);
      together ??= near.together;
      said = near.said;
    }
    if (said) continue;
    // More documents may name the two together, or say the act (read-log.ts); once said, it stays said.
    logOf(claim.corpus)?.markUnrepeatable();
    if (!together) continue;
    const passage = claim.corpus.sentence(together);
    return [{
      start: s.start, end: s.end, code: 'unsupported-claim',
      message: say(readerLang(claim), 'act-not-stated', {
        a: agents[0].name, b: patients[0].name, act: actWords(s, r), label: claim.corpus.docs[together.doc].label,
      }),
      evidence: [evidenceAt(claim.corpus, together.doc, passage.start, passage.end)], fixes: [],
    }];
  }
  return [];
}
