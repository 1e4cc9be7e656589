import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Entity } from '../index/registry';
import { NameMention } from '../facts/names';
import { isSayingVerb, saysBefore, speaksIn } from '../facts/attribution';
import { areSynonyms, synonymGroup } from '../lexicon/synonyms';
import { Word } from '../facts/analyze';
import { Claim, claimLang } from './types';
import { speaksForRole } from './speaker-by-role';
import { resolveName } from '../index/name-resolution';
import { CAUSING, LINKING } from '../lexicon/verb-classes';
import { SAYING_VERBS } from '../facts/ner-words';
import { namesTwoPeople } from '../facts/both-people';
import { STANDS_FOR_ONE } from './stated-act-check';
import { looksLikeVerb } from '../facts/negation';
import { opensWithLabel } from '../facts/speaker-label';

// A statement is someone's only where the sources give it to them. A claim that has a person speak ("Menurut Xi,
// …", "Ho Tiang Bun memperkirakan …") is backed only by a passage that names that person, in its own sentence or
// one beside it (where "katanya", "he said" stand for them), or that lies inside a quotation the sources give them.
// Alignment credits a name mentioned anywhere in the passage's story (index/support.ts), and a speaker's name
// weighs much: "Ho Tiang Bun memperkirakan perang di Ukraina akan berakhir tahun ini" was backed by "… selama
// beberapa tahun terakhir" in the one article that quotes him, on other things.

/** A speaker of a claim: the name as written and the person it resolves to. */
export interface ClaimSpeaker { name: NameMention; entity: Entity }

/**
 * What the speaker tests work out once per claim: they are asked of every candidate passage, and the support check
 * asks for the speakers again when no passage backs the claim.
 */
interface ClaimSpeaking { speakers: ClaimSpeaker[]; said?: Map<number, number>; acts?: Word[] }
const speaking = new WeakMap<Claim, ClaimSpeaking>();
function speakingOf(claim: Claim): ClaimSpeaking {
  let known = speaking.get(claim);
  if (!known) { known = { speakers: findSpeakers(claim) }; speaking.set(claim, known); }
  return known;
}

export function speakersOf(claim: Claim): ClaimSpeaker[] {
  return speakingOf(claim).speakers;
}

function findSpeakers(claim: Claim): ClaimSpeaker[] {
  const s = claim.sentence, out: ClaimSpeaker[] = [];
  // From the last name back, so a name joined to a speaker by "dan" ("Putin dan Lukashenko berterima kasih …") is
  // known to be one of the two who speak.
  for (let k = s.names.length - 1; k >= 0; k--) {
    const name = s.names[k];
    // A name the draft's sentence alone leaves unread ("Raisi berterima kasih …") is a person when the sources' is.
    if (name.kind !== 'person' && name.kind !== 'other') continue;
    // A surname alone ("Menurut Zelensky, …") is the person the sources name in full, as hover resolves it.
    const entity = entityOf(claim, name);
    if (entity?.kind !== 'person') continue;
    const beside = besideSpeaker(s, name, out);
    if (beside === 'apposed') continue;
    // "Bupati Kalirejang, Yuliana Hartati, menegaskan": the name set off by commas speaks, its role before the place.
    if (beside === 'joined' || speaksIn(s.tokens, name.role?.start ?? name.start, name.end) || (!!name.role && speaksIn(s.tokens, name.start, name.end))) out.unshift({ name, entity });
  }
  return out;
}

const JOINING = new Set(['dan', 'and', 'serta']);

/**
 * How a name stands to a speaker's name right after it: joined by "dan", both speak ("Putin dan Lukashenko
 * mengatakan"); set off by a comma, the speaker is the one named after it, for the first ("Kuasa hukum Hendra, Yosef
 * Manurung, mengatakan": the lawyer speaks, not the client whose name the comma closes).
 */
function besideSpeaker(s: Claim['sentence'], name: NameMention, speakers: readonly ClaimSpeaker[]): 'joined' | 'apposed' | undefined {
  const i = s.tokens.findIndex(t => t.start >= name.end), next = s.tokens[i + 1];
  if (i < 0 || !next || !speakers.some(sp => (sp.name.role?.start ?? sp.name.start) === next.start || sp.name.start === next.start)) return undefined;
  return JOINING.has(s.tokens[i].norm) ? 'joined' : s.tokens[i].text === ',' ? 'apposed' : undefined;
}

/** Who a name of the claim is: its term's entity, or else the person the sources name in full. */
function entityOf(claim: Claim, name: NameMention): Entity | undefined {
  return claim.terms.find(t => t.start >= name.start && t.end <= name.end && t.entity)?.entity ?? resolveName(claim.corpus, claim.draft, name);
}

