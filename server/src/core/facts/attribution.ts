import { Lang, Sentence, Token } from '../types';
import { NameMention } from './names';
import { beforeHolder } from './title-apposition';
import { QuoteSpan } from './quotes';
import { followsQuote } from './quote-runs';
import { afterQuote } from './attribution-after';
import { RoleHolders } from './role-speaker';
import { ACCORDING, Attribution, Flat, OWNED_BY, PRONOUNS, accordingToWork, affiliatedSpeaker, firstIndexAtOrAfter, objectNames, passiveAgent, roleAfterQuote, roleBeforeName } from './attribution-roles';

export type { Attribution } from './attribution-roles';

// Who said a quote. News uses a few patterns: `“…,” kata Xi` (verb after), `Xi mengatakan “…”` (speaker
// before), `menurut Xi`, `“…,” tambahnya` (a pronoun that points back), and English `“…,” Xi said`.
// A pattern that names the speaker is "stated"; a pronoun resolved to the last person is "inferred" — the
// checks only accuse a writer of misattribution on stated speakers.

interface SentenceLike extends Sentence {
  tokens: Token[];
  names: NameMention[];
  /** A Title Case line ("Baca juga: Putin dan Xi Jinping Bertemu, Sinyal Keras …"): no speaker stands there. */
  headline?: boolean;
}

const VERB_BEFORE = new Set(['mengatakan', 'berkata', 'menyatakan', 'menegaskan', 'menambahkan', 'menjelaskan',
  'mengungkapkan', 'menuturkan', 'menyebut', 'menyebutkan', 'memuji', 'menuduh', 'menuding', 'memperingatkan', 'mengklaim',
  'menekankan', 'mengumumkan', 'mengutip', 'berjanji', 'menggambarkan', 'menyebutnya', 'menamai', 'said', 'says',
  'told', 'added', 'warned', 'stated', 'claimed', 'declared', 'insisted', 'accused', 'praised', 'announced', 'wrote',
  'explained', 'called', 'calls', 'described', 'describes', 'termed', 'dubbed', 'branded', 'memperkirakan', 'memprediksi',
  'menyarankan', 'mengusulkan', 'predicted', 'suggested', 'proposed', 'menilai', 'menyampaikan', 'mengingatkan',
  'membantah', 'menerangkan', 'menandaskan', 'mengimbau', 'menyerukan', 'noted', 'argued', 'denied', 'urged',
  'replied']);
/**
 * Verbs a claim's speaker may say something with, beyond those that report a quotation: thanking ("berterima kasih
 * atas …"). Not used to credit quotations: "Putin berterima kasih …, kedua pemimpin menegaskan kemitraan “tanpa
 * batas”" quotes no one.
 */
const SAYS_WITH = new Set([...VERB_BEFORE, 'berterima', 'thanked']);
/** Passive forms of saying and calling: "China disebut Blinken sebagai …", "dikatakan", "described as". */
const SAID_PASSIVE = new Set(['disebut', 'dikatakan', 'digambarkan', 'dinamai', 'dituduh', 'dipuji', 'dinyatakan']);

/** Whether a word is a verb of saying, calling or describing, active or passive: a report, not an act reported. */
export function isSayingVerb(norm: string): boolean {
  return SAYS_WITH.has(norm) || SAID_PASSIVE.has(norm);
}
const SKIPPABLE = new Set(['juga', 'telah', 'sudah', 'sebelumnya', 'kemudian', 'pun', 'pernah', 'lalu', 'bersama-sama', 'also', 'jointly', 'together',
  'had', 'has', 'have', 'then', 'later', 'earlier', 'again', 'kembali', 'secara', 'terbuka', 'publicly', 'recently']);

export function attributeQuotes(quotes: QuoteSpan[], sentences: SentenceLike[], _lang: Lang): Attribution[] {
  const flat: Flat[] = [];
  sentences.forEach((s, si) => s.tokens.forEach((token, index) => flat.push({ token, sentence: si, index })));
  const names = sentences.flatMap(s => s.names);
  // A name is found where it starts and where its title starts: "said Mayor Elena Marsh", "kata Presiden Xi".
  const nameStartingAt = new Map([...names.filter(n => n.role).map(n => [n.role!.start, n] as const), ...names.map(n => [n.start, n] as const)]);
  const nameEndingAt = new Map(names.map(n => [n.end, n]));
  // Names in a headline ("Baca juga: …") and people spoken to or with ("Dengan Raisi dan Sharif, dia mengatakan")
  // are no one a pronoun after them points back to.
  const objects = objectNames(sentences);
  const lastPerson = new LastPerson(names, n => !objects.has(n));
  const holders = new RoleHolders(sentences);
  return quotes.map((q): Attribution => {
    const after = afterQuote(q, flat, nameStartingAt);
    if (after) return after;
    const before = beforeQuote(q, flat, nameStartingAt, nameEndingAt, holders);
    if (before) return before;
    return roleAfterQuote(q, flat, holders, nameStartingAt) ?? { how: 'none' };
  }).map((a, i) => (a.how === 'inferred' && !a.speaker ? lastPerson.before(quotes[i]) : a))
    .reduce<Attribution[]>((out, a, i) => {
      const prev = out[i - 1];
      out.push(a.how !== 'none' ? a : continues(quotes, i, flat) ? prev : prev?.speaker && followsQuote(quotes, i, flat) ? { speaker: prev.speaker, how: 'inferred' } : a);
      return out;
    }, []);
}

