import { Claim, Finding, claimLang, evidenceAt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity, distinctRoles } from '../index/registry';
import { Token } from '../types';
import { resolveName } from '../index/name-resolution';
import { isNegatedAt, looksLikeVerb } from '../facts/negation';
import { isSayingVerb } from '../facts/attribution';
import { LINKING } from '../lexicon/verb-classes';
import { synonymsOf } from '../lexicon/synonyms';
import { logOf } from '../index/read-log';
import { stemsOfAct, actOf } from '../facts/agent-patient';
import { idsIn } from '../index/sorted-ids';
import { longestNameWord } from './name-forms';

// A named person said to do, or to undergo, an act no source says of them: "Siti Rahmawati menerima uang yang
// disetorkan ke rekening Fajar Nugroho" where the sources have Siti as a witness and the money paid into Fajar's
// account by others; "Rudi Santoso dihadirkan sebagai saksi" where the prosecutor only plans to bring fourteen
// witnesses. Every word of it stands near the person's name, so the verifier sees a paraphrase; but the act, the
// fact the sentence adds, is said of no one there. An act with two named parties is the stated-act check's
// (stated-act-check.ts). Indonesian only: its verbs show themselves by their prefixes.

/** Sentences either side of a mention where the act may be said of the person (a pronoun stands for them there). */
const AROUND = 1;
/** Places where a person is named that are looked at: past it, nothing is reported. */
const MAX_PLACES = 2000;
/** Words that may stand between the person's name and the verb: "Siti juga telah menerima". */
const BETWEEN = new Set(['juga', 'telah', 'sudah', 'pun', 'pernah', 'kemudian', 'lalu', 'akhirnya', 'sempat', 'ikut', 'turut', 'baru', 'kembali']);
/** Verbs of being, which say what the person is, not an act: "merupakan Gubernur Ohio". */
const COPULAS = new Set(['merupakan', 'adalah', 'ialah', 'menjadi', 'berada', 'bernama', 'berasal', 'berusia', 'berumur']);
/**
 * Light verbs, whose noun carries the act ("melakukan pidato", "memberi skor", "menderita kekalahan"), verbs of
 * admitting, which report ("mengaku pernah menjadi …"), and of planning: none is the act a source must word alike.
 */
const LIGHT = new Set(['laku', 'beri', 'buat', 'alami', 'derita', 'aku', 'rencana', 'untung', 'hasil', 'ikut', 'turut', 'kenal', 'habis']);
/** The person whose name opens the sentence (as its subject), with the token right after the name. */
function subject(claim: Claim): { person: Entity; written: string; after: number } | undefined {
  const s = claim.sentence, start = s.tokens[0]?.start;
  // The name itself opens it, or its title does ("Kepala Desa Pasir Jambu, Sutrisno, meminta …").
  const name = s.names.find(n => (n.role?.start ?? n.start) === start);
  if (!name) return undefined;
  // A name led by an acronym ("RSUD Sari Jaya", "PT Karya") is a body's, whatever the tagger took it for.
  if (/^\p{Lu}{2,}$/u.test(name.text.split(' ')[0] ?? '')) return undefined;
  const person = resolveName(claim.corpus, claim.draft, name);
  if (person?.kind !== 'person') return undefined;
  // A name that ends the sentence has no act after it.
  let after = s.tokens.findIndex(t => t.start >= name.end);
  // The comma that closes the name after its title: "…, Sutrisno, meminta".
  if (after >= 0 && s.tokens[after].text === ',' && name.role && name.role.end < name.start) after++;
  return after < 0 || after >= s.tokens.length ? undefined : { person, written: name.text, after };
}

/**
 * Verbs by their prefixes: "me-", "di-", "ber-". Not "ter-", which also makes superlatives ("terbesar").
 */
const isVerb = (norm: string) => looksLikeVerb(norm) && !norm.startsWith('ter');

/**
 * The tokens of the verbs the person's clause says they do, in the chain right after the name: "mengaku ikut
 * menerima" gives both; "menuduh Tiongkok memasok" only the first (the supplying is China's).
 */
function actsAfter(tokens: readonly Token[], from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < tokens.length; i++) {
    if (BETWEEN.has(tokens[i].norm)) continue;
    if (tokens[i].kind !== 'word' || !isVerb(tokens[i].norm)) break;
    out.push(i);
  }
  return out;
}

/**
 * The sentences (global ids) where the person is named, as true, and those within AROUND of one, as false: a
 * pronoun there may stand for them.
 */
function placesAround(claim: Claim, e: Entity): Map<number, boolean> | undefined {
  const out = new Map<number, boolean>(), m = e.mentions;
  if (m.length > MAX_PLACES) return undefined;
  for (let k = 0; k < m.length; k++) {
    const [first, end] = claim.corpus.sentenceIdsOf(m.doc(k));
    for (let d = -AROUND; d <= AROUND; d++) {
      const id = first + m.sentence(k) + d;
      if (id >= first && id < end && !out.get(id)) out.set(id, d === 0);
    }
  }
  return out;
}