/**
 * Whether a name of the sources may be the claim's: one holds every word of the other ("Prabowo" and "Prabowo
 * Subianto"), as a surname or a first name stands for the whole where the registry could not tell whom.
 */
const sameName = (a: NameMention, b: NameMention) => a.words.every(w => b.words.includes(w)) || b.words.every(w => a.words.includes(w));

/** Whether every speaker is named at or beside the passage, or speaks a quotation the passage lies in. */
export function speakersNear(claim: Claim, a: Alignment, speakers: readonly ClaimSpeaker[]): boolean {
  if (!speakers.length) return true;
  const at = statementAt(claim, a);
  return speakers.every(sp => speakerBeside(claim, a.ref.doc, at, a.ref.sentence, sp) || pairSpeaks(claim, a.ref.doc, at, sp));
}

/** How many sentences before "kedua pemimpin" the story may have named the two. */
const PAIR_REACH = 6;

/**
 * Whether a speaker is one of the two people the passage calls "kedua pemimpin" ("Kedua pemimpin — yang menyatakan
 * kemitraan …" for "Putin dan Xi menyatakan …"): its sentence speaks of two people by a noun for people, and the
 * speaker is one of the last two people the story names up to it.
 */
function pairSpeaks(claim: Claim, docId: number, at: number, sp: ClaimSpeaker): boolean {
  const norms = claim.corpus.docs[docId].facts.sentences[at].tokens.map(t => t.norm);
  if (!norms.some((_, i) => namesTwoPeople(norms, i))) return false;
  const last = lastTwoPeople(claim, docId, at);
  return last.length === 2 && last.includes(sp.entity.id);
}

/** The last two people a story names up to its sentence `at` (within PAIR_REACH sentences), nearest first. */
function lastTwoPeople(claim: Claim, docId: number, at: number): number[] {
  const sentences = claim.corpus.docs[docId].facts.sentences, out: number[] = [];
  for (let i = at; i >= Math.max(0, at - PAIR_REACH) && out.length < 2; i--) {
    const names = sentences[i].names;
    for (let k = names.length - 1; k >= 0 && out.length < 2; k--) {
      const e = claim.corpus.registry.resolve(names[k]);
      if (e?.kind === 'person' && !out.includes(e.id)) out.push(e.id);
    }
  }
  return out;
}

/**
 * Whether a speaker is named in a document's sentence `at` or one beside it, or speaks there by a role of their
 * country, or speaks a quotation that sentence `quoted` lies in.
 */
function speakerBeside(claim: Claim, docId: number, at: number, quoted: number, { name, entity }: ClaimSpeaker): boolean {
  const doc = claim.corpus.docs[docId];
  const named = mentionedIn(entity).sentences;
  const own = doc.facts.sentences[at];
  if (named.has(docId * 1_000_000 + at) && !onlyAddressed(claim, own, entity)) return true;
  // A pronoun points back: "Dia mengatakan …" is the statement of someone named before it, not after.
  const back = own.tokens.some(t => pointsBack(t.norm));
  // "Pengamat: Rusia Ditekan Barat …" is the observer's, not that of a person named in the sentence before.
  const beside = !opensWithLabel(own.tokens) && (back || !namesSomeoneElse(claim, own, entity));
  const after = beside && !back;
  if ((beside && named.has(docId * 1_000_000 + at - 1)) || (after && named.has(docId * 1_000_000 + at + 1))) return true;
  // "… Helen Marsh-Iqbal told reporters … “We are not ruling anything out,” she said. She said the captain …": the
  // pronoun points back to whom the quotation before it is given.
  if (back && at > 0 && speaksQuoteIn(claim, docId, at - 1, name, entity)) return true;
  // "Sementara itu, pemimpin Islandia mengatakan …" may be the Presiden Islandia speaking.
  if (speaksForRole(entity, own)) return true;
  const near = beside ? doc.facts.sentences.slice(Math.max(0, at - 1), after ? at + 2 : at + 1) : [own];
  if (near.some(s => s.names.some(m => sameName(m, name) && !addressed(s, m)))) return true;
  // "“Iya nanti resepsinya akan dua kali. … ,” kata Raiden": the speaker ends a quotation sentences long.
  return speaksQuoteIn(claim, docId, quoted, name, entity);
}

/** Whether a quotation that lies in a document's sentence `at` is given to the speaker (by name, or by a pronoun resolved). */
function speaksQuoteIn(claim: Claim, docId: number, at: number, name: NameMention, entity: Entity): boolean {
  const doc = claim.corpus.docs[docId], sentence = doc.facts.sentences[at];
  return doc.facts.quotes.some(q => q.start < sentence.end && sentence.start < q.end && !!q.attribution.speaker &&
    (sameName(q.attribution.speaker, name) || claim.corpus.registry.resolve(q.attribution.speaker)?.id === entity.id));
}

