// Context rules that decide whether a number-looking token is a quantity at all: codes and times are not, and
// Indonesian "kedua"/"ketiga" is an ordinal only in some positions. Kept apart from the reading of values so the
// rules can be read (and argued with) in one place.

import { type MentionToken, isDash, startsSentence, touches } from './mention-tokens';
import { CURRENCY_WORD_BEFORE } from './quantity-units';

// Words that close the noun phrase an ordinal sits at the end of: "pertemuan keempat antara …",
// "yang kedua kali", "untuk ketiga kalinya", "periode kedua ini".
const PHRASE_CLOSERS = new Set([
  'kali', 'kalinya', 'berturut', 'antara', 'sejak', 'dari', 'di', 'ke', 'pada', 'dalam', 'untuk', 'dengan',
  'oleh', 'bagi', 'setelah', 'sesudah', 'sebelum', 'selama', 'ini', 'itu', 'tersebut', 'yang', 'dan', 'atau',
  'tetapi', 'tapi', 'namun', 'adalah', 'ialah', 'merupakan', 'akan', 'telah', 'sudah', 'sedang', 'masih',
  'juga', 'pun', 'kini', 'saat', 'ketika', 'mereka', 'kami', 'kita', 'ia', 'dia', 'saya', 'tidak', 'belum',
  'hanya', 'bahwa', 'sebagai', 'terhadap', 'tentang', 'atas', 'menurut', 'kemudian', 'lalu', 'sekitar',
  'secara', 'sehingga', 'karena', 'jika', 'bila', 'sementara', 'hingga', 'sampai', 'berikutnya', 'terakhir',
]);

// Nouns that name a place in a sequence; the number after them is a rank even when a noun follows
// ("hari ketiga perundingan", "periode kedua pemerintahan"). "pertemuan", "kunjungan" and "posisi" are
// deliberately absent: "pertemuan kedua negara", "posisi kedua belah pihak" are about both countries, both sides.
const SEQUENCE_NOUNS = new Set([
  'periode', 'putaran', 'tahap', 'babak', 'gelombang', 'edisi', 'jilid', 'seri', 'kuartal', 'triwulan',
  'semester', 'abad', 'generasi', 'ronde', 'sesi', 'fase', 'termin', 'episode', 'hari', 'bulan', 'tahun',
  'pekan', 'kali', 'anak', 'putra', 'putri', 'lantai', 'urutan', 'peringkat', 'angkatan', 'laga',
  'paket', 'masa', 'jabatan', 'bab', 'pasal', 'ayat',
]);