/**
 * A quote continued over paragraphs: news leaves the closing mark off a paragraph whose quote goes on and opens
 * the next paragraph with a mark again, naming the speaker once. A quote that opens with its mark right after an
 * unclosed quote, no word between, is the same speaker's.
 */
function continues(quotes: QuoteSpan[], i: number, flat: Flat[]): boolean {
  const prev = quotes[i - 1], q = quotes[i];
  if (!prev || prev.close >= 0 || q.open < 0) return false;
  return firstIndexAtOrAfter(flat, prev.end) === firstIndexAtOrAfter(flat, q.open);
}

function beforeQuote(q: QuoteSpan, flat: Flat[], starting: Map<number, NameMention>, ending: Map<number, NameMention>, holders: RoleHolders): Attribution | undefined {
  const openAt = q.open >= 0 ? q.open : q.start;
  const end = firstIndexAtOrAfter(flat, openAt);
  if (end === 0 || end > flat.length) return undefined;
  const sentence = flat[Math.min(end, flat.length) - 1].sentence;
  // A quote that opens its sentence was not said by the subject of the sentence before ("…, the association said
  // on Monday. “…,” said its president Gloria Haines"), unless that sentence introduces it with a colon.
  if (flat[end] && flat[end].sentence !== sentence && flat[end - 1].token.text !== ':') return undefined;
  for (let v = end - 1; v >= 0 && flat[v].sentence === sentence && end - v < 60; v--) {
    const norm = flat[v].token.norm;
    const agent = passiveAgent(v, flat, starting, holders);
    if (agent) return agent;
    if (ACCORDING.has(norm)) {
      const next = flat[v + 1]?.token.norm === 'to' ? flat[v + 2] : flat[v + 1];
      const name = next && starting.get(next.token.start);
      if (name) return { speaker: name, how: 'stated' };
    }
    const quoted = quotingObject(v, flat, starting) ?? quotedSubject(v, flat, ending);
    if (quoted) return quoted;
    if (!VERB_BEFORE.has(norm) && !objectVoice(v, flat, ending)) continue;
    const subject = subjectOf(v, flat, ending);
    // "pemimpin Iran mengatakan …": a country after a title speaks through the person the document gives that title.
    if (subject?.speaker && (subject.speaker.kind === 'place' || subject.speaker.kind === 'organization')) {
      return roleBeforeName(subject.speaker, flat, holders) ?? subject;
    }
    if (subject) return subject;
  }
  return undefined;
}

/** "yang dia sebut sebagai “…”" (what he called): the bare verb after its agent, a pronoun or a name. */
function objectVoice(v: number, flat: Flat[], ending: Map<number, NameMention>): boolean {
  const before = flat[v - 1];
  return flat[v].token.norm === 'sebut' && !!before && before.sentence === flat[v].sentence &&
    (PRONOUNS.has(before.token.norm) || ending.has(before.token.end));
}

/** Verbs of being quoted: the one quoted speaks, not the outlet that quotes ("dikutip oleh kantor berita …"). */
const QUOTED = new Set(['dikutip', 'quoted']);
const BEING = new Set(['was', 'is', 'been', 'being', 'telah', 'sudah', 'juga', 'pernah', 'sempat']);

/**
 * "Lukashenko, yang dikutip oleh kantor berita negara Belta sebagai …", "Haines, who was quoted by the Gazette
 * as …": the name before the verb of being quoted (over "yang"/"who" and a comma) said it.
 */