/** Words before a name that make it the one spoken to: "kata Putin kepada Xi", "told Xi". */
const ADDRESSING = new Set(['kepada', 'to', 'told']);

/**
 * Whether a sentence names the person only as the one spoken to: "… kata Putin kepada Xi" is no statement of Xi,
 * nor "pemimpin Iran mengatakan kepada Putin bahwa …" one of Putin.
 */
function onlyAddressed(claim: Claim, s: Claim['sentence'], person: Entity): boolean {
  const mentions = s.names.filter(m => claim.corpus.registry.resolve(m)?.id === person.id);
  return mentions.length > 0 && mentions.every(m => addressed(s, m));
}

/** Whether a name stands right after a word that makes it the one spoken to. */
function addressed(s: Claim['sentence'], m: NameMention): boolean {
  const i = s.tokens.findIndex(t => t.start >= (m.role?.start ?? m.start));
  // "according to Paul Okoro" names the speaker.
  return i > 0 && ADDRESSING.has(s.tokens[i - 1].norm) && s.tokens[i - 2]?.norm !== 'according';
}

/** Words that say who spoke with "-nya" ("katanya", "menurutnya"); a verb takes it for its object ("menyambutnya"). */
const SAID_NYA = new Set(['kata', 'ujar', 'tambah', 'tutur', 'jelas', 'ucap', 'lanjut', 'imbuh', 'menurut']);
const pointsBack = (norm: string) => STANDS_FOR_ONE.has(norm) ||
  (norm.endsWith('nya') && (SAID_NYA.has(norm.slice(0, -3)) || looksLikeVerb(norm.slice(0, -3))));

/**
 * Whether a sentence names a person other than the speaker. Without a pronoun that could stand for the speaker, it
 * speaks of that person, not of the speaker its neighbour names: "Bagi Putin, ini adalah kesempatan untuk
 * menunjukkan bahwa Rusia tidak sepenuhnya terisolasi" is no statement of Xi, named in the sentence before.
 */
function namesSomeoneElse(claim: Claim, s: Claim['sentence'], speaker: Entity): boolean {
  return s.names.some(n => { const e = claim.corpus.registry.resolve(n); return e?.kind === 'person' && e.id !== speaker.id; });
}

/**
 * Where a passage's statement stands: the sentence, of the passage's and the two on either side that alignment
 * reads, that holds most of what the claim says besides its names (the nearer on a tie). A passage may back a claim
 * with words of the sentence beside it ("Lukashenko dijauhi …" after the sentence where he thanks Xi); the speaker
 * is then looked for beside that sentence, not one further on ("… Xi juga akan bertemu dengan Erdogan" did not make
 * Erdogan the one who thanked).
 */
function statementAt(claim: Claim, a: Alignment): number {
  const store = claim.corpus.store, count = claim.corpus.docs[a.ref.doc].facts.sentences.length;
  const said = saidWeights(claim);
  const weightAt = (i: number) => i < 0 || i >= count ? -1 : store.contentStemIds(a.ref.doc, i).reduce((n, id) => n + (said.get(id) ?? 0), 0);
  let best = a.ref.sentence, most = weightAt(best);
  for (const i of [a.ref.sentence - 1, a.ref.sentence + 1, a.ref.sentence - 2, a.ref.sentence + 2]) {
    const w = weightAt(i);
    if (w > most) { best = i; most = w; }
  }
  return best;
}

/** The weight of what the claim says besides its names, by the corpus's id of each stem. */
function saidWeights(claim: Claim): Map<number, number> {
  const known = speakingOf(claim);
  if (known.said) return known.said;
  const said = new Map<number, number>();
  for (const t of claim.terms) {
    if (t.isName || t.weight <= 0) continue;
    const id = claim.corpus.store.idOf(t.stem, true);
    if (id >= 0) said.set(id, (said.get(id) ?? 0) + t.weight);
  }
  return known.said = said;
}

/**
 * The speaker of a claim whom no passage that would back the claim names (`backs`: the verifier's yes, speakers
 * aside): the words are the sources', the mouth is not. Undefined when a backing passage names every speaker, or
 * none backs the claim at all.
 */
export function unspokenBy(claim: Claim, backs: (a: Alignment) => boolean): Entity | undefined {
  const speakers = speakersOf(claim);
  if (!speakers.length) return undefined;
  const backing = claim.evidence.filter(backs);
  if (!backing.length) return undefined;
  return speakers.find(sp => !backing.some(a => speakersNear(claim, a, [sp])))?.entity;
}

