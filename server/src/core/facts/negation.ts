import { Token } from '../types';
import { SentenceFacts, Word } from './analyze';
import { isEnglishStopword } from '../text/stopwords';
import { isQuoteMark } from '../text/normalize';
import { monthOf, weekdayOf } from './calendar-words';
import { SPAN_UNITS } from '../lexicon/time-units';
import { DENYING } from '../lexicon/verb-classes';
import { AUXILIARIES, NOUN_PHRASE_REACH, PHRASE_BREAK, deniesReasonOnly, endedAt, isNegator, lackedAt, noneWhoAt, nothingAfter, ruledOutAt } from './negation-phrases';
import { abandonedAt } from './abandoned-plan';

export { isNegator };

// Which words of a sentence stand under a negation. Shared by the verifier's features and the contradiction
// check, so that what the model learned and what the check reports agree on what "negated" means.

/**
 * Verbs that deny the act after them ("gagal menyerukan", "menolak untuk mengutuk", "refused to condemn"; "berhenti
 * memperluas", no longer expanding), and "unable to", which says what "could not" says. Not English "stopped":
 * "stopped to talk" is no denial of talking.
 */
const IMPLICATIVE = new Set(['gagal', 'menolak', 'enggan', 'berhenti', 'failed', 'fails', 'fail', 'refused', 'refuses', 'refuse',
  'declined', 'declines', 'unable']);

