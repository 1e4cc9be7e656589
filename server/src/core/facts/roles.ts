import { Span, Token } from '../types';
import { NameMention } from './names';
import { IN_CHARGE_TITLES, TITLE_HEADS, TITLE_TAILS } from '../lexicon/roles';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { aliasKey } from '../lexicon/aliases';
import { PLACE_NAMES } from '../lexicon/places';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { tokenAt, wordsText } from './description-words';
import { looksLikeVerb } from './negation';

// Roles stated about a person in running text, beyond the title in front of the name: an apposition
// ("Ho Tiang Bun, seorang profesor …") or a predicate ("Qin Gang … dipromosikan menjadi menteri luar negeri,
// dari jabatannya sebagai duta besar untuk AS"). Also the comparison of two roles, used by the entity check.

const INTRO = new Set(['seorang', 'sebagai', 'selaku', 'menjadi', 'jadi', 'adalah', 'merupakan', 'ialah', 'as', 'a', 'an', 'the', 'became',
  'becomes', 'is', 'was']);
const GENERIC = new Set(['pemimpin', 'leader', 'mantan', 'former', 'tokoh', 'pejabat', 'official']);
const MAX_ROLE_WORDS = 7;
/** Words that may qualify a title before its head ("medical director", "senior political adviser", "Wrenford city"). */
const MAX_QUALIFIERS = 2;
const isTitleHead = (norm: string) => TITLE_HEADS.has(norm) || IN_CHARGE_TITLES.has(norm);
/** Words that end a role phrase and start the next clause ("menteri luar negeri setelah …"). */
const ROLE_END = new Set(['setelah', 'sebelum', 'sejak', 'yang', 'dan', 'karena', 'ketika', 'saat', 'pada', 'sementara',
  'namun', 'tetapi', 'tapi', 'serta', 'after', 'before', 'since', 'who', 'which', 'and', 'when', 'while', 'but', 'on']);

/** Words before the agent of a passive: "ditunjuk oleh Mubarak", "appointed by Mubarak". */
const PASSIVE_AGENT = new Set(['oleh', 'by']);

/** Reporting verbs without verb morphology: "kata Ho Tiang Bun, seorang profesor …". */
const REPORTING = new Set(['kata', 'ujar', 'ucap', 'tutur', 'tanya', 'menurut', 'said', 'says', 'told', 'according', 'wrote']);

/**
 * Whether a predicate after the name is about it. A name after a noun is that noun's attribute ("orang
 * kepercayaan Xi, diangkat menjadi …" is about someone else); after a verb, a function word or nothing, it is
 * the subject or object the predicate describes.
 */
function headsClause(tokens: readonly Token[], name: NameMention): boolean {
  const i = tokenAt(tokens, name.role?.start ?? name.start) - 1;
  if (i < 0 || tokens[i].kind !== 'word') return true;
  const norm = tokens[i].norm;
  return isIndonesianStopword(norm) || isEnglishStopword(norm) || INTRO.has(norm) || REPORTING.has(norm) ||
    /^(?:me|ber|di|ter)\p{L}{3,}/u.test(norm);
}

export interface StatedRole extends Span { text: string }

/** Words that open a clause put before the main one: "Ketika bertemu Putin, presiden China …", "After meeting Xi, …". */
const SUBORDINATORS = new Set(['ketika', 'saat', 'sewaktu', 'setelah', 'sesudah', 'sebelum', 'sejak', 'jika', 'kalau', 'bila',
  'apabila', 'meskipun', 'meski', 'walaupun', 'walau', 'karena', 'sambil', 'selama', 'usai', 'seusai', 'when', 'after', 'before',
  'while', 'although', 'though', 'since', 'if', 'because', 'once', 'until']);

/**
 * Whether the name ends a clause put before the main one, right before its comma: then what follows the comma is the
 * main clause ("Ketika bertemu Putin, presiden China baru saja kembali …"), an apposition only when a comma closes it.
 */