/**
 * A promise says more than saying: a claim that has its speaker promise ("Xi berjanji akan mengunjungi Kyiv …") is
 * backed only by a passage that has a promise in or beside it; a passage with the same names and things that says
 * only that they met makes no promise. Praise, accusations and warnings are left out: "said the government had
 * rushed the approval" is fairly written "accused the government of rushing it".
 */
const MARKED_ACTS = new Set(['berjanji', 'promised', 'pledged', 'vowed']);

/** Whether the passage, or a sentence beside it, has every promise the claim's speakers make. */
export function actsNear(claim: Claim, a: Alignment, speakers: readonly ClaimSpeaker[]): boolean {
  const s = claim.sentence;
  const acts = speakers.flatMap(({ name }) => s.words.filter(w => w.start >= name.end && !w.stop).slice(0, 1)).filter(w => MARKED_ACTS.has(w.norm));
  if (!acts.length) return true;
  const near = claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2);
  return acts.every(act => near.some(x => x.words.some(w => areSynonyms(w.stem, act.stem))));
}

/** An Indonesian verb by its affix ("memasok", "dipasok", "bertemu"): the acts a statement reports. */
function affixedVerb(w: Word): boolean {
  return !w.stop && !w.cap && w.norm.length > w.stem.length && /^(me|di|ber)/.test(w.norm) && !/^(me|di|ber)/.test(w.stem) &&
    !LINKING.has(w.stem) && !CAUSING.has(w.stem);
}

/**
 * The acts an Indonesian claim has its speakers report: the affixed verbs of what they say ("Ho Tiang Bun mengatakan
 * Tiongkok akan memasok senjata …" reports "memasok"), not the verb of saying itself.
 */
function reportedActs(claim: Claim, speakers: readonly ClaimSpeaker[]): Word[] {
  const known = speakingOf(claim);
  if (speakers === known.speakers) return known.acts ??= findReportedActs(claim, speakers);
  return findReportedActs(claim, speakers);
}

/**
 * Verbs that say what someone called a thing ("Putin menggambarkan hubungan itu sebagai yang terhebat", "menyebutnya
 * …"): the saying itself, as "dipuji … sebagai yang terhebat" says it, not an act reported.
 */
const DESCRIBING = new Set(['menggambarkan', 'digambarkan', 'menyebut', 'menyebutnya', 'disebut', 'menamai', 'menamakan']);

function findReportedActs(claim: Claim, speakers: readonly ClaimSpeaker[]): Word[] {
  if (claimLang(claim) !== 'id') return [];
  const s = claim.sentence, saying = synonymGroup('kata');
  const inName = (w: Word) => s.names.some(n => w.start >= n.start && w.end <= n.end);
  return speakers.flatMap(({ name }) => {
    const from = name.role?.start ?? name.start, before = saysBefore(s.tokens, from);
    return s.words.filter(w => (before ? w.end <= from : w.start >= name.end) && affixedVerb(w) && !inName(w) &&
      !SAYING_VERBS.has(w.norm) && !DESCRIBING.has(w.norm) && (saying === undefined || synonymGroup(w.stem) !== saying));
  });
}

/**
 * Whether the passage's reach has an act the claim's speakers report, with them named beside it. A speaker's
 * statement that shares the claim's names and a few words but none of its acts says something else: "Ho Tiang Bun
 * mengatakan Tiongkok akan memasok senjata kepada Rusia dalam waktu dekat" is not what he said ("… tidak akan
 * meninggalkan satu sama lain dalam waktu dekat"); the supplying stands in the story's own words, in no one's mouth.
 */
export function reportedNear(claim: Claim, a: Alignment, speakers: readonly ClaimSpeaker[]): boolean {
  const acts = reportedActs(claim, speakers);
  if (!acts.length) return true;
  // A sentence of the passage's reach with one of the acts, whose speakers are named at or beside it.
  const sentences = claim.corpus.docs[a.ref.doc].facts.sentences;
  for (let x = Math.max(0, a.ref.sentence - 2); x <= Math.min(sentences.length - 1, a.ref.sentence + 2); x++) {
    // A verb of saying the claim reports with ("Xi memperingatkan bahwa …") is matched by any the passage has.
    if (acts.some(act => sentences[x].words.some(w => areSynonyms(w.stem, act.stem) || (isSayingVerb(act.norm) && isSayingVerb(w.norm)))) &&
      speakers.every(sp => speakerBeside(claim, a.ref.doc, x, x, sp))) return true;
  }
  return false;
}