/** English verbs of stopping, which deny the gerund after them ("stopped cracking"). */
const STOPPING = new Set(['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'quit', 'quits']);

/** Words that may stand between a negation and what it negates ("tidak pernah mengutuk", "not yet received"). */
const BRIDGE = new Set(['pernah', 'akan', 'saling', 'bisa', 'dapat', 'mau', 'ingin', 'lagi', 'juga', 'sama', 'sekali',
  'yet', 'ever', 'be', 'been', 'have', 'has', 'had', 'to', 'will', 'would', 'untuk', 'mungkin',
  // Willingness denied is the act denied: "belum bersedia memberikan keterangan", "was not willing to comment".
  'bersedia', 'sudi', 'willing',
  // "belum sampai menolak pasien": not yet to the point of turning patients away.
  'sampai',
  // "Tidak ada laporan kasus kolera": there is no report, as English "no reports" says; "tidak satupun negara".
  'ada', 'satupun', 'seorangpun',
  // The agent of an Indonesian object-focus verb: "tidak saya lakukan", "belum kami terima".
  'saya', 'aku', 'kami', 'kita', 'kamu', 'anda', 'mereka', 'dia', 'ia']);

/**
 * Indonesian verb morphology: "menyerukan", "berupaya", "ditolak", "terjadi"; and the verbs whose "ber-" loses its
 * r before the root ("bekerja", "beternak") or takes an l ("belajar"), which the prefix alone misses.
 */
export const looksLikeVerb = (norm: string): boolean => /^(?:me|ber|di|ter)\p{L}{3,}|^(?:bekerja|beternak|belajar)/u.test(norm);

/**
 * A negation word at token i that denies something: not the "tak" of "tak lama setelah" (soonAfter), nor the "not" of
 * "not leaving because we want to, but because we have to", which denies a reason (deniesReasonOnly).
 */
function deniesAt(tokens: Token[], i: number): boolean {
  return isNegator(tokens[i].norm) && !soonAfter(tokens, i) && !deniesReasonOnly(tokens, i) && !doubleNegation(tokens, i) && !notToMention(tokens, i);
}

/**
 * Whether the negation at token i is one of two side by side, which undo each other: "bukan tanpa alasan" (not
 * without a reason) gives a reason, "bukan tidak mungkin" says it may be, "not without" has it.
 */
function doubleNegation(tokens: readonly Token[], i: number): boolean {
  return isNegator(tokens[i + 1]?.norm ?? '') || isNegator(tokens[i - 1]?.norm ?? '');
}

/** Whether the "belum" at token i opens "belum lagi" (not to mention) at the head of its clause: it adds, and denies nothing. */
function notToMention(tokens: readonly Token[], i: number): boolean {
  return tokens[i].norm === 'belum' && tokens[i + 1]?.norm === 'lagi' && (i === 0 || tokens[i - 1].kind === 'punct');
}

/** Words after "tak lama" / "not long" that make it "soon": "tak lama setelah", "tidak lama kemudian", "not long after". */
const SOON_AFTER = new Set(['kemudian', 'setelah', 'sesudah', 'usai', 'sebelum', 'berselang', 'after', 'before']);

/**
 * Whether the negation at token i is the one of "tak lama setelah" (shortly after), "tidak lama kemudian" (soon
 * after), "not long after": it says when, and denies nothing.
 */
export function soonAfter(tokens: readonly Token[], i: number): boolean {
  const long = tokens[i + 1]?.norm;
  return (long === 'lama' || long === 'long') && SOON_AFTER.has(tokens[i + 2]?.norm ?? '') && isNegator(tokens[i].norm);
}

/**
 * An implicative verb at token i that denies what follows: "menolak mengutuk" and "menolak untuk mengutuk" do,
 * "menolak tuduhan" (rejecting a thing) does not.
 */
export function deniesNext(tokens: Token[], i: number): boolean {
  // "had stopped cracking", "ceased trading": English "stop" denies the act only in the gerund after it ("stopped to
  // talk" is no denial of talking).
  if (STOPPING.has(tokens[i].norm)) return /^\p{L}{2,}ing$/u.test(tokens[i + 1]?.norm ?? '');
  if (!IMPLICATIVE.has(tokens[i].norm)) return false;
  // A quotation may open on the act: "berhenti “membantu upaya perang Rusia”".
  let j = i + 1;
  while (j < tokens.length && isQuoteMark(tokens[j].text)) j++;
  const next = tokens[j]?.norm ?? '';
  return next === 'untuk' || next === 'to' || looksLikeVerb(next);
}

/**
 * Whether the word at token i is a verb of refusing or failing that denies the act after it ("refused to comment",
 * "gagal menyerukan"): it says what "not" says. Not a verb of stopping, which also says the act went on before.
 */
export function refusesNext(tokens: Token[], i: number): boolean {
  return IMPLICATIVE.has(tokens[i].norm) && deniesNext(tokens, i);
}

/**
 * True when a negation, or a denying verb, governs the word (within a few bridging words before it), and the
 * clause does not go on to say until when: "tidak mencapai Ukraina sampai awal Juli" (not until July) says the act
 * comes later, not that it never does.
 */
export function isNegated(tokens: Token[], w: Word): boolean {
  return w.negatedPrefix || nothingAfter(tokens, w.token) || ruledOutAt(tokens, w.token) >= 0 || lackedAt(tokens, w.token) >= 0 || abandonedAt(tokens, w.token) >= 0 ||
    noneWhoAt(tokens, w.token) >= 0 || endedAt(tokens, w.token) >= 0 ||
    (negatorOf(tokens, w.token) >= 0 && untilTime(tokens, w.token) < 0);
}

/** Words that say until when: "sampai", "hingga", "until". */
const UNTIL = new Set(['sampai', 'hingga', 'until', 'till']);
/** Words before a time that leave it a time: "sampai awal Juli", "until later this year", "until the spring". */
const TIME_LEAD = new Set(['awal', 'akhir', 'pertengahan', 'early', 'late', 'mid', 'the', 'later', 'next', 'this']);
/** Times that are no month, weekday or year. */
const TIME_WORDS = new Set(['tahun', 'bulan', 'pekan', 'minggu', 'besok', 'lusa', 'musim', 'year', 'month', 'week',
  'tomorrow', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Counts of a span after "until": "until six weeks had passed", "sampai dua pekan". */
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'a',
  'several', 'few', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'beberapa']);
/** How far after the negated word "until" may stand, and what may not stand between (a new clause). */
const UNTIL_REACH = 6;
const CLAUSE_BREAK = new Set([',', ';', ':', 'dan', 'tetapi', 'namun', 'karena', 'and', 'but', 'because']);

/** The token of the time when "until" and a time follow the word at token i within its clause, else -1. */
function untilTime(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + UNTIL_REACH; j++) {
    const norm = tokens[j].norm;
    if (CLAUSE_BREAK.has(norm)) return -1;
    if (!UNTIL.has(norm)) continue;
    let k = j + 1;
    while (k < tokens.length && k <= j + 2 && TIME_LEAD.has(tokens[k].norm)) k++;
    const t = tokens[k];
    const time = !!t && (TIME_WORDS.has(t.norm) || !!monthOf(t.text, t.cap) || weekdayOf(t.text, t.cap) !== undefined || /^(?:19|20)\d\d$/.test(t.text));
    return time ? k : -1;
  }
  return -1;
}

/**
 * Whether a negated word's clause goes on to "until" a counted span: "could not be declared over until six weeks had
 * passed" says when it may be, as "only after 42 days" does, not that it never will. (Not read by isNegated, which
 * the verifier's features share: the check of opposites asks it on its own.)
 */
export function untilSpan(tokens: Token[], w: Word): boolean {
  if (negatorOf(tokens, w.token) < 0) return false;
  for (let j = w.token + 1; j < tokens.length && j <= w.token + UNTIL_REACH; j++) {
    if (CLAUSE_BREAK.has(tokens[j].norm)) return false;
    if (!UNTIL.has(tokens[j].norm)) continue;
    const count = tokens[j + 1], unit = tokens[j + 2];
    return !!count && !!unit && (/^\d+$/.test(count.text) || COUNTS.has(count.norm)) && SPAN_UNITS.has(unit.norm);
  }
  return false;
}

/** Whether the word of a sentence at a token (a relation's verb) stands under a negation. */
export function isNegatedAt(s: SentenceFacts, token: number): boolean {
  const w = s.words.find(x => x.token === token);
  return !!w && isNegated(s.tokens, w);
}

/**
 * States that "jauh dari" (far from) denies: "masih jauh dari cukup" is not enough, "far from over" not over. Not a
 * place or a thing, whose distance it gives ("jauh dari kota").
 */
const FAR_FROM_STATES = new Set(['cukup', 'memadai', 'sempurna', 'ideal', 'selesai', 'tuntas', 'layak', 'aman', 'optimal', 'maksimal',
  'memuaskan', 'harapan', 'enough', 'sufficient', 'adequate', 'over', 'perfect', 'finished', 'certain', 'clear', 'complete']);

/** Index of "jauh" ("far") of "jauh dari" before a state it denies at token `at`, or -1. */
function farFrom(tokens: readonly Token[], at: number): number {
  const far = tokens[at - 2]?.norm, from = tokens[at - 1]?.norm;
  return FAR_FROM_STATES.has(tokens[at]?.norm ?? '') && ((far === 'jauh' && from === 'dari') || (far === 'far' && from === 'from')) ? at - 2 : -1;
}

/** How far back in its clause a denial reaches a thing said to be none at all ("tidak ditanggapi dengan tindakan apa pun"). */
const ANY_REACH = 5;

/**
 * Whether a word is a thing its clause's denial says there is none of: "tidak ditanggapi dengan tindakan apa pun" (no
 * action at all), "did not take any action", "menyangkal bahwa sekolahnya menarik biaya apa pun". Such a thing is no
 * thing the sentence says there is; it is not read as negated either, since "tidak memberikan rincian apa pun" says
 * nothing against a claim that someone asked for details.
 */
export function saidNone(tokens: Token[], w: Word): boolean {
  const at = w.token, next = tokens[at + 1]?.norm;
  const any = next === 'apapun' || (next === 'apa' && tokens[at + 2]?.norm === 'pun');
  const from = any ? at - 1 : tokens[at - 1]?.norm === 'any' ? at - 2 : -1;
  // A word the denial governs itself is denied, its "apa pun" the object: "tidak mengatakan apa pun".
  if (from < 0 || negatorOf(tokens, at) >= 0) return false;
  for (let i = from; i >= 0 && i > from - ANY_REACH; i--) {
    if (CLAUSE_BREAK.has(tokens[i].norm)) return false;
    if (deniesAt(tokens, i) || DENYING.has(tokens[i].norm)) return true;
  }
  return false;
}

/** Index of the negation or denying verb that governs the word at token `at`, or -1. */
export function negatorOf(tokens: Token[], at: number): number {
  const far = farFrom(tokens, at);
  if (far >= 0) return far;
  for (let i = at - 1, hops = 0; i >= 0 && hops < 3; i--, hops++) {
    // Quotation marks between ("tidak “mengutuk”") are no word: passed over without a hop.
    if (isQuoteMark(tokens[i].text)) { hops--; continue; }
    if (deniesAt(tokens, i) || deniesNext(tokens, i)) return i;
    if (!BRIDGE.has(tokens[i].norm)) return nounPhraseNegator(tokens, at);
  }
  return -1;
}

/**
 * "No" as a determiner negates the whole noun phrase it opens, its noun a few words on: "no confirmed cases of
 * illness" says there was no illness, as "no illness" does; and a verb whose subject it opens, past the auxiliaries
 * ("no illness had been confirmed"). Only over words of the phrase, with no verb of being or having, clause word or
 * joining word between ("no one had seen the report" does not deny the report).
 */
function nounPhraseNegator(tokens: Token[], at: number): number {
  if (tokens[at]?.cap) return -1;
  let from = at;
  while (from > 0 && (AUXILIARIES.has(tokens[from - 1].norm) || tokens[from - 1].norm === 'been' || tokens[from - 1].norm === 'be')) from--;
  for (let i = from - 1; i >= 0 && i >= from - NOUN_PHRASE_REACH; i--) {
    const t = tokens[i];
    // Not "No." or "No 12", Indonesian for "number" (nomor), nor the particle of a Japanese title ("Kekkon no Jōken"):
    // the phrase after it is of lower-case words.
    if (t.norm === 'no') return tokens[i + 1]?.kind === 'word' ? i : -1;
    // Of the function words only "of" stays inside the phrase: "no emotion as the verdict was read" ends at "as".
    if (t.kind !== 'word' || t.cap || PHRASE_BREAK.has(t.norm) || (t.norm !== 'of' && isEnglishStopword(t.norm))) return -1;
  }
  return -1;
}

/**
 * Where the word stands with its negation, for a message that shows it: from the negation to the word ("tidak
 * pernah mengutuk"), or the word alone when nothing before it negates it.
 */
export function negatedSpan(tokens: Token[], w: Word): { start: number; end: number } {
  const ruled = ruledOutAt(tokens, w.token), lacked = ruled >= 0 ? -1 : lackedAt(tokens, w.token), none = noneWhoAt(tokens, w.token);
  if (ruled >= 0 || lacked >= 0 || none >= 0) return { start: tokens[Math.max(ruled, lacked, none)].start, end: w.end };
  const ended = endedAt(tokens, w.token);
  if (ended >= 0) return ended < w.token ? { start: tokens[ended].start, end: w.end } : { start: tokens[w.token - 1].start, end: tokens[ended].end };
  // "move its Dunmere route to Porthaven would not go ahead": the act through to what the sentence says of its plan.
  const called = abandonedAt(tokens, w.token);
  if (called >= 0) return { start: w.start, end: tokens[called].end };
  const i = negatorOf(tokens, w.token);
  // "did not mean", not "not mean": the auxiliary that carries an English negation goes with it.
  const from = i > 0 && AUXILIARIES.has(tokens[i - 1].norm) ? i - 1 : i;
  // "tidak mencapai Ukraina sampai awal Juli" is shown whole: its "tidak" alone would read as a plain denial.
  const until = i >= 0 ? untilTime(tokens, w.token) : -1;
  return { start: from >= 0 ? tokens[from].start : w.start, end: until >= 0 ? tokens[until].end : w.end };
}

/**
 * Whether the word at token i is the subject of a denied predicate right after it: "council tax would not go up",
 * "pajak tidak akan naik". The word itself is not negated, yet its clause says the same as one that denies it
 * ("ruled out raising council tax"): no reversal of it.
 */
export function subjectOfDenial(tokens: Token[], w: Word): boolean {
  for (let j = w.token + 1; j < tokens.length && j <= w.token + 3; j++) {
    if (deniesAt(tokens, j)) return true;
    if (!AUXILIARIES.has(tokens[j].norm) && !BRIDGE.has(tokens[j].norm)) return false;
  }
  return false;
}

/** Whether the token at i is a negation or a denying verb. */
export function negationAt(tokens: Token[], i: number): boolean {
  return deniesAt(tokens, i) || deniesNext(tokens, i);
}

/** How many negations and denying verbs a sentence has. */
export function countNegations(tokens: Token[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) if (negationAt(tokens, i)) n++;
  return n;
}

/** Whether a denying verb ("gagal menyerukan") stands in the sentence: it says what "tidak" says. */
export function hasDenyingVerb(tokens: Token[]): boolean {
  return tokens.some((_, i) => deniesNext(tokens, i));
}

/** Verbs that only hold the act their object names: "melakukan pengerukan" is dredging. */
const LIGHT_VERBS = new Set(['melakukan', 'mengadakan', 'menggelar', 'menyelenggarakan']);

/**
 * Whether the word is the act a denied light verb right before it holds: "tidak akan melakukan pengerukan" is no
 * dredging. Read of a claim only (checks/polarity-flip.ts): a passage's "tidak melakukan rehidrasi" in a clause of
 * when ("Saat kita tidak melakukan rehidrasi, …") denies nothing a claim that "Tubuh kita butuh rehidrasi" says.
 */
export function deniedByLightVerb(tokens: Token[], w: Word): boolean {
  const verb = w.token - 1;
  return verb > 0 && LIGHT_VERBS.has(tokens[verb].norm) && !tokens[w.token].cap && negatorOf(tokens, verb) >= 0;
}