function endsFrontedClause(tokens: readonly Token[], name: NameMention): boolean {
  const first = tokens.findIndex(t => t.kind === 'word');
  if (first < 0 || !SUBORDINATORS.has(tokens[first].norm)) return false;
  const at = tokenAt(tokens, name.start);
  for (let i = first + 1; i < at; i++) if (tokens[i].text === ',') return false;
  return true;
}

/**
 * Role phrases introduced after a person's name in the same sentence. With the sentence's names, a title that runs
 * into another person's name is that person's ("Presiden Iran Ebrahim Raisi, Presiden Turki Recep Tayyip Erdogan
 * dan …" gives Raisi no Turkish presidency).
 */
export function rolesAfterName(tokens: readonly Token[], name: NameMention, nextName: number, startingAt?: ReadonlyMap<number, NameMention>): StatedRole[] {
  const out: StatedRole[] = [];
  const from = tokenAt(tokens, name.end);
  if (from >= tokens.length || !headsClause(tokens, name)) return out;
  // The agent of a passive gives no one's role it introduces: in "Suleiman ditunjuk oleh Mubarak sebagai wakil
  // presiden", "appointed by Mubarak as vice-president", the post is Suleiman's. An apposition is still the agent's.
  const agent = PASSIVE_AGENT.has(tokens[tokenAt(tokens, name.role?.start ?? name.start) - 1]?.norm ?? '');
  for (let i = from; i < tokens.length && tokens[i].start < nextName; i++) {
    // An apposition right after the name ("Antony Blinken, Menteri Luar Negeri AS") or an introduced role.
    const apposition = i === from && tokens[i].text === ',';
    if (!apposition && (agent || !INTRO.has(tokens[i].norm))) continue;
    let j = i + 1;
    // "Bambang Wicaksono, mengatakan jumlah anggota …": a verb after the comma says what the person did; "anggota" is
    // no title of theirs.
    if (apposition && tokens[j] && !tokens[j].cap && looksLikeVerb(tokens[j].norm) && !isTitleHead(tokens[j].norm)) continue;
    if (tokens[j] && INTRO.has(tokens[j].norm)) j++;
    // "the union's general secretary": the owner before the possessive is no part of the title.
    if (tokens[j + 1]?.norm === "'s") j += 2;
    // A word or two may qualify the title before its head: "the hospital's medical director", "managing editor".
    let head = j;
    // A place may stand among them, capitalised: "a Wrenford city councillor".
    while (head < j + MAX_QUALIFIERS && tokens[head]?.kind === 'word' && !isTitleHead(tokens[head].norm) && !ROLE_END.has(tokens[head].norm)) head++;
    if (!tokens[head] || !isTitleHead(tokens[head].norm)) continue;
    let k = j;
    while (k < tokens.length && k - j < MAX_ROLE_WORDS && tokens[k].kind === 'word' && !ROLE_END.has(tokens[k].norm) && !leavesRole(tokens, k)) k++;
    if (startingAt && personWithin(tokens, j + 1, k, startingAt)) { i = k - 1; continue; }
    if (apposition && tokens[k]?.text !== ',' && endsFrontedClause(tokens, name)) { i = k - 1; continue; }
    out.push({ start: tokens[j].start, end: tokens[k - 1].end, text: tokens.slice(j, k).map(t => t.text).join(' ') });
    i = k - 1;
  }
  return out;
}

/** Verbs of heading something in a claim's own words ("Yuriy Borisov, yang memimpin badan antariksa …"). */
const HEADING_VERBS = new Set(['memimpin', 'mengepalai', 'heads', 'headed', 'leads', 'led']);
/**
 * Verbs that give a title as they say what someone does ("Peter Oduya, who chairs the transport committee", "yang
 * mengetuai komisi"): read with headedAfterName as a role like any title, "the committee's chair".
 */
export const CHAIRING_VERBS: ReadonlySet<string> = new Set(['chairs', 'chaired', 'mengetuai']);

