import { Token } from '../types';
import { SentenceFacts, Word } from '../facts/analyze';
import { isNegated, negatorOf } from '../facts/negation';

// A denied linking verb ("bukan merupakan", "tidak akan menjadi") denies its complement: the noun right after it,
// which the contradiction check reads as denied (contradiction-check.ts), for the polarity test alone: "Kosovo bukan
// anggota PBB" is no contradiction of "Kosovo belum menjadi anggota …, … negara anggota". (isNegated, which the
// verifier's features share, leaves it out: read there, the retrained verifier moved and lost own-set catches.)
// The words that go on to describe the noun ("angkutan asli Indonesia", "pengalaman yang biasa-biasa saja") may be
// what the denial falls on: their polarity is not read. Where one is a word the other sentence denies too, the
// denial lands on it and the head is not reversed: "Becak bukan merupakan angkutan asli Indonesia" against "becak
// yang merupakan angkutan … itu bukanlah asli Indonesia".

const LINKING: ReadonlySet<string> = new Set(['merupakan', 'adalah', 'ialah', 'menjadi']);
/** How many tokens after its head a complement's describing words may stand. */
const PHRASE_REACH = 4;
/** The one function word a complement goes on through: "pengalaman yang biasa-biasa saja". */
const RELATIVES = new Set(['yang']);

/** Whether the word heads the complement right after a negated linking verb ("Kosovo bukan anggota PBB"). */
export function headsDeniedComplement(tokens: Token[], w: Word): boolean {
  const before = tokens[w.token - 1];
  return !!before && LINKING.has(before.norm) && negatorOf(tokens, w.token - 1) >= 0;
}

/** The words after a complement's head that describe it: up to punctuation or a function word other than "yang". */
function describing(s: SentenceFacts, head: Word): Word[] {
  const out: Word[] = [];
  for (let t = head.token + 1; t < s.tokens.length && t <= head.token + PHRASE_REACH; t++) {
    const token = s.tokens[t];
    if (token.kind !== 'word') break;
    const w = s.words.find(x => x.token === t);
    if (!w || (w.stop && !RELATIVES.has(w.norm))) break;
    if (!w.stop) out.push(w);
  }
  return out;
}

/** The head of the denied complement a describing word stands in, or undefined. */
function headBefore(s: SentenceFacts, w: Word): Word | undefined {
  return s.words.find(h => h.token < w.token && h.token >= w.token - PHRASE_REACH && headsDeniedComplement(s.tokens, h) && describing(s, h).includes(w));
}

/**
 * Whether the word describes the head of a denied complement ("biasa-biasa" in "tidak akan menjadi pengalaman yang
 * biasa-biasa saja"): the denial may fall on the head or on it, so its polarity is left unread.
 */
export function describesDeniedComplement(s: SentenceFacts, w: Word): boolean {
  return !isNegated(s.tokens, w) && headBefore(s, w) !== undefined;
}

/** Where the denial of the complement the word heads starts ("bukan" of "bukan merupakan angkutan"), or undefined. */
export function complementDenialStart(s: SentenceFacts, w: Word): number | undefined {
  const i = headsDeniedComplement(s.tokens, w) ? negatorOf(s.tokens, w.token - 1) : -1;
  return i >= 0 ? s.tokens[i].start : undefined;
}

const deniedIn = (s: SentenceFacts, w: Word) => isNegated(s.tokens, w) || headsDeniedComplement(s.tokens, w);

/** Whether the word heads a complement denied only as a whole, one of whose describing words the other sentence denies too. */
function landsLater(s: SentenceFacts, w: Word, other: SentenceFacts): boolean {
  if (isNegated(s.tokens, w) || !headsDeniedComplement(s.tokens, w)) return false;
  return describing(s, w).some(x => other.words.some(y => y.stem === x.stem && deniedIn(other, y)));
}

/**
 * Whether the denial of a claim word or of its passage's word lands on a later word both deny, not on the word; or
 * either word only describes a denied complement's head.
 */
export function denialLandsElsewhere(claim: SentenceFacts, c: Word, source: SentenceFacts, s: Word): boolean {
  return landsLater(claim, c, source) || landsLater(source, s, claim) || describesDeniedComplement(claim, c) || describesDeniedComplement(source, s);
}
