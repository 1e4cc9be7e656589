import { Lang, Span, Token } from '../types';
import { NameMention } from './names';
import { personWithin, rolesAfterName } from './roles';
import { phraseBefore } from './descriptions-before';
import { predicateStart } from './descriptions-predicate';
import { ROLE_WORDS_END, descriptorKind, DescribedKind, isDemonstrative, isKnownPlace, isVerbForm, tokenAt, wordsText } from './description-words';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { LEAD_VERBS, RELATIVE_WORDS, CLAUSE_FILLERS } from '../lexicon/descriptions';

export type { DescribedKind } from './description-words';

// What a sentence says a name is, in the words around it: a person's roles ("Antony Blinken, Menteri Luar Negeri
// AS", "Presiden Alexander Lukashenko dari Belarusia", "Rafael Ortiz, who heads the Westbrook Transit Authority",
// "menteri pertahanannya yang baru diangkat, Andrei Belousov"), an organisation's kind ("kantor berita negara
// Belta"), a place's kind and whereabouts ("Harbin, ibu kota provinsi Heilongjiang di timur laut Tiongkok",
// "Harwick, a fishing port on the coast of Norland province"). Each is kept with its place in the text, so a
// reader can be shown the source, and with the kind of thing its noun names, which the registry weighs when the
// name alone does not say whether it is a person, a place or an organisation.

export interface Description extends Span {
  text: string;
  /** The kind of thing the description's noun names, when it has one of the known nouns. */
  kind?: DescribedKind;
  /** "Its spokeswoman, Mira Sandoval": the organisation "its" points to, named earlier in the text. */
  of?: Span;
  /**
   * Read from a description rather than a title ("an acoustics researcher", "who heads …"): what the role check
   * compares only when it names a title or a place, as a title does.
   */
  described?: true;
}

export interface DescribeContext {
  lang: Lang;
  /** The last organisation named before this sentence: what a possessive such as "its" points to. */
  lastOrg?: Span;
}

const MAX_AFTER_WORDS = 10;
const PREPOSITIONS = new Set(['in', 'on', 'of', 'at', 'near', 'north', 'south', 'east', 'west', 'outside', 'off',
  'between', 'for', 'from', 'with', 'di', 'dari', 'dekat', 'antara', 'dengan']);
const FROM_WORDS = new Set(['dari', 'of', 'from']);
const INSIDE = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
const isStopword = (norm: string) => isIndonesianStopword(norm) || isEnglishStopword(norm);

/** Descriptions of every name of one sentence, by name index (names in text order). */
export function describeNames(tokens: readonly Token[], names: readonly NameMention[], ctx: DescribeContext): Description[][] {
  const startingAt = new Map(names.map(n => [n.start, n]));
  return names.map((name, i) => {
    const out: Description[] = [];
    if (name.kind === 'person' || name.kind === 'other') {
      for (const r of rolesAfterName(tokens, name, names[i + 1]?.start ?? Infinity, startingAt)) out.push({ ...r, kind: 'person' });
      const from = titleFromPlace(tokens, name, startingAt);
      if (from) out.push(from);
    }
    // A country or a capital of the lexicon is known for what it is; around it, the words describe something else
    // ("Samarinda, Indonesia, provinsi …").
    if (isKnownPlace(name)) return [];
    const after = tokenAt(tokens, name.end);
    if (tokens[after] && (tokens[after].text === ',' || tokens[after].norm === '-')) {
      const clause = relativeClause(tokens, after + 1);
      // A name right after the comma is the next of a list ("Kuta, Tanah Lot, Pantai Lovina"), not what this one is.
      // Unless it owns what follows: "Daniel Frost, Northvale Water's operations director".
      const next = startingAt.get(tokens[after + 1]?.start ?? -1);
      const listed = !!next && tokens[tokenAt(tokens, next.end)]?.norm !== "'s";
      const d = clause ?? (listed ? undefined : apposition(tokens, after + 1, ctx.lang));
      // A title that runs into a person's name is that person's: "Raisi, Presiden Turki Recep Tayyip Erdogan dan …".
      if (d && (clause || !personWithin(tokens, tokenAt(tokens, d.start) + 1, tokenAt(tokens, d.end), startingAt))) out.push({ ...d, described: true });
    }
    // "SCO – … – didirikan pada tahun 2001 sebagai organisasi politik": what the predicate says the subject is.
    const p = predicateStart(tokens, name);
    const said = p >= 0 ? apposition(tokens, p, ctx.lang) : undefined;
    if (said) out.push({ ...said, described: true });
    const before = phraseBefore(tokens, name, startingAt, ctx);
    if (before) out.push({ ...before, described: true });
    // A place is described only as a place: "Ukraina, anggota …" makes no member of it.
    return unique(out).filter(d => name.kind !== 'place' || d.kind === 'place');
  });
}