/**
 * What a sentence says a person heads, right after the name: "Borisov memimpin badan antariksa Rusia", "Borisov, yang
 * memimpin badan antariksa Rusia, …", "Borisov, who heads Russia's space agency". The verb and what follows, up to
 * the clause's end; compared by the role check only with a role the sources give as heading the same kind of body.
 */
export function headedAfterName(tokens: readonly Token[], name: NameMention, nextName: number, verbs: ReadonlySet<string> = HEADING_VERBS): StatedRole | undefined {
  let j = tokenAt(tokens, name.end);
  if (tokens[j]?.text === ',' && (tokens[j + 1]?.norm === 'yang' || tokens[j + 1]?.norm === 'who')) j += 2;
  if (!tokens[j] || tokens[j].start >= nextName || !verbs.has(tokens[j].norm)) return undefined;
  let k = j + 1;
  // "who heads Russia's space agency": the possessive is inside what is headed.
  const inRole = (t: Token) => (t.kind === 'word' && !ROLE_END.has(t.norm)) || t.norm === "'s";
  while (k < tokens.length && k - j < MAX_ROLE_WORDS && inRole(tokens[k])) k++;
  if (k === j + 1) return undefined;
  return { start: tokens[j].start, end: tokens[k - 1].end, text: wordsText(tokens, j, k) };
}

/**
 * Whether a source's role heads the same kind of body a claimed heading names: both head something ("memimpin",
 * "kepala") and share a word of the body ("badan antariksa"), so their countries can be compared.
 */
export function headsSameBody(source: string, claimed: string): boolean {
  const s = signature(source), c = signature(claimed);
  if (!s.titles.has('kepala') || !c.titles.has('kepala')) return false;
  const body = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)
    .filter(w => w && !HEADING.has(w) && !PLACE_NAMES.has(w) && !aliasKey(w) && !isIndonesianStopword(w) && !isEnglishStopword(w));
  const words = new Set(body(source));
  return body(claimed).some(w => words.has(w));
}

/**
 * Whether "dari"/"from" at k leads away from the role rather than naming its country: "menteri luar negeri dari
 * jabatannya sebagai duta besar" (from his post as) ends the role, "Presiden dari Belarusia" does not.
 */
function leavesRole(tokens: readonly Token[], k: number): boolean {
  return (tokens[k].norm === 'dari' || tokens[k].norm === 'from') && !!tokens[k + 1] && !tokens[k + 1].cap;
}

/** Whether a person's name starts at one of tokens [from, to): a phrase is read token by token, not name by name. */
export function personWithin(tokens: readonly Token[], from: number, to: number, startingAt: ReadonlyMap<number, NameMention>): boolean {
  for (let i = from; i < to; i++) if (startingAt.get(tokens[i].start)?.kind === 'person') return true;
  return false;
}

/**
 * Words that say someone heads something, as a title or as the verb a source uses ("Yuriy Borisov, yang memimpin
 * badan antariksa Rusia" is its "kepala"): one title for the role check.
 */
const HEADING = new Set(['kepala', 'memimpin', 'mengepalai', 'head', 'heads', 'headed', 'leads', 'chief']);

/** Words that join a title to what it is of ("president of the association"): no title of their own. */
const JOINERS = new Set(['of', 'the']);

/** Forms of one title, compared as one: "who chairs the committee" holds the title of "the committee's chairman". */
const TITLE_FORMS: ReadonlyMap<string, string> = new Map([['chairs', 'chair'], ['chaired', 'chair'], ['chairman', 'chair'],
  ['chairwoman', 'chair'], ['chairperson', 'chair'], ['mengetuai', 'ketua']]);

/** Bodies named by the office they run ("Kementerian Luar Negeri", "Department of Defense"). */
const MINISTRIES = new Set(['kementerian', 'departemen', 'ministry', 'department']);

interface RoleSignature { titles: Set<string>; places: Set<string> }