/**
 * Whether a sentence near the person has the act's word, its noun or a listed synonym: one that names them, or one
 * beside it that names no other person (whose act it would be: "“Dari 20 unit yang kami terima …,” ujar Lestari"
 * after a sentence about Siti is not Siti receiving). In the claim's stories, a sentence that gives the person a
 * role the sources give them, or writes the draft's own name, counts too. `stories`: the sentence-id ranges of the
 * documents the claim aligns with.
 */
function saidNear(claim: Claim, stories: ReadonlyArray<[number, number]>, around: ReadonlyMap<number, boolean>, person: Entity, written: string, lists: readonly Int32Array[]): boolean {
  const sentence = (id: number) => claim.corpus.sentence(claim.corpus.refOf(id));
  const ofNoOther = (id: number) => !sentence(id).names.some(n => {
    const e = claim.corpus.registry.resolve(n);
    return e?.kind === 'person' && e.id !== person.id;
  });
  const has = (list: Int32Array, id: number) => idsIn(list, id, id + 1).length > 0;
  for (const [id, named] of around) if (lists.some(l => has(l, id)) && (named || ofNoOther(id))) return true;
  // "Presiden Rusia … mengirim … Medvedev" is Putin sending; "Jay-Z" is the draft's "Jay Z" (its longest word).
  const roles = distinctRoles(person).map(r => r.text.toLowerCase()).filter(r => r.includes(' '));
  const word = longestNameWord(written);
  const writes = (text: string) => {
    for (let at = text.indexOf(word); word.length >= 3 && at >= 0; at = text.indexOf(word, at + 1)) {
      if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
    }
    return false;
  };
  for (const [from, to] of stories) {
    for (const list of lists) {
      for (const id of idsIn(list, from, to)) {
        const text = sentence(id).text.toLowerCase();
        if (roles.some(r => text.includes(r)) || writes(text)) return true;
      }
    }
  }
  return false;
}

/** The act's word, its noun and its listed synonyms: the stems that say it. */
function actStems(stem: string): Set<string> {
  const stems = new Set(stemsOfAct(actOf(stem)));
  for (const x of [...stems]) for (const y of synonymsOf(x)) stems.add(y);
  return stems;
}

/**
 * The story the writer took the act from: the first sentence of a document the claim aligns with that says the act
 * of someone. An act no story of the claim's has at all is a paraphrase the index cannot match ("meninggal" for
 * "wafat"), not an act moved to another person.
 */
function actInStory(stories: ReadonlyArray<[number, number]>, lists: readonly Int32Array[]): number | undefined {
  for (const [from, to] of stories) for (const l of lists) { const [id] = idsIn(l, from, to); if (id !== undefined) return id; }
  return undefined;
}

export function checkPersonAct(claim: Claim): Finding[] {
  const s = claim.sentence;
  if (claimLang(claim) !== 'id') return [];
  const subj = subject(claim);
  // A person the stories the claim aligns with never name may be another of the name: nothing to judge.
  if (!subj || !claim.evidence.some(a => subj.person.mentions.some(m => m.doc === a.ref.doc))) return [];
  const docs = new Set(claim.evidence.map(a => a.ref.doc)), stories = [...docs].map(doc => claim.corpus.sentenceIdsOf(doc));
  for (const at of actsAfter(s.tokens, subj.after)) {
    const w = s.words.find(x => x.token === at);
    // A denied act is the contradiction check's; saying and linking verbs state no act of the person's own.
    if (!w || w.stop || isNegatedAt(s, at) || isSayingVerb(w.norm) || COPULAS.has(w.norm) || LINKING.has(w.stem) || LIGHT.has(w.stem)) continue;
    const lists = [...actStems(w.stem)].map(x => claim.corpus.postingsOf(x)).filter(l => l.length > 0);
    const told = actInStory(stories, lists);
    if (told === undefined) continue;
    // Every place the person is named is read: more documents may name them (read-log.ts).
    logOf(claim.corpus)?.markUnrepeatable();
    const around = placesAround(claim, subj.person);
    if (!around || saidNear(claim, stories, around, subj.person, subj.written, lists)) continue;
    // The evidence: where the story names the person, and where it says the act (of someone else).
    const named = subj.person.mentions.find(m => docs.has(m.doc)) ?? subj.person.mentions.at(0);
    const ref = claim.corpus.refOf(told), act = claim.corpus.sentence(ref);
    const span = (doc: number, x: { start: number; end: number }) => evidenceAt(claim.corpus, doc, x.start, x.end);
    return [{
      start: s.start, end: s.end, code: 'unsupported-claim',
      message: say(readerLang(claim), 'person-act-not-stated', { name: subj.person.name, act: w.norm, label: claim.corpus.docs[ref.doc].label }),
      evidence: [span(named.doc, claim.corpus.docs[named.doc].facts.sentences[named.sentence]), span(ref.doc, act)], fixes: [],
    }];
  }
  return [];
}