/** True when token k starts a lower-case content word, i.e. the number before it modifies a noun. */
function contentWordAt(tokens: MentionToken[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && !t.cap && !PHRASE_CLOSERS.has(t.lower);
}

/**
 * Indonesian ordinal-or-"both" rule for "kedua", "ketiga", "keempat" … and for "ke 11" written with a space.
 * Before a noun these mean "both / all three" ("kedua pemimpin", "kedua belah pihak", "kepentingan kedua
 * negara") and are not numbers of the story. They are ordinals when
 *  (a) the word before is "yang" or a sequence noun ("yang kedua kali", "hari ketiga perundingan"), or
 *  (b) what follows is not a lower-case content word: punctuation, the end, "kali"/"kalinya", a closing function
 *      word ("keempat antara Xi dan Putin") or a capitalised name ("kunjungan kedua Putin"), or
 *  (c) the word itself is capitalised inside a sentence, as part of a name ("Perang Dunia Kedua berakhir").
 * A preceding noun alone is not enough: "kepentingan kedua negara" is "the interests of both countries".
 */
export function isIndonesianOrdinalPosition(
  text: string, tokens: MentionToken[], first: number, last: number,
): boolean {
  if (tokens[last + 1]?.lower === 'belah') return false; // "kedua belah pihak" is always "both sides"
  if (tokens[first].cap && !startsSentence(text, tokens, first)) return true;
  const prev = tokens[first - 1];
  if (prev !== undefined && prev.kind === 'word' && (prev.lower === 'yang' || SEQUENCE_NOUNS.has(prev.lower))) {
    return true;
  }
  return !contentWordAt(tokens, last + 1);
}

/** Idioms where a number word is not a number: "salah satu", "satu sama lain", "no one", "one another". */
export function isIdiomNotNumber(tokens: MentionToken[], first: number, last: number, lang: 'id' | 'en'): boolean {
  if (first !== last) return false;
  const w = tokens[first].lower;
  const prev = tokens[first - 1]?.lower ?? '';
  const next = tokens[last + 1]?.lower ?? '';
  const next2 = tokens[last + 2]?.lower ?? '';
  if (lang === 'id') {
    if (w !== 'satu') return false;
    const prev2 = tokens[first - 2]?.lower ?? '';
    return prev === 'salah' || (next === 'sama' && next2 === 'lain') || (next === 'per' && next2 === 'satu') ||
      (prev === 'per' && prev2 === 'satu');
    return false;
  }
  if (w === 'one') {
    return ['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'anyone'].includes(prev) ||
      next === 'another' || next === 'of';
  }
  if (w === 'second') return prev === 'per' || prev === 'split' || tokens[first - 1]?.kind === 'digits';
  // "as first reported", "four more than first thought": "first" says when, before a participle, and ranks nothing.
  if (w === 'first') return /^\p{L}{3,}ed$/u.test(next) || FIRST_PARTICIPLES.has(next);
  return false;
}

/** Participles without "-ed" that "first" may stand before as an adverb: "first seen", "first told". */
const FIRST_PARTICIPLES = new Set(['seen', 'known', 'told', 'thought', 'said', 'heard', 'found', 'made', 'shown', 'written', 'built', 'held']);

/** Words after a clock hour in words: "two o'clock", "ten to six in the morning". */
const CLOCK_AFTER = new Set(["o'clock", 'o\u2019clock']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * An hour of the clock written in words, no count of anything: "a quarter past two", "half past seven", "two
 * o'clock", "ten to six in the morning"; Indonesian "pukul dua", "jam tiga", "pukul setengah tiga" (half past two).
 * Only where the words leave no other reading: "from ten to six buses" is a count, "tiga jam" a span of hours.
 */
export function isClockInWords(tokens: MentionToken[], first: number, last: number, lang: 'id' | 'en'): boolean {
  const at = (k: number) => tokens[k]?.lower ?? '';
  if (lang === 'id') return at(first - 1) === 'pukul' || at(first - 1) === 'jam' || (at(first - 1) === 'setengah' && /^(?:pukul|jam)$/.test(at(first - 2)));
  if (CLOCK_AFTER.has(at(last + 1))) return true;
  // The minutes of "ten to six in the morning".
  if ((at(last + 1) === 'past' || at(last + 1) === 'to') && isClockInWords(tokens, last + 2, last + 2, lang)) return true;
  if (at(first - 1) !== 'past' && at(first - 1) !== 'to') return false;
  return at(first - 2) === 'quarter' || at(first - 2) === 'half' || (at(last + 1) === 'in' && at(last + 2) === 'the' && DAY_PARTS.has(at(last + 3)));
}

/** "Lima" mid-sentence is the capital of Peru, not five. */
export function isPlaceName(text: string, tokens: MentionToken[], first: number, last: number): boolean {
  const t = tokens[first];
  return first === last && t.lower === 'lima' && t.cap && !startsSentence(text, tokens, first);
}

/**
 * A glued hyphen makes an Indonesian number word part of a compound idiom ("satu-satunya", "kedua-duanya").
 * In English a hyphen after the number still counts ("a three-day visit"); one before it does not.
 */
export function isInHyphenCompound(tokens: MentionToken[], first: number, last: number, lang: 'id' | 'en'): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (isDash(before) && touches(before, tokens[first])) return true;
  return lang === 'id' && isDash(after) && touches(tokens[last], after);
}

// Written in capitals after a clock time ("10.30 WIB"); lower-case "et" or "pt" would be ordinary words.
const TIME_ZONES = new Set(['WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'EST', 'EDT', 'ET', 'PT', 'BST', 'CET']);
const MERIDIEM = new Set(['am', 'pm']);

/**
 * Digits that belong to a code, a clock time, a fraction or a list marker rather than a quantity: "G20",
 * "COVID-19", "F-16", "4G", "03:07", "pukul 10.30", "24/7", "1990-an", "1." at the start of a line, "08".
 * Currency words glued before ("Rp5.000") and the ordinal "ke-" are not codes.
 */
export function isCodeOrTime(text: string, tokens: MentionToken[], i: number, lang: 'id' | 'en'): boolean {
  const d = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const gluedPrev = touches(prev, d) ? prev : undefined;
  const gluedNext = touches(d, next) ? next : undefined;

  if (gluedPrev?.kind === 'punct' && /[/:]/.test(gluedPrev.text)) return true;
  if (gluedNext?.kind === 'punct' && /[/:]/.test(gluedNext.text) && tokens[i + 2]?.kind === 'digits') return true;
  if (gluedPrev?.kind === 'word' && CURRENCY_WORD_BEFORE.get(gluedPrev.text) === undefined) return true;
  if (gluedPrev !== undefined && isDash(gluedPrev)) {
    const owner = tokens[i - 2];
    if (owner?.kind === 'word' && touches(owner, gluedPrev) && owner.lower !== 'ke') return true;
  }
  const afterDash = tokens[i + 2];
  if (gluedNext !== undefined && isDash(gluedNext) && afterDash?.lower === 'an' && touches(gluedNext, afterDash)) {
    return true;
  }
  if (prev?.lower === 'pukul' || (lang === 'id' && prev?.lower === 'jam' && !touches(prev, d))) return true;
  // A leading zero numbers a thing, it counts nothing: the ship "KM Citra Bahari 08", "kamar 012".
  if (/^0\d+$/.test(d.text)) return true;
  if (next !== undefined && (TIME_ZONES.has(next.text) || MERIDIEM.has(next.lower))) return true;
  if (next !== undefined && (next.lower === 'a' || next.lower === 'p') && touches(next, tokens[i + 2]) &&
      tokens[i + 2]?.text === '.') {
    return true; // "10 a.m."
  }
  // A list marker: first thing on its line, followed by a glued "." or ")" and a space.
  const lineStart = prev === undefined || /\n/.test(text.slice(prev.end, d.start));
  return lineStart && gluedNext?.kind === 'punct' && /[.)]/.test(gluedNext.text) &&
    /\s/.test(text.charAt(gluedNext.end));
}
