import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Token } from '../types';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { SentenceFacts, quotesTouching } from '../facts/analyze';
import { saysBefore, speaksIn } from '../facts/attribution';
import { speakerByRole } from './speaker-by-role';
import { synonymGroup } from '../lexicon/synonyms';
import { resolveName } from '../index/name-resolution';
import { ARTICLES, isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { REGION_NAMES } from '../lexicon/places';
import { CONTRASTS } from '../lexicon/contrasts';
import { isDatelineMention } from '../facts/ner-place-context';
import { LOCATIVE, placeClass, placedAt, placedInStory, placedNear, placesSameThing, tokenBeforePlace, originPlace, originTerms } from './place-slots';

// The right sentence with the wrong name in it: "… wawancara dengan media negara Tiongkok, CCTV" where the
// source says Xinhua, "… pertemuan puncak SCO di Kazakhstan" where it says Uzbekistan. Both names are known to
// the corpus, so the unknown-name check is silent; what gives the swap away is that the passage states
// everything else the sentence says and has another name of the same kind standing where the claim's stands.

/** A word that says something of its own: not punctuation, not a function word ("adalah", "is"). */
const isContentWord = (norm: string) => /\p{L}/u.test(norm) && !isIndonesianStopword(norm) && !isEnglishStopword(norm);

/** Characters before a speaker's name that hold the words framing it ("according to "). */
const FRAME_REACH = 14;

/** Share of the rest of the claim (by weight) the passage must state before a lone missing name is a swap. */
const REST_COVERED = 0.9;

function sameKind(a: Pick<Entity, 'kind' | 'name'>, b: Pick<Entity, 'kind' | 'name'>): boolean {
  // A body the tagger could not type ("other": "Carrow Cancer Centre") may stand where an organisation does.
  if (a.kind !== b.kind) return (a.kind === 'organization' && b.kind === 'other') || (a.kind === 'other' && b.kind === 'organization');
  return a.kind !== 'place' || placeClass(a.name) === placeClass(b.name);
}

/**
 * A place the sources never name as one ("tiba di Shanghai", where "Shanghai" stands only inside "Organisasi
 * Kerjasama Shanghai") against a known place of the passage: a city or a place of no known class may stand for a
 * capital or another place, never for a country (a country is what a vaguer sentence would name).
 */
function placeLike(unknown: NameMention, e: Entity): boolean {
  return unknown.kind === 'place' && e.kind === 'place' && placeClass(unknown.text) !== 'country' && placeClass(e.name) !== 'country';
}

/**
 * Whether some name of the passage shares a word with the claim's: another spelling or a part of it ("Samudra
 * Pasifik", "Samudera Pasifik"), so the passage may well name the claim's place.
 */
const sharesWord = (name: NameMention, names: ReadonlyArray<{ m: NameMention }>) => names.some(({ m }) => m.words.some(w => name.words.includes(w)));

/**
 * Words that say whose a body is, between its kind and its name: "kantor berita negara Belta" is the same slot as
 * "kantor berita Xinhua", "state broadcaster CCTV" as "broadcaster CCTV".
 */
const OWNED_BY = new Set(['negara', 'pemerintah', 'resmi', 'state', 'official', 'government']);

/**
 * The tokens just before and after a name (punctuation included), the name's own title counted as part of it; a
 * place's "bekas Soviet" or "former" before it passed over, as a body's owner is.
 */
function neighbours(tokens: Token[], name: NameMention): [string, string] {
  const from = name.role?.start ?? name.start;
  const earlier = name.kind === 'place' ? tokens.slice(0, tokenBeforePlace(tokens, name) + 1) : tokens.filter(t => t.end <= from);
  let before = earlier.pop()?.norm ?? '';
  if (OWNED_BY.has(before) && earlier.length) before = earlier.pop()!.norm;
  // "to the Carrow Cancer Centre" has its name in the slot of "to Northfield District Hospital".
  if (ARTICLES.has(before) && earlier.length) before = earlier.pop()!.norm;
  if (originPlace(before, name)) before = 'di';
  const after = tokens.find(t => t.start >= name.end)?.norm ?? '';
  return [before, after];
}

/**
 * Whether a name's token before it opens a clause: the sentence's start, a comma ("Selama kunjungan itu, Xi
 * didesak …" has its subject where "Putin didesak …" has it) or a contrast ("… sedangkan Filipina terjadi hujan di
 * sepanjang tahun" where "Myanmar terjadi hujan sepanjang tahun" has it).
 */
const opensClause = (before: string) => before === '' || before === ',' || CONTRASTS.has(before);
/** Whether another name follows a name, a mark or "dan" between: the name is in a list or an apposition. */
function nameAfter(s: SentenceFacts, name: NameMention): boolean {
  const next = s.names.filter(n => n.start >= name.end).sort((x, y) => x.start - y.start)[0];
  return !!next && s.tokens.filter(t => t.start >= name.end && t.end <= (next.role?.start ?? next.start)).every(t => t.kind !== 'word' || t.norm === 'dan' || t.norm === 'and');
}

/** Likewise after a name: the sentence's end or a mark that ends a clause ("… yang diimpor Rusia, termasuk …"). */
const endsClause = (after: string) => after === '' || /^[,.;:!?]$/.test(after);

/** Whether the passage or a sentence next to it names the entity (a mention elsewhere in the article is no help). */
function namedNear(claim: Claim, a: Alignment, entity: Entity | undefined, stems: string[]): boolean {
  // The compact index answers most cases without rebuilding the document: every stem among the content stems
  // nearby (a subset of all its words) is already a yes.
  const { store } = claim.corpus;
  const near = [a.ref.sentence - 1, a.ref.sentence, a.ref.sentence + 1].flatMap(at => store.contentStemIds(a.ref.doc, at));
  if (stems.every(st => near.includes(store.idOf(st, true)))) return true;
  const sentences = claim.corpus.docs[a.ref.doc].facts.sentences.slice(Math.max(0, a.ref.sentence - 1), a.ref.sentence + 2);
  const words = new Set(sentences.flatMap(s => s.words.map(w => w.stem)));
  // Every word of the name nearby counts as naming it; "Calder" in "Port Calder" does not name "Calder
  // Development Agency".
  return stems.every(st => words.has(st)) || (!!entity && sentences.some(s => s.names.some(m => claim.corpus.registry.resolve(m)?.id === entity.id)));
}

/**
 * Of several speakers of a passage, the one whose statement holds every word the passage shares with the claim
 * outside names: "Putin mengatakan kemitraan … semakin penting sebagai faktor penstabil …, sementara Xi mengatakan
 * …". A speaker after a verb of saying ("…, kata Xi") owns what stands before them back to the previous speaker;
 * any other owns what follows up to the next. None when no one speaker holds them all.
 */
function ownerOfWords<T extends { m: NameMention }>(claim: Claim, source: SentenceFacts, speakers: T[], statement: readonly [number, number]): T[] {
  // The verbs of saying frame each statement ("Putin mengatakan …, sementara Xi mengatakan …"): no word of one. Nor
  // do the claim's words around its speaker ("Penyiar negara Rusia mengutip Putin yang mengatakan …"): only what
  // the claim has them say is looked for in a statement of the passage.
  const saying = synonymGroup('kata');
  const said = new Set(claim.terms.filter(t => !t.isName && t.weight > 0 && synonymGroup(t.stem) !== saying && t.start >= statement[0] && t.end <= statement[1]).map(t => t.stem));
  const inName = (at: number) => source.names.some(n => at >= n.start && at < n.end);
  const shared = source.words.filter(w => !w.stop && said.has(w.stem) && !inName(w.start)).map(w => w.start);
  if (!shared.length) return [];
  const sorted = [...speakers].sort((a, b) => a.m.start - b.m.start);
  const owners = sorted.filter((sp, i) => {
    const [from, to] = saysBefore(source.tokens, sp.m.role?.start ?? sp.m.start)
      ? [sorted[i - 1]?.m.end ?? 0, sp.m.start] : [sp.m.end, sorted[i + 1]?.m.start ?? Infinity];
    return shared.every(at => at >= from && at < to);
  });
  return owners.length === 1 ? owners : [];
}

/**
 * The entity as the claim uses it: a name the sources mention only where the tagger could not type it ("a retired
 * bus driver from Dunmoor": "other") is a place where the claim tags it one and puts something there ("the offices
 * … in Dunmoor"), and is weighed against the passage's place.
 */
function asPlaced(entity: Entity, name: NameMention, s: SentenceFacts): Pick<Entity, 'kind' | 'name'> {
  return entity.kind === 'other' && name.kind === 'place' && placedAt(s.tokens, name) ? { kind: 'place', name: entity.name } : entity;
}

/** Locatives that put an event somewhere, not a movement or an origin. */
const WHERE = new Set(['di', 'in', 'at']);

/** Whether the claim itself puts something at the entity (after a locative or along a list of places one opens). */
function placedInClaim(s: SentenceFacts, resolved: ReadonlyArray<Entity | undefined>, e: Entity): boolean {
  return s.names.some((n, i) => resolved[i]?.id === e.id && placedAt(s.tokens, n));
}

/** Indices of the claim's terms that lie within [from, to). */
function termsWithin(terms: Claim['terms'], from: number, to: number): number[] {
  return terms.flatMap((t, k) => (t.start >= from && t.end <= to ? [k] : []));
}

export function checkEntitySwap(claim: Claim): Finding[] {
  const { corpus, sentence, terms } = claim;
  if (!claim.evidence.length) return [];
  // Resolved as hover resolves them: "Macron" alone is the "Emmanuel Macron" of the sources.
  const resolved = sentence.names.map(n => resolveName(corpus, claim.draft, n));
  const inClaim = new Set(resolved.filter((e): e is Entity => !!e).map(e => e.id));
  const quoted = quotesTouching(claim.draft, sentence);
  for (let i = 0; i < sentence.names.length; i++) {
    const name = sentence.names[i];
    // A place the claim names that the sources have only inside a longer name of another kind ("mengunjungi Shanghai",
    // "Organisasi Kerjasama Shanghai") is a place the registry does not know.
    const entity = name.kind === 'place' && resolved[i] && resolved[i]!.kind !== 'place' && resolved[i]!.name !== name.text ? undefined : resolved[i];
    // Names inside a quote, and the speakers of quotes, are the quote check's business. A name the registry does not
    // know is weighed only as a place.
    if ((!entity && name.kind !== 'place') || quoted.some(q => (name.start >= q.start && name.end <= q.end) || q.attribution.speaker?.start === name.start)) continue;
    const own = termsWithin(terms, name.start, name.end);
    if (!own.length) continue;
    // The name's title goes with it ("Mayor Elena Marsh voted against the plan" where the passage has "Councillor
    // Tomas Reyes voted against the plan"): a wrong title is the role check's, not something the passage must state.
    const title = name.role ? termsWithin(terms, name.role.start, name.role.end) : [];
    // A person who says what the sentence reports ("Menurut Xi, …") against the passage's speaker ("Putin
    // sebelumnya mengatakan bahwa …"): the same statement put in another mouth, however each frames it. The frame
    // ("according to") is the speaker's, not part of what the passage must state.
    const from = name.role?.start ?? name.start;
    const speaker = entity?.kind === 'person' && speaksIn(sentence.tokens, from, name.end);
    const frame = speaker ? termsWithin(terms, from - FRAME_REACH, from) : [];
    // What the claim has its speaker say: after the name ("Xi mengatakan …"), or before it ("…, kata Xi").
    const statement: [number, number] = saysBefore(sentence.tokens, from) ? [0, from] : [name.end, Infinity];
    // The cheap test first: most names stand in sentences no passage otherwise states. The passage that states the
    // rest need not be the best aligned: that one may share the claim's name and say something else of it.
    const best = claim.evidence.find(a => restCovered(claim, a, [...own, ...title, ...frame, ...originTerms(terms, name, from)]) >= REST_COVERED);
    if (!best) continue;
    const source = corpus.sentence(best.ref);
    const sourceNames = source.names.map(m => ({ m, e: corpus.registry.resolve(m) }));
    const [before, after] = neighbours(sentence.tokens, name);
    // A place the passage names only as something other than where things happen ("perang Moskow"), where the
    // claim puts the event there ("kunjungannya ke Moskow"), is still open to a rival standing after the same word.
    const near = namedNear(claim, best, entity, own.map(k => terms[k].stem));
    // Only countries and capitals, which never lie inside one another: "di Bali" for a place the passage gives as
    // "di Lapangan Renon … Propinsi Bali" is no swap.
    const elsewhere = near && !!entity && entity.kind === 'place' && placeClass(entity.name) !== 'place' && !REGION_NAMES.has(entity.name.toLowerCase()) &&
      LOCATIVE.has(before) && !placedNear(claim, best, entity);
    // A neighbour sentence naming a speaker does not make the words theirs where the passage itself gives them to
    // someone else ("… Ned Price mengatakan …. Kementerian luar negeri Taiwan mengatakan …"): then only a speaker
    // of the passage is a rival.
    const nearSpeaker = near && !elsewhere && speaker && !!entity && !sourceNames.some(({ e }) => e?.id === entity.id);
    // A name beside the passage may be what the writer took from it, unless the passage itself has another of the
    // kind in the claim's very words: "Dia juga memuji “pendekatan Tiongkok dalam menyelesaikan krisis …”" against
    // "Xi memuji pendekatan Rusia dalam menyelesaikan krisis …". A place after a locative is weighed as above.
    const twinOnly = near && !elsewhere && !speaker && !!entity && entity.kind !== 'other' && best === claim.evidence[0] &&
      !LOCATIVE.has(before) && (isContentWord(before) || isContentWord(after));
    // The claimed speaker speaks in the passage too, but the claim's words are another speaker's statement there:
    // "Putin mengatakan kemitraan …, sementara Xi mengatakan kedua belah pihak harus berkoordinasi …".
    // A person or a body speaks: "… according to a report by the Calder Development Agency".
    const speaks = ({ m, e }: { m: NameMention; e?: Entity }) => (e?.kind === 'person' || e?.kind === 'organization') && speaksIn(source.tokens, m.role?.start ?? m.start, m.end);
    const speaking = near && !elsewhere && speaker && !!entity ? sourceNames.filter(speaks) : [];
    const owner = speaking.some(({ e }) => e!.id === entity!.id) ? ownerOfWords(claim, source, speaking, statement) : [];
    const otherOwner = owner.length === 1 && !inClaim.has(owner[0].e!.id) ? owner : undefined;
    if (near && !elsewhere && !nearSpeaker && !twinOnly && !otherOwner) continue;
    if (!entity && sharesWord(name, sourceNames)) continue;
    // The passage has the claim's own name in its words too ("fitur Family Pairing, … fitur Pesan Langsung"), or before
    // the same word as the claim has it, one item of a list ("Australia Terbuka yang dimainkan di lapangan keras,
    // Prancis Terbuka yang …" for "Australia Terbuka dimainkan di lapangan keras"): no swap.
    const ownSlot = (m: NameMention) => { const [b, a] = neighbours(source.tokens, m); return b === before || (a === after && isContentWord(after)); };
    if (twinOnly && sourceNames.some(({ m, e }) => e?.id === entity!.id && ownSlot(m))) continue;
    // A place the claim names only as a party ("kerja sama militer dengan Rusia") may still be the place the passage
    // puts the event in ("latihan militer di timur jauh Rusia" for the claim's "di Belarusia").
    // Only where an event is put ("di", "in", "at"): "tekanan dari AS" is no place, as "ekspor dari Tiongkok" is one.
    const placedOnly = entity?.kind === 'place' && WHERE.has(before);
    let rivals = otherOwner ?? sourceNames.filter(({ m, e }) => {
      if (!e || (inClaim.has(e.id) && !(placedOnly && !placedInClaim(sentence, resolved, e)))) return false;
      // The dateline ("SARI JAYA — …") says where the story was filed, not what its sentence is about.
      if (isDatelineMention(source.tokens, m)) return false;
      if (twinOnly) {
        const [b, a] = neighbours(source.tokens, m);
        // A mark after the rival ends its clause only where no name follows: "dibintangi Shota Matsuda, Katsumi
        // Takahashi, …" lists, "Gubernur Ohio, Mike DeWine" names one person twice.
        const ends = a === after || (endsClause(a) && endsClause(after) && !nameAfter(source, m));
        return sameKind(e, entity!) && (b === before || (opensClause(b) && opensClause(before))) && ends;
      }
      if (speaker && speaks({ m, e })) return true;
      if (!(entity ? sameKind(e, asPlaced(entity, name, sentence)) : placeLike(name, e))) return false;
      const [b, a] = neighbours(source.tokens, m);
      // A place the registry does not know stands where the rival does on both sides ("tiba di Beijing untuk"), or
      // right after the same verb ("mengunjungi Shanghai untuk …" where the passage has "mengunjungi Harbin, …").
      if (!entity) return b === before && (a === after || isContentWord(before));
      if (nearSpeaker) return false;
      // In a passage other than the best aligned one the rival must do what the claim's name does, the same verb
      // after each ("… Reyes voted against the plan"): "Songgon adalah sebuah nama desa" says the same of another
      // village, not that "Widodaren merupakan nama desa" is wrong.
      if (best !== claim.evidence[0]) return a === after && isContentWord(after);
      // After a locative, the place must locate the same thing: "Pertemuan di Uzbekistan" is not swapped with the
      // passage's "serangan militer di Ukraina".
      const sameSlot = b === before && (!LOCATIVE.has(before) || placesSameThing(sentence, name, source, m));
      return elsewhere ? sameSlot && !REGION_NAMES.has(e.name.toLowerCase()) : sameSlot || a === after;
    });
    // A passage with several speakers gives the claim's words to the one whose statement holds them.
    if (speaker && new Set(rivals.map(r => r.e!.id)).size > 1) rivals = ownerOfWords(claim, source, rivals, statement);
    // Where the passage's speaker is a body, the role that names the claimed person says more, when there is one.
    const onlyBodies = rivals.length > 0 && rivals.every(r => r.e!.kind !== entity?.kind);
    const byRole = !twinOnly && (!rivals.length || onlyBodies) && speaker && entity ? speakerByRole(claim, name, entity, best) : undefined;
    if (byRole) return [byRole];
    if (new Set(rivals.map(r => r.e!.id)).size !== 1) {
      if (nearSpeaker || twinOnly) continue;
      const unplaced = !rivals.length && !near && entity && (before === 'di' || before === 'in') ? unplacedEvent(claim, name, entity, own) : undefined;
      if (unplaced) return [unplaced];
      continue;
    }
    const rival = rivals[0].m, lang = readerLang(claim);
    return [{
      start: name.start, end: name.end, code: 'unknown-entity',
      message: say(lang, 'differs', { source: rival.text, draft: name.text, label: corpus.docs[best.ref.doc].label, passage: excerpt(source.text, 160) }),
      evidence: [evidenceSentence(corpus, best)],
      fixes: [{ title: say(lang, 'fix.replace', { text: rival.text }), start: name.start, end: name.end, newText: rival.text }],
    }];
  }
  return [];
}


/**
 * A real event put in a country or capital its sources never put anything in: "Putin dan Xi menandatangani
 * pernyataan bersama di Moskow" where the passage that states the rest says nowhere and its story is set in
 * Beijing. No passage stating the rest of the sentence (nine tenths of it) names the place nearby, and no story
 * holding one places anything there; a story that sets something there, however far from the passage, may be the
 * writer's source for it. Names no rival: a passage silent on the place gives none.
 */
function unplacedEvent(claim: Claim, name: NameMention, entity: Entity, own: readonly number[]): Finding | undefined {
  if (entity.kind !== 'place' || REGION_NAMES.has(entity.name.toLowerCase())) return undefined;
  const stating = claim.evidence.filter(a => restCovered(claim, a, own) >= REST_COVERED);
  // A city or province may lie inside a place the story does give ("di Bali" for "di Lapangan Renon, Denpasar"):
  // such a place is only weighed where no story stating the rest names it at all.
  if (placeClass(entity.name) === 'place' && stating.some(a => mentionedIn(entity).docs.has(a.ref.doc))) return undefined;
  const stems = own.map(k => claim.terms[k].stem);
  if (!stating.length || stating.some(a => namedNear(claim, a, entity, stems) || placedInStory(claim, a, entity))) return undefined;
  const best = stating[0], lang = readerLang(claim);
  return {
    start: name.start, end: name.end, code: 'unknown-entity',
    message: say(lang, 'not-placed', { place: name.text, label: claim.corpus.docs[best.ref.doc].label, passage: excerpt(claim.corpus.sentence(best.ref).text, 160) }),
    evidence: [evidenceSentence(claim.corpus, best)],
    fixes: [],
  };
}

/** Share of the claim's weight outside the given terms that a passage states. */
export function restCovered(claim: Claim, a: Alignment, skip: readonly number[]): number {
  let rest = 0, covered = 0;
  claim.terms.forEach((t, k) => { if (!skip.includes(k)) { rest += t.weight; covered += t.weight * (a.credit[k] ?? 0); } });
  return rest > 0 ? covered / rest : 0;
}