/** With `offices`, trades and offices count as titles too ("sheriff", "engineer"): for naming a speaker by role. */
function signature(text: string, offices = false): RoleSignature {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const titles = new Set<string>(), places = new Set<string>();
  // A word that only continues a title ("luar negeri") is one only right after a title or a ministry ("juru bicara
  // Kementerian Pertahanan"): in "profesor kebijakan luar negeri Tiongkok" it names the field the professor teaches.
  let inTitle = false;
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && (PLACE_NAMES.has(two) || aliasKey(two))) { places.add(aliasKey(two) ?? two); i++; inTitle = false; continue; }
    // "menteri pertahanannya" (its defence minister) holds the title "pertahanan".
    const bare = words[i].endsWith('nya') && isTitle(words[i].slice(0, -3)) ? words[i].slice(0, -3) : words[i];
    const w = TITLE_FORMS.get(bare) ?? bare;
    const head = isTitleHead(w) || (offices && OCCUPATIONS.has(w));
    const tail: boolean = inTitle && TITLE_TAILS.has(w);
    if (PLACE_NAMES.has(w) || aliasKey(w)) places.add(aliasKey(w) ?? w);
    else if (HEADING.has(w)) titles.add('kepala');
    else if ((head || tail) && !GENERIC.has(w) && !JOINERS.has(w)) titles.add(w);
    inTitle = HEADING.has(w) || head || tail || MINISTRIES.has(w);
  }
  return { titles, places };
}

const isTitle = (w: string) => TITLE_HEADS.has(w) || TITLE_TAILS.has(w);

const subset = (a: Set<string>, b: Set<string>) => [...a].every(x => b.has(x));

/** True when a source role states what the claimed role says (titles and countries). */
export function roleSupports(source: string, claimed: string): boolean {
  const s = signature(source), c = signature(claimed);
  if (c.titles.size === 0 && c.places.size === 0) return true;
  if (!subset(c.titles, s.titles)) return false;
  // "duta besar China untuk AS" for "duta besar untuk AS": the claim may name more places, not other ones.
  return c.places.size === 0 || s.places.size === 0 || subset(c.places, s.places) || subset(s.places, c.places);
}

/**
 * The roles to check a claimed role against: a title the sources also give with its country elsewhere ("Presiden"
 * beside "Presiden … dari Belarusia") is that fuller role, not a title that fits every country.
 */
export function placedWhereKnown<T extends { text: string }>(roles: readonly T[]): T[] {
  const sigs = roles.map(r => signature(r.text));
  return roles.filter((_, i) => sigs[i].places.size > 0 || sigs[i].titles.size === 0 ||
    !sigs.some(o => o.places.size > 0 && subset(sigs[i].titles, o.titles)));
}

/**
 * True when a source role holds everything a role used in place of a name says: its titles and its countries
 * ("Presiden Iran" holds "pemimpin Iran"; a bare "Presiden" does not, though it does not contradict it).
 */
export function roleHolds(source: string, role: string): boolean {
  const s = signature(source, true), c = signature(role, true);
  return subset(c.titles, s.titles) && subset(c.places, s.places);
}

/** The countries a role or a body names ("pemimpin Iran", "Kementerian luar negeri Taiwan"), by their canonical names. */
export function rolePlaces(text: string): Set<string> {
  return signature(text, true).places;
}

/** A role that can stand for a name: it has a title, an office or a country ("the sheriff", "pemimpin Iran"). */
export function namesSomeone(role: string): boolean {
  const c = signature(role, true);
  return c.titles.size > 0 || c.places.size > 0;
}

/** A claimed role carries something checkable (a specific title or a country). */
export function isCheckableRole(text: string): boolean {
  const c = signature(text);
  return c.titles.size > 0 || c.places.size > 0;
}

/** Whether a role names a title ("menteri luar negeri Rusia"), not only a place. */
export function namesTitle(text: string): boolean {
  return signature(text).titles.size > 0;
}

/** A role with both a title and a place ("menteri pertahanan Rusia"): one that few people hold at a time. */
export function isSpecificRole(role: StatedRole): boolean {
  const c = signature(role.text);
  return c.titles.size > 0 && c.places.size > 0;
}
