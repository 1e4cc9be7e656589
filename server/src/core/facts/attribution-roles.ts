import { Span, Token } from '../types';
import { NameMention } from './names';
import { QuoteSpan } from './quotes';
import { isRoleWord, RoleHolders, RoleSentence } from './role-speaker';
import { tokenAt } from './description-words';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { looksLikeVerb } from './negation';

export interface Attribution {
  speaker?: NameMention;
  how: 'stated' | 'inferred' | 'none';
  /**
   * Lower-case words describing the speaker between the reporting verb and the name ("said association president
   * …"); or the role that stands for the name ("“…,” the mayor said"), kept even when the document gives the role
   * no one, for the corpus to resolve.
   */
  description?: Span;
}

// Quotes whose speaker the text names by a role: "“…,” the mayor said", "“…,” said the union's president.",
// "“…,” kata juru bicara itu", and a country or body after a title ("pemimpin Iran mengatakan …"). The role is
// read from the words; who holds it, from the rest of the document (role-speaker.ts). Such a speaker is
// "inferred": the checks accuse a writer of misattribution only on a speaker the text names.

// The tokens of a document as attribution walks them (here and in attribution.ts): one flat list over the
// sentences, found by position, and the verbs that follow a quote ("“…,” kata Xi", "“…,” Xi said").

/** A token with the number of its sentence and its index there. */
export interface Flat { token: Token; sentence: number; index: number }

/** Pronouns that speak for the last person named: "“…,” he said", "kata dia", "Dia mengatakan …". */
export const PRONOUNS: ReadonlySet<string> = new Set(['dia', 'ia', 'beliau', 'he', 'she']);

export const VERB_AFTER = new Set(['kata', 'ujar', 'ucap', 'tutur', 'tambah', 'imbuh', 'jelas', 'tegas', 'sebut',
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'wrote', 'warned', 'insisted', 'explained']);

/** Index of the first token starting at or after offset (tokens are in text order): a binary search. */
export function firstIndexAtOrAfter(flat: readonly Flat[], offset: number): number {
  let lo = 0, hi = flat.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flat[mid].token.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'sang', 'para']);
const DEMONSTRATIVES = new Set(['itu', 'tersebut', 'ini']);
const MAX_ROLE_WORDS = 4;

/**
 * The role words from flat[i] on: lower-case words, possessives and the country of the title ("presiden Rusia"),
 * at least one of them a title or an office.
 */
function roleWords(flat: Flat[], i: number, starting?: Map<number, NameMention>): { from: number; to: number } | undefined {
  let k = i;
  if (flat[k] && DETERMINERS.has(flat[k].token.norm)) k++;
  const from = k;
  let titled = false;
  while (k < flat.length && k - from < MAX_ROLE_WORDS && flat[k].sentence === flat[i].sentence) {
    const t = flat[k].token;
    if (t.norm === "'s") { k++; continue; }
    const place = titled ? starting?.get(t.start) : undefined;
    if (place?.kind === 'place') { while (k < flat.length && flat[k].token.start < place.end) k++; continue; }
    if (t.kind !== 'word' || t.text[0] !== t.text[0].toLowerCase() || VERB_AFTER.has(t.norm) || DEMONSTRATIVES.has(t.norm)) break;
    if (isIndonesianStopword(t.norm) || isEnglishStopword(t.norm)) break;
    if (isRoleWord(t.norm)) titled = true;
    k++;
  }
  return titled && k > from ? { from, to: k } : undefined;
}

