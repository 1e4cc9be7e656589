import { COMMON_ABBREVIATIONS } from '../lexicon/abbreviations';
import { Claim } from './types';
import { Quantity } from '../types';
import { SentenceFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { normBefore } from '../facts/description-words';

// A person's age, which news gives once, beside the name: "Suparman (47)", "Suparman, 47,", "berusia 47 tahun". A
// claim that gives it in another sentence ("Suparman, sopir bus berusia 47 tahun, dijerat Pasal 310 …") finds its
// passage where the story says the rest, and that passage holds other numbers ("Undang-Undang Nomor 22 Tahun 2009"),
// none of them an age. The age is compared with the age the story gives the same person, wherever it stands.

const AGE_WORDS = new Set(['berusia', 'berumur', 'usia', 'umur', 'usianya', 'umurnya', 'aged', 'age']);

/**
 * Whether a figure gives an age, whoever's: "(58)" right after a capitalised word ("Sartono (58), pasien …", a name
 * the tagger may not know), or after a word of age ("berusia 47 tahun").
 */
export function isAge(s: SentenceFacts, q: Quantity): boolean {
  const i = ageToken(s, q);
  if (i < 1) return false;
  const before = s.tokens[i - 1], name = s.tokens[i - 2];
  return AGE_WORDS.has(before.norm) || (before.text === '(' && s.tokens[i + 1]?.text === ')' && !!name && name.kind === 'word' && name.cap);
}

/** The token of a figure that may be an age (a whole number of years a person may have), else -1. */
function ageToken(s: SentenceFacts, q: Quantity): number {
  if (q.kind !== 'cardinal' || !Number.isInteger(q.value) || q.value < 1 || q.value > 120) return -1;
  return s.tokens.findIndex(t => t.start === q.start);
}

/** The person whose age a figure gives, or undefined when the figure is no age. */
export function ageHolder(s: SentenceFacts, q: Quantity): NameMention | undefined {
  const i = ageToken(s, q);
  if (i < 0) return undefined;
  const before = s.tokens[i - 1], after = s.tokens[i + 1];
  // A person, or a name the tagger could not type ("Sartono (58)": a lone name it knows nothing of); not where a
  // person lives ("Darta, warga Karangjati yang berusia 61 tahun": Karangjati is the village, Darta is 61).
  const people = s.names.filter(n => (n.kind === 'person' || n.kind === 'other') && n.end <= q.start && !livesIn(s, n));
  // "Suparman (47)" and "Suparman, 47,": the name right before, the figure alone between marks.
  const beside = people.length ? people[people.length - 1] : undefined;
  const bracketed = before?.text === '(' && after?.text === ')';
  const commas = before?.text === ',' && (after?.text === ',' || after === undefined);
  if (beside && (bracketed || commas) && s.tokens[i - 2]?.end === beside.end) return beside;
  // "sopir bus berusia 47 tahun": the last person named before it; not a common noun's abbreviation the tagger left
  // untyped ("Wulan Permatasari, pelajar SMA berusia 16 tahun" gives Wulan's age, not the school's).
  const holder = people.filter(n => !(n.words.length === 1 && COMMON_ABBREVIATIONS.has(n.words[0]))).at(-1);
  return before && AGE_WORDS.has(before.norm) ? holder : undefined;
}

/** Words before where a person lives or comes from: "warga Karangjati", "asal Lubuk Pandan". */
const RESIDENT_OF = new Set(['warga', 'asal', 'penduduk']);
const livesIn = (s: SentenceFacts, n: NameMention) => RESIDENT_OF.has(normBefore(s.tokens, n));

function samePerson(a: NameMention, b: NameMention): boolean {
  return a.key === b.key || a.words[a.words.length - 1]?.toLowerCase() === b.words[b.words.length - 1]?.toLowerCase();
}

/**
 * The age the claim's stories give the person whose age the claim's figure gives: the same value if any story gives
 * it, else another value and its sentence; undefined when the figure is no age or no story gives that person's age.
 */
export function ageInStory(claim: Claim, q: Quantity): { s: SentenceFacts; n: Quantity } | undefined {
  const holder = ageHolder(claim.sentence, q);
  if (!holder) return undefined;
  let other: { s: SentenceFacts; n: Quantity } | undefined;
  for (const doc of new Set(claim.evidence.map(a => a.ref.doc))) {
    for (const s of claim.corpus.docs[doc].facts.sentences) {
      for (const n of s.quantities) {
        const theirs = n.kind === 'cardinal' ? ageHolder(s, n) : undefined;
        if (!theirs || !samePerson(theirs, holder)) continue;
        if (n.value === q.value) return { s, n };
        other ??= { s, n };
      }
    }
  }
  return other;
}