/** "Presiden Alexander Lukashenko dari Belarusia": the title and the country after the name, as one role. */
function titleFromPlace(tokens: readonly Token[], name: NameMention, startingAt: Map<number, NameMention>): Description | undefined {
  if (!name.role) return undefined;
  const k = tokenAt(tokens, name.end);
  const place = tokens[k] && FROM_WORDS.has(tokens[k].norm) && tokens[k + 1] ? startingAt.get(tokens[k + 1].start) : undefined;
  if (!place || place.kind !== 'place') return undefined;
  return { start: name.role.start, end: place.end, text: `${name.role.text} ${tokens[k].text} ${place.text}`, kind: 'person' };
}

/** "…, who heads the Westbrook Transit Authority", "…, yang memimpin badan antariksa Rusia Roscosmos". */
function relativeClause(tokens: readonly Token[], from: number): Description | undefined {
  if (!tokens[from] || !RELATIVE_WORDS.has(tokens[from].norm)) return undefined;
  let v = from + 1;
  while (tokens[v] && CLAUSE_FILLERS.has(tokens[v].norm)) v++;
  if (!tokens[v] || !LEAD_VERBS.has(tokens[v].norm)) return undefined;
  return phraseFrom(tokens, v, false);
}

/**
 * "…, a fishing port on the coast of Norland province", "…, ibu kota provinsi Heilongjiang", "…, kota dengan
 * masjid…": a noun phrase whose noun is a known kind of thing. In English the noun ends the first words ("a
 * fishing port") and only a preposition or the phrase's end may follow it, so "Harwick, the port was closed"
 * describes nothing; in Indonesian the noun comes first, and a demonstrative ("kota itu") makes a new clause.
 */
function apposition(tokens: readonly Token[], from: number, lang: Lang): Description | undefined {
  let k = from;
  while (tokens[k] && /^(?:a|an|the|seorang|sebuah|salah|satu)$/.test(tokens[k].norm)) k++;
  if (lang === 'id') {
    const kind = tokens[k] && descriptorKind(tokens[k].norm, tokens[k + 1]?.norm);
    const d = kind && phraseFrom(tokens, k, kind === 'place');
    return d && !d.text.split(' ').some(isDemonstrative) ? { ...d, kind } : undefined;
  }
  // "Northvale Water's operations director": a name that owns the title, before it.
  const start = k;
  let owner = k;
  while (tokens[owner]?.kind === 'word' && tokens[owner].cap && owner - k < MAX_OWNER_WORDS) owner++;
  if (owner > k && tokens[owner]?.norm === "'s") k = owner + 1;
  let head = -1;
  for (let j = k; j < tokens.length && j - k < 4 && tokens[j].kind === 'word' && !tokens[j].cap && !PREPOSITIONS.has(tokens[j].norm); j++) {
    // "the council's finance chair": the owner before the possessive is not what the name is.
    if (tokens[j + 1]?.norm === "'s") { head = -1; j++; continue; }
    if (descriptorKind(tokens[j].norm)) head = j;
  }
  if (head < 0) return undefined;
  const next = tokens[head + 1];
  if (next && next.kind === 'word' && !PREPOSITIONS.has(next.norm)) return undefined;
  const d = phraseFrom(tokens, start, true);
  return d && { ...d, kind: descriptorKind(tokens[head].norm) };
}

/** Words of a name that may own a title after a comma ("Northvale Water's"). */
const MAX_OWNER_WORDS = 3;

/**
 * The words from `from` to the end of the phrase: a comma, a full stop or a word that opens another clause, at
 * most MAX_AFTER_WORDS. A place's whereabouts go on past "on", "in" and "of"; a role ends at them less often, so
 * both keep them and stop at the clause words alone.
 */
function phraseFrom(tokens: readonly Token[], from: number, place: boolean): Description | undefined {
  let k = from, words = 0;
  while (k < tokens.length && words < MAX_AFTER_WORDS) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.norm !== "'s") break;
    if (k > from && ROLE_WORDS_END.has(t.norm) && !(place && PREPOSITIONS.has(t.norm))) break;
    // A verb or a function word past the noun starts the sentence's own predicate ("…, Presiden dinilainya belum
    // menjadi …"); prepositions and articles carry the description on ("… on the coast of …").
    if (k > from && t.kind === 'word' && (isVerbForm(t.norm) || (isStopword(t.norm) && !INSIDE.has(t.norm)))) break;
    if (t.kind === 'word') words++;
    k++;
  }
  if (k === from) return undefined;
  return { start: tokens[from].start, end: tokens[k - 1].end, text: wordsText(tokens, from, k) };
}

/** Each description once: the first of those with the same words (case aside). */
function unique(list: Description[]): Description[] {
  const seen = new Set<string>();
  return list.filter(d => {
    const key = d.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