function quotedSubject(v: number, flat: Flat[], ending: Map<number, NameMention>): Attribution | undefined {
  if (!QUOTED.has(flat[v].token.norm)) return undefined;
  let s = v - 1;
  while (s >= 0 && BEING.has(flat[s].token.norm)) s--;
  if (s >= 0 && (flat[s].token.norm === 'yang' || flat[s].token.norm === 'who')) s--;
  if (s >= 0 && flat[s].token.text === ',') s--;
  if (s < 0 || flat[s].sentence !== flat[v].sentence) return undefined;
  const name = ending.get(flat[s].token.end);
  return name && (name.kind === 'person' || name.kind === 'other') ? { speaker: name, how: 'stated' } : undefined;
}

/** Verbs of quoting someone: the one quoted, right after the verb, speaks ("Belta mengutip Lukashenko yang …"). */
const QUOTING = new Set(['mengutip', 'quoted', 'quoting', 'citing', 'cited']);

/** "Kantor berita Belta mengutip Lukashenko yang berterima kasih …", "the Gazette quoted Haines as saying": the name after. */
function quotingObject(v: number, flat: Flat[], starting: Map<number, NameMention>): Attribution | undefined {
  const next = flat[v + 1];
  if (!QUOTING.has(flat[v].token.norm) || !next || next.sentence !== flat[v].sentence) return undefined;
  const name = starting.get(next.token.start);
  return name && (name.kind === 'person' || name.kind === 'other') ? { speaker: name, how: 'stated' } : undefined;
}

/** The speaker of the reporting verb at flat[v]: a name or pronoun right before it, "yang" pointing back. */
function subjectOf(v: number, flat: Flat[], ending: Map<number, NameMention>): Attribution | undefined {
  let s = v - 1;
  while (s >= 0 && (SKIPPABLE.has(flat[s].token.norm) || recently(flat, s))) s -= recently(flat, s) ? 2 : 1;
  if (s >= 0 && flat[s].token.norm === 'yang') s--;
  if (s < 0 || flat[s].sentence !== flat[v].sentence) return undefined;
  // "Elena Marsh, who chairs the council, said": step over the clause between commas to the name before it.
  // Over an apposition of several commas, a place or a body before one is part of it ("Ho Tiang Bun, pengajar … di
  // Nanyang Technological University, Singapura, menilai …"): the person before an earlier comma is the subject.
  if (flat[s].token.text === ',') {
    // "Kepala Pelaksana BPBD Batu Lintang, Rusdi Hamzah, mengatakan", "Kuasa hukum Darmawan, Benny Hutapea,
    // menegaskan": a person's name that is the whole apposition is the one who speaks, not the name before it.
    // A rank right before the name opens the apposition with it: "Kapolsek Bagarih Hulu, AKP Fadli Rahmatullah, …".
    const own = s > 0 ? ending.get(flat[s - 1].token.end) : undefined;
    // A degree between the comma and the name is passed over: "…, dr. Veronika Nuban Kelen, menegaskan".
    const afterComma = (at: number) => {
      let i = firstIndexAtOrAfter(flat, at) - 1;
      if (flat[i]?.token.text === '.' && beforeHolder(flat[i - 1]?.token.norm ?? '')) i -= 2;
      else if (beforeHolder(flat[i]?.token.norm ?? '')) i -= 1;
      return flat[i]?.token.text === ',';
    };
    if (own?.kind === 'person' && (afterComma(own.start) || (!!own.role && own.role.end <= own.start && afterComma(own.role.start)))) return { speaker: own, how: 'stated' };
    let first: NameMention | undefined;
    for (let c = s - 1; c > 0 && s - c < APPOSITION_REACH && flat[c].sentence === flat[v].sentence; c--) {
      if (flat[c].token.text !== ',') continue;
      const before = ending.get(flat[c - 1].token.end);
      if (!before) break;
      if (before.kind === 'person' || before.kind === 'other') return { speaker: before, how: 'stated' };
      first ??= before;
    }
    if (first) return { speaker: first, how: 'stated' };
  }
  const t = flat[s].token;
  const name = ending.get(t.end);
  if (name && jointSubject(name, flat, ending)) return { how: 'none' };
  if (name) return { speaker: affiliatedSpeaker(name, flat, ending) ?? name, how: 'stated' };
  if (PRONOUNS.has(t.norm)) {
    // "Pemimpin Ukraina dia … memperingatkan": a pronoun right after its subject restates it.
    const restated = s > 0 && flat[s - 1].sentence === flat[s].sentence ? ending.get(flat[s - 1].token.end) : undefined;
    return restated ? { speaker: restated, how: 'stated' } : { how: 'inferred' };
  }
  return undefined;
}

/** How far back over an apposition between commas the subject may stand. */
const APPOSITION_REACH = 30;