const text = (flat: Flat[], from: number, to: number) => flat.slice(from, to).map(f => f.token.text).join(' ').replace(/ 's\b/g, "'s");

/** A speaker named by a role right after the quote: "the mayor said", "said the mayor.", "kata juru bicara itu". */
export function roleAfterQuote(q: QuoteSpan, flat: Flat[], holders: RoleHolders, starting: Map<number, NameMention>): Attribution | undefined {
  let i = firstIndexAtOrAfter(flat, (q.close >= 0 ? q.close : q.end) + 1);
  while (i < flat.length && flat[i].token.kind === 'punct') i++;
  if (i >= flat.length) return undefined;
  let role: { from: number; to: number } | undefined;
  if (VERB_AFTER.has(flat[i].token.norm)) {
    // "said the mayor." — the role must end the attribution, or a name would have followed it.
    role = roleWords(flat, i + 1, starting);
    const next = role && flat[role.to];
    if (role && next && next.sentence === flat[i].sentence && next.token.kind === 'word' && !DEMONSTRATIVES.has(next.token.norm)) return undefined;
  } else {
    role = roleWords(flat, i, starting);
    if (role && !(flat[role.to] && VERB_AFTER.has(flat[role.to].token.norm))) return undefined;
  }
  if (!role) return undefined;
  return byRole(flat, role, holders, flat[i].token.start);
}

/**
 * The person the document gives a role, as an inferred speaker; when it gives it no one, the role alone, which
 * the corpus may still resolve (hover reads it through the registry's roles).
 */
function byRole(flat: Flat[], role: { from: number; to: number }, holders: RoleHolders, at: number): Attribution {
  const description = { start: flat[role.from].token.start, end: flat[role.to - 1].token.end };
  const speaker = holders.speakerFor(text(flat, role.from, role.to), at);
  return speaker ? { speaker, how: 'inferred', description } : { how: 'none', description };
}

/** "pemimpin Iran mengatakan": the person the document gives the title before the country, speaking for it. */
export function roleBeforeName(name: NameMention, flat: Flat[], holders: RoleHolders): Attribution | undefined {
  const at = firstIndexAtOrAfter(flat, name.start);
  let from = at;
  // Lower-case title words, or a capital only for opening the sentence ("Pemimpin Iran mengatakan").
  const titleWord = (f: Flat) => f.token.kind === 'word' && (!f.token.cap || f.index === 0) && isRoleWord(f.token.norm);
  while (from > 0 && at - from < MAX_ROLE_WORDS && flat[from - 1].sentence === flat[at].sentence && titleWord(flat[from - 1])) from--;
  if (from === at) return undefined;
  const speaker = holders.speakerFor(`${text(flat, from, at)} ${name.text}`, name.start);
  return speaker && { speaker, how: 'inferred', description: { start: flat[from].token.start, end: name.end } };
}

/** Passive verbs of saying whose agent speaks: "yang dipuji oleh presiden Rusia sebagai “…”", "described by X as “…”". */
// Not "dikutip oleh"/"quoted by": the one who quotes is no speaker (attribution.ts credits the one quoted).
const SAID_BY = /^(?:di(?:puji|sebut|katakan|gambarkan|nilai|juluki|nyatakan|sebutkan)|called|described|praised|dubbed|termed|hailed)$/;

/** The agent after "oleh"/"by" at flat[v], when a verb of saying stands before it. */
export function passiveAgent(v: number, flat: Flat[], starting: Map<number, NameMention>, holders: RoleHolders): Attribution | undefined {
  const norm = flat[v].token.norm;
  if ((norm !== 'oleh' && norm !== 'by') || v === 0 || !SAID_BY.test(flat[v - 1].token.norm) || !flat[v + 1]) return undefined;
  const name = starting.get(flat[v + 1].token.start);
  if (name) return { speaker: name, how: 'stated' };
  const role = roleWords(flat, v + 1, starting);
  return role && byRole(flat, role, holders, flat[v].token.start);
}

/**
 * Words before a name that make it the one spoken to or with, not the subject; and locatives, after which a name is
 * where something is ("tidak terdaftar dalam DPT", "tiba di Kairo").
 */
const OBJECT_MARKERS = new Set(['dengan', 'kepada', 'bersama', 'untuk', 'oleh', 'terhadap', 'bagi', 'with', 'to', 'by', 'for', 'against',
  'di', 'ke', 'dalam', 'in', 'into', 'at']);
const CHAIN = new Set(['dan', 'serta', 'and', ',']);

/**
 * Whether a name is what an Indonesian verb right before it acts on, the sentence's subject a person named before it:
 * "Wali Kota …, Syafrudin Malik, meminta PLN memastikan …" asks PLN, and the "ujarnya" after is the mayor's; "…
 * mengatakan PLN akan …" says what PLN will do. A verb of saying that names its speaker after it is no me- verb
 * ("ujar Rusdi").
 */
function actedOn(s: RoleSentence, prev: Token): boolean {
  if (prev.kind !== 'word' || prev.cap || !/^me/.test(prev.norm) || SOURCE_VERBS.has(prev.norm) || !looksLikeVerb(prev.norm)) return false;
  // The subject a person named before the verb, or one a pronoun opening the sentence points back to ("Ia menyebut DLMS …"),
  // or a body or a noun right before it ("pemkab meminta Inspektorat menempuh …").
  if (s.names.some(m => m.kind === 'person' && m.end <= prev.start) || SUBJECT_PRONOUNS.has(s.tokens[0]?.norm ?? '')) return true;
  const before = s.tokens[s.tokens.indexOf(prev) - 1];
  return before?.kind === 'word';
}

/**
 * Whether a name is whose thing a noun right before it is, in a sentence whose subject is a person named before:
 * "Dedi tidak menutup kemungkinan status Syamsul berubah. “…,” tegasnya" is Dedi's; Syamsul only owns the status.
 * Not a role ("tersangka Syamsul"), nor a word that reports a saying ("kata Syamsul").
 */
function ownerAfter(s: RoleSentence, n: NameMention, prev: Token): boolean {
  if (n.role || prev.kind !== 'word' || prev.cap || VERB_AFTER.has(prev.norm) || isRoleWord(prev.norm) || looksLikeVerb(prev.norm)) return false;
  if (isIndonesianStopword(prev.norm) || isEnglishStopword(prev.norm)) return false;
  // A name of no known kind may be the person ("Dedi" where the tagger knows no one of that name).
  return s.names.some(m => (m.kind === 'person' || m.kind === 'other') && m.end <= prev.start);
}

/** Me- words whose name after them is a source, not an object: "menurut Inspektorat", "mengutip Reuters". */
const SOURCE_VERBS: ReadonlySet<string> = new Set(['menurut', 'mengutip']);

/** Pronouns that open a sentence as its subject, a person named before. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['ia', 'dia', 'beliau']);

/**
 * The names no pronoun after them points back to: those of a headline, and those a preposition makes objects of ("dengan Raisi dan Perdana Menteri Pakistan, Shehbaz Sharif"): the
 * first after the preposition and those joined to it by "dan", "and" or a comma.
 */
export function objectNames(sentences: readonly RoleSentence[]): Set<NameMention> {
  const out = new Set<NameMention>();
  for (const s of sentences) {
    // Names in a headline ("Baca juga: Putin dan Xi Jinping Bertemu, Sinyal Keras …") speak in no sentence after it.
    if (s.headline) { for (const n of s.names) out.add(n); continue; }
    let lastWasObject = false;
    for (const n of s.names) {
      if (n.kind !== 'person' && n.kind !== 'other') continue;
      const prev: Token | undefined = s.tokens[tokenAt(s.tokens, n.role && n.role.start < n.start ? n.role.start : n.start) - 1];
      const object: boolean = !!prev && (OBJECT_MARKERS.has(prev.norm) || (lastWasObject && CHAIN.has(prev.norm)) || actedOn(s, prev) || ownerAfter(s, n, prev));
      if (object) out.add(n);
      lastWasObject = object;
    }
  }
  return out;
}

/** Words that join a speaker to the body they speak for: "Yudistira Anggara dari Ombudsman RI …", "Jane Doe of Acme". */
const OF_BODY: ReadonlySet<string> = new Set(['dari', 'from', 'of']);
/** Names a body's name may run to after "dari" ("Ombudsman RI Perwakilan", "Jawa Barat"). */
const BODY_NAMES = 4;

/**
 * The person a body or a place right before a verb of saying belongs to, by "dari" ("Yudistira Anggara dari Ombudsman
 * RI Perwakilan Jawa Barat mengatakan"): the one who speaks, not the place in the body's name. A "person" whose name
 * opens with an acronym is a body the tagger misread ("Rahmat Hidayatullah dari BKSDA Jambi mengatakan").
 */
export function affiliatedSpeaker(name: NameMention, flat: readonly Flat[], ending: ReadonlyMap<number, NameMention>): NameMention | undefined {
  if (name.kind === 'person' && !/^\p{Lu}{2,}$/u.test(name.text.split(' ')[0])) return undefined;
  let i = firstIndexAtOrAfter(flat, name.start) - 1;
  for (let hops = 0; i > 0 && hops < BODY_NAMES; hops++) {
    if (OF_BODY.has(flat[i].token.norm)) {
      const who = ending.get(flat[i - 1].token.end);
      return who && (who.kind === 'person' || who.kind === 'other') && flat[i - 1].sentence === flat[i].sentence ? who : undefined;
    }
    const body = ending.get(flat[i].token.end);
    if (!body || body.kind === 'person') return undefined;
    i = firstIndexAtOrAfter(flat, body.start) - 1;
  }
  return undefined;
}

/** Words that give the one a statement goes by: "menurut Xi", "according to". */
export const ACCORDING: ReadonlySet<string> = new Set(['menurut', 'according']);
/** Words that make the name after them an owner ("gudang milik Haryono"): what it owns may act, not the owner. */
export const OWNED_BY: ReadonlySet<string> = new Set(['milik', 'kepunyaan']);

/** What a body or a person puts out, whose author is then the one who says it: "menurut laporan CDA". */
const WORKS = new Set(['laporan', 'data', 'survei', 'studi', 'kajian', 'penelitian', 'riset', 'pernyataan', 'keterangan',
  'perkiraan', 'analisis', 'report', 'study', 'survey', 'statement', 'estimate', 'estimates', 'analysis', 'figures', 'research']);
/** Words between "according to" and the work, and between the work and its author. */
const WORK_GLUE = new Set(['a', 'an', 'the', 'new', 'latest', 'terbaru', 'resmi', 'official', 'by', 'from', 'of', 'dari', 'oleh']);

/**
 * Whether the name at token `first` is the author of a work a sentence goes by: "according to a report by the
 * Calder Development Agency", "menurut laporan Bank Dunia", "menurut data dari BPS".
 */
export function accordingToWork(tokens: readonly Token[], first: number): boolean {
  let i = first - 1, work = false;
  for (let hops = 0; i >= 0 && hops < 5; i--, hops++) {
    const norm = tokens[i].norm;
    if (WORKS.has(norm)) { work = true; continue; }
    if (!WORK_GLUE.has(norm)) break;
  }
  if (!work) return false;
  return ACCORDING.has(tokens[i]?.norm ?? '') || (tokens[i]?.norm === 'to' && tokens[i - 1]?.norm === 'according');
}
