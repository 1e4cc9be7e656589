import { Token } from '../types';
import { NameMention } from './names';
import { descriptorKind, DescribedKind, isDemonstrative, isKnownPlace, isVerbForm, tokenAt, wordsText } from './description-words';
import type { Description, DescribeContext } from './descriptions';
import { POSSESSIVES } from '../lexicon/descriptions';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';

// Descriptions written in front of a name: after a relative or possessive phrase and a comma ("menteri
// pertahanannya yang baru diangkat, Andrei Belousov", "its spokeswoman, Mira Sandoval", "Westbrook University's
// president, Laura Chen"), or right before it ("kantor berita negara Belta", "badan antariksa Rusia Roscosmos",
// "the port town of Harwick"). Indonesian puts the noun first and English last, so the two are read apart.

const MAX_BEFORE = 9;
/** Function words that may stand inside an Indonesian description before a comma ("… yang baru diangkat, …"). */
const INSIDE = new Set(['yang', 'baru', 'telah', 'sudah', 'kini', 'pernah', 'sempat', 'paling', 'lebih', 'sangat']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Place nouns that name the place after "of": "the town of Kelso", not "the coast of Norland". */
const SETTLEMENTS = new Set(['city', 'town', 'village', 'port', 'province', 'county', 'district', 'region', 'island',
  'state', 'municipality', 'borough', 'suburb', 'capital']);

type Starting = Map<number, NameMention>;

/** The description right before a name, with or without a comma between, if there is one. */
export function phraseBefore(tokens: readonly Token[], name: NameMention, startingAt: Starting, ctx: DescribeContext): Description | undefined {
  // The name finder may have taken a title before a comma as the name's role ("Its spokeswoman, Mira Sandoval"):
  // the comma right before the name still makes the phrase an apposition.
  let b = tokenAt(tokens, name.start) - 1;
  let comma = b >= 1 && (tokens[b].text === ',' || tokens[b].norm === '-');
  if (!comma && name.role && name.role.start < name.start) {
    b = tokenAt(tokens, name.role.start) - 1;
    // "the county's director of public health, Dr Amara Singh": the comma stands before the name's own title.
    comma = ctx.lang !== 'id' && b >= 1 && tokens[b].text === ',';
  }
  if (b < (comma ? 1 : 0)) return undefined;
  // A title the name finder already joined to the name is its role: only an owner in front adds to it.
  if (!comma && name.role && ctx.lang === 'id') return undefined;
  // An apposition is closed after the name ("its spokeswoman, Mira Sandoval, said"); a name followed by its verb
  // is the subject after an opening phrase ("Setelah bertemu presiden, Putin berkata", "… at the port, Nair said").
  if (comma && !closesApposition(tokens[tokenAt(tokens, name.end)])) return undefined;
  const d = ctx.lang === 'id' ? indonesian(tokens, comma ? b - 1 : b, comma, startingAt) : english(tokens, comma ? b - 1 : b, name, ctx);
  if (!d) return undefined;
  // A country is described by no one's trade ("warga Ukraina" is no resident named Ukraina), and a noun right in
  // front of an organisation's name may be whose it is ("juru bicara Kremlin" is no spokesman named Kremlin).
  if (name.kind === 'place' && d.kind !== 'place') return undefined;
  if (!comma && name.kind === 'organization' && d.kind !== 'organization') return undefined;
  if (!comma && genitive(tokens, d, name)) return undefined;
  // A list of places ("desa di kecamatan Panjatan, Kulon Progo, …"): the phrase before the comma ends in a name of
  // its own, so it describes that name, not this one. A country inside is only where ("media negara Tiongkok, …").
  const ender = comma ? nameHolding(tokens, b - 1, startingAt) : undefined;
  // Not a jurisdiction the finder gave the title to ("Bupati Sarolangun, Rahmat Hidayat").
  if (ender && !isKnownPlace(ender) && !jurisdiction(tokens, ender, startingAt)) return undefined;
  return d;
}

/**
 * Whether an Indonesian name before a comma is the place an office is of, though the finder did not type it a place:
 * it holds the title ("Bupati Sarolangun, …") or stands right after the body's name or bracketed acronym ("Kepala
 * Badan Penanggulangan Bencana Daerah (BPBD) Sarolangun, …").
 */
function jurisdiction(tokens: readonly Token[], named: NameMention, startingAt: Starting): boolean {
  if (named.kind === 'person') return false;
  if (named.role) return true;
  const before = tokenAt(tokens, named.start) - 1;
  if (named.kind !== 'other' || before < 0) return false;
  if (tokens[before].text === ')') return true;
  for (let k = before; k >= 0 && before - k < 6; k--) {
    const n = startingAt.get(tokens[k].start);
    if (n) return n.kind === 'organization' && n.end === tokens[before].end;
  }
  return false;
}

const COMPASS = new Set(['utara', 'selatan', 'timur', 'barat', 'tengah', 'tenggara', 'laut', 'daya', 'north', 'south', 'east', 'west']);

/**
 * A noun in front of a name that says what the name owns or is part of, not what it is: anything in front of a
 * country ("ibu kota Tiongkok"), a part of a place ("pantai utara Sumatra"), an organisation in front of a
 * person's full name ("partai bentukan Yenny Wahid"; a lone unknown word such as "Roscosmos" may still be one).
 */
function genitive(tokens: readonly Token[], d: Description, name: NameMention): boolean {
  if (isKnownPlace(name)) return true;
  if (d.kind === 'place' && tokens.slice(tokenAt(tokens, d.start), tokenAt(tokens, d.end)).some(t => COMPASS.has(t.norm))) return true;
  return name.kind === 'person' && name.words.length > 1 && d.kind === 'organization';
}

/** The name the token at index j belongs to, if any (a later word of "Jalur Sutra" as much as its first). */
function nameHolding(tokens: readonly Token[], j: number, startingAt: Starting): NameMention | undefined {
  for (let k = j; k >= 0 && j - k < 6; k--) {
    const n = startingAt.get(tokens[k].start);
    if (n) return n.end >= tokens[j].end ? n : undefined;
  }
  return undefined;
}

const CLOSING = new Set(['dan', 'and', 'serta', 'or', 'atau']);

function closesApposition(next: Token | undefined): boolean {
  return !next || (next.kind === 'punct' && next.norm !== "'s") || CLOSING.has(next.norm);
}

/**
 * Indonesian: the noun leads. Reading back from `last`, the leftmost known noun within the words that may stand
 * in a description starts it: "… wawancara dengan media negara Tiongkok, Xinhua" → "media negara Tiongkok".
 * Places and organisations named inside are read past; a person's name or punctuation ends the phrase. Right
 * before a name (no comma) only modifiers may stand between the noun and the name, no function word.
 */
function indonesian(tokens: readonly Token[], last: number, comma: boolean, startingAt: Starting): Description | undefined {
  const firstWord = tokens.findIndex(t => t.kind === 'word');
  const heads: Array<[number, DescribedKind]> = [];
  for (let j = last; j >= 0 && last - j < (comma ? MAX_BEFORE : 5); j--) {
    const t = tokens[j];
    // "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sarolangun, …": an acronym in brackets is read past.
    if (comma && t.text === ')' && tokens[j - 2]?.text === '(' && tokens[j - 1]?.kind === 'word') { j -= 2; continue; }
    if (t.kind !== 'word') break;
    const named = startingAt.get(t.start);
    // "Bupati Sarolangun, Rahmat Hidayat": the finder may read the place as a name holding the title; both are the
    // role of the person after the comma.
    if (named) { if (named.kind === 'place' || named.kind === 'organization' || (comma && jurisdiction(tokens, named, startingAt))) continue; break; }
    if (t.cap && j !== firstWord) { if (insideNamed(tokens, j, startingAt)) continue; break; }
    if (isIndonesianStopword(t.norm) && !(comma && INSIDE.has(t.norm))) break;
    // "warga membeli Bahan Bakar Minyak": a verb between makes the noun its subject, not a description.
    if (!comma && isVerbForm(t.norm)) break;
    const k = descriptorKind(t.norm, tokens[j + 1]?.norm);
    if (k) heads.push([j, k]);
  }
  if (!heads.length) return undefined;
  // The leftmost noun leads ("kantor berita negara Belta": an agency, of the state); but a chain of place nouns
  // is a place of a place ("ibu kota provinsi Heilongjiang": the province is Heilongjiang, the capital another).
  const [head, kind] = heads.every(([, k]) => k === 'place') ? heads[0] : heads[heads.length - 1];
  for (let j = head; j <= last; j++) if (isDemonstrative(tokens[j].norm)) return undefined;
  return { start: tokens[head].start, end: tokens[last].end, text: wordsText(tokens, head, last + 1), kind };
}

/** A capitalised token within a name that starts earlier in the sentence (a later word of "Jalur Sutra"). */
function insideNamed(tokens: readonly Token[], j: number, startingAt: Starting): boolean {
  for (let k = j - 1; k >= 0 && j - k < 5; k--) {
    const n = startingAt.get(tokens[k].start);
    if (n) return n.end >= tokens[j].end && (n.kind === 'place' || n.kind === 'organization');
  }
  return false;
}

/**
 * English: the noun ends the phrase, right before the comma or the name ("its spokeswoman", "the port town of
 * Harwick"). The phrase runs back over lower-case modifiers to a determiner or an owner ("Westbrook University's
 * president", "the authority's newly appointed chief executive"); "its" and "their" point at the organisation
 * named last before.
 */
function english(tokens: readonly Token[], last: number, name: NameMention, ctx: DescribeContext): Description | undefined {
  let head = last, end = last;
  if (tokens[head]?.norm === 'of' && !tokens[head].cap) head--;
  // "the county's director of public health, Dr Amara Singh": a title and, in lower case, what it is of.
  else if (commaAt(tokens, last + 1)) { const title = titleOf(tokens, last); if (title !== undefined) { head = title; end = last; } }
  if (end === last && head !== last && tokens[last]?.norm === 'of') end = head;
  const t = tokens[head];
  const kind = t && t.kind === 'word' && !t.cap ? descriptorKind(t.norm) : undefined;
  // "the port town of Harwick", "the province of Norland"; the coast of a place is no coast.
  if (!kind || (head < last && tokens[last].norm === 'of' && !SETTLEMENTS.has(t.norm))) return undefined;
  let j = head, owner = false;
  while (j > 0) {
    const p = tokens[j - 1];
    if (p.norm === "'s" && j >= 2) {
      owner = true;
      j -= 2;
      while (j > 0 && tokens[j - 1].kind === 'word' && tokens[j - 1].cap && tokens[j].cap) j--;
      if (j > 0 && tokens[j - 1].norm === 'the') j--;
      break;
    }
    if (p.kind !== 'word' || p.cap && !DETERMINERS.has(p.norm)) break;
    if (DETERMINERS.has(p.norm)) { j--; break; }
    if (isEnglishStopword(p.norm)) break;
    j--;
  }
  // Right before the name with nothing but the title the name finder already took: no more to say.
  if (name.role && !owner && tokens[j].start >= name.role.start) return undefined;
  const d: Description = { start: tokens[j].start, end: tokens[end].end, text: wordsText(tokens, j, end + 1), kind };
  if (POSSESSIVES.has(tokens[j].norm) && ctx.lastOrg) d.of = ctx.lastOrg;
  return d;
}

const commaAt = (tokens: readonly Token[], i: number) => tokens[i]?.text === ',';

/** Lower-case words a title may be "of" before a comma: "director of public health", "head of emergency planning". */
const MAX_OF_WORDS = 3;

/**
 * The title ending in "of" and lower-case words at `last` ("director of public health"), by its index, or undefined:
 * only a word the lexicon knows for a person's post, then "of", then up to MAX_OF_WORDS content words.
 */
function titleOf(tokens: readonly Token[], last: number): number | undefined {
  for (let k = last; k >= 0 && last - k < MAX_OF_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || isEnglishStopword(t.norm)) return undefined;
    const of = tokens[k - 1], title = tokens[k - 2];
    if (of?.norm === 'of' && title && title.kind === 'word' && !title.cap && descriptorKind(title.norm) === 'person') return k - 2;
  }
  return undefined;
}