/** "baru-baru ini" (recently) ending at flat[s]: an adverb between a subject and its verb. */
function recently(flat: Flat[], s: number): boolean {
  return s > 0 && flat[s].token.norm === 'ini' && flat[s - 1].token.norm === 'baru-baru';
}

/** "Beijing dan Moskow mengatakan …": two speakers at once, so neither said it alone. */
function jointSubject(name: NameMention, flat: Flat[], ending: Map<number, NameMention>): boolean {
  const at = firstIndexAtOrAfter(flat, name.role && name.role.start < name.start ? name.role.start : name.start);
  const and = flat[at - 1];
  return !!and && (and.token.norm === 'dan' || and.token.norm === 'and') && at >= 2 && ending.has(flat[at - 2].token.end);
}

/**
 * A pronoun speaker is the last person (or unknown-kind name) ahead of the first name that reaches past the quote's
 * start, read from running tables by binary search: a draft with many quotes walks its names once.
 */
class LastPerson {
  /** reach[i]: the furthest end of names[0..i]; the first name ending past an offset is where reach first does. */
  private readonly reach: number[] = [];
  /** person[i]: index of the last person or unknown-kind name among names[0..i], or -1. */
  private readonly person: number[] = [];

  constructor(private readonly names: NameMention[], candidate: (n: NameMention) => boolean) {
    let reach = -Infinity, person = -1, typed = -1;
    names.forEach((n, i) => {
      reach = Math.max(reach, n.end);
      // A name of no known kind after a person may be a person's ("Sulastri"), but not an acronym ("BMKG", "DPT").
      if ((n.kind === 'person' || (n.kind === 'other' && (typed < 0 || n.text !== n.text.toUpperCase()))) && candidate(n)) person = i;
      if (n.kind === 'person' && candidate(n)) typed = i;
      this.reach.push(reach);
      this.person.push(person);
    });
  }

  before(q: QuoteSpan): Attribution {
    let lo = 0, hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.reach[mid] <= q.start) lo = mid + 1; else hi = mid;
    }
    const best = lo > 0 ? this.person[lo - 1] : -1;
    return best >= 0 ? { speaker: this.names[best], how: 'inferred' } : { how: 'none' };
  }
}

/** Words that report what someone said with the speaker after them: "kata Xi", "said Blinken". */
const SAID_BEFORE = new Set(['kata', 'ujar', 'ucap', 'tutur', 'said', 'says']);
const RELATIVE = new Set(['yang', 'who']);
/** At most this many tokens in a role between commas after a name ("Ho Tiang Bun, seorang profesor …, kata"). */
const APPOSITIVE_TOKENS = 10;

/** Whether the name at char offset `from` follows a verb of saying, its statement before it: "…, kata Xi". */
export function saysBefore(tokens: readonly Token[], from: number): boolean {
  const first = tokens.findIndex(t => t.start >= from);
  return first > 0 && SAID_BEFORE.has(tokens[first - 1].norm);
}

/**
 * Whether a name stands as the one who says what the sentence reports, quoted or not: "Menurut Xi, …", "kata Xi",
 * "Putin sebelumnya mengatakan bahwa …", "Blinken said …". The tokens are the sentence's; from/to the name's span.
 */
export function speaksIn(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens.findIndex(t => t.start >= from);
  if (first < 0) return false;
  const before = tokens[first - 1]?.norm ?? '';
  if (ACCORDING.has(before) || SAID_BEFORE.has(before)) return true;
  // "… gudang milik Haryono menyebut …": the owner a name stands as is no subject of the verb after it.
  if (OWNED_BY.has(before)) return false;
  if (before === 'to' && tokens[first - 2]?.norm === 'according') return true;
  if (accordingToWork(tokens, first)) return true;
  let i = tokens.findIndex(t => t.start >= to);
  // "The harbour master, Owen Pryce, said …": the name is itself set off by commas after its role.
  if (tokens[i]?.text === ',' && before === ',' && SAYS_WITH.has(tokens[i + 1]?.norm ?? '')) i++;
  // "Daniel Hargreave, the chief executive of Elswick Terminals, said …": a role set off by commas stands between.
  else if (tokens[i]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > i && k <= i + APPOSITIVE_TOKENS && t.text === ',');
    if (close > 0 && tokens.slice(i + 1, close).every(t => t.kind === 'word')) i = close + 1;
  }
  // "… mengutip Lukashenko yang berterima kasih …", "quoted Xi who said …": the one the relative clause has speak.
  while (i >= 0 && i < tokens.length && (SKIPPABLE.has(tokens[i].norm) || RELATIVE.has(tokens[i].norm))) i++;
  return i >= 0 && i < tokens.length && SAYS_WITH.has(tokens[i].norm);
}
