import { clauseObjectFinding } from './clause-object';
import { Claim, Finding, claimLang, evidenceAt, evidenceSentence, readerLang } from './types';
import { nameSpelling } from '../index/name-lookups';
import { say } from '../messages/catalogue';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { TITLE_HEADS, TITLE_TAILS, NAME_PARTICLES } from '../lexicon/roles';
import { Entity } from '../index/registry';
import { tokenize } from '../text/tokens';
import { resolveName } from '../index/name-resolution';
import { mixedNameRival, placeSwappedAfterBody, placeSwappedInName } from './mixed-name';
import { mixedPersonRival } from './mixed-person';
import { aliasedWords, demonymKnown, demonymWords, isDegree, namePieces, placeKindOfKnown, sourceFormOf } from './name-forms';
import { passageSpelling } from './name-spelling';
import { openedByOrdinaryWord } from './opening-word';
import { COMMON_ABBREVIATIONS } from '../lexicon/abbreviations';
import { roleFinding } from './role-finding';

// Names the sources never mention, and known people given a role the sources don't give them. A name is known
// when it resolves as hover resolves it (full name, alias, acronym, or a part of a full name through the draft's
// own earlier mention or the corpus) or every word of it occurs in the corpus, or is another spelling of a word
// of a known name ("Samudra" for "Samudera"), or an English demonym, plural or other name of a word the sources use
// ("Libyan" for "Libya"), or a country whose demonym they use ("England" for "English", `name-forms.ts`).

function unknownWords(claim: Claim, name: NameMention): string[] {
  const vouched = vouchedWords(claim.options.knownNames);
  const { pieces, words } = namePieces(name.text);
  if (claimLang(claim) === 'en' && isDegree(words)) return [];
  const norms = words.map(ws => ws.join(' '));
  const aliased = aliasedWords(claim.corpus, norms), demonyms = demonymWords(claim.corpus, norms, claimLang(claim));
  const known = (norm: string, i: number): boolean => TITLE_HEADS.has(norm) || TITLE_TAILS.has(norm) || NAME_PARTICLES.has(norm)
    || claim.corpus.knowsWord(norm) || !!nameSpelling(claim.corpus, norm) || vouched.has(norm) || aliased.has(i) || demonyms.has(i)
    || !!sourceFormOf(claim.corpus, norm, claimLang(claim)) || demonymKnown(claim.corpus, norm, claimLang(claim))
    || placeKindOfKnown(claim.corpus, norms, i) || writtenOut(claim.corpus, norm) || withClitic(norm, w => known(w, i))
    || spelledOutNear(claim, norm, name.text);
  return pieces.filter((_, i) => words[i].length > 0 && !words[i].every(w => known(w, i)));
}

/** A name with an Indonesian possessive glued on by a hyphen ("uji KIR-nya"): the name is known without it. */
function withClitic(norm: string, known: (norm: string) => boolean): boolean {
  const m = /^(.+)-(?:nya|ku|mu)$/.exec(norm);
  return !!m && known(m[1]);
}

/** Words an acronym's letters pass over: "ITE" for "Informasi dan Transaksi Elektronik". */
const ACRONYM_JOINERS: ReadonlySet<string> = new Set(['dan', 'serta', 'and', 'of', '&']);
/** Candidate passages read for an acronym's words. */
const ACRONYM_PASSAGES = 5;

/**
 * An acronym the draft writes ("UU ITE") whose letters open a run of capitalised words of a passage close to the
 * claim ("Undang-Undang Informasi dan Transaksi Elektronik"): the sources name it in full.
 */
function spelledOutNear(claim: Claim, norm: string, text: string): boolean {
  if (!/^[a-z]{2,6}$/.test(norm) || !new RegExp(`(?<![\\p{L}])${norm.toUpperCase()}(?![\\p{L}])`, 'u').test(text)) return false;
  return claim.evidence.slice(0, ACRONYM_PASSAGES).some(a => {
    const words = claim.corpus.sentence(a.ref).tokens.filter(t => t.kind === 'word' && !ACRONYM_JOINERS.has(t.norm));
    return words.some((_, i) => norm.split('').every((c, k) => words[i + k]?.cap && words[i + k].norm.startsWith(c)));
  });
}

/** An abbreviation of a common noun ("SD", "UU") whose words the sources write out ("sekolah dasar", "Undang-Undang"). */
function writtenOut(corpus: Claim['corpus'], norm: string): boolean {
  const long = COMMON_ABBREVIATIONS.get(norm);
  return !!long && long.split(' ').every(w => corpus.knowsWord(w));
}

/**
 * The names of a sentence that hold a word the writer vouches for. Their words are left out of the claim's content
 * terms: the sources cannot be expected to state an interviewee's name, so "Menurut Budi Santoso, …" is checked on
 * what it says, not found unsupported for the name.
 */
export function vouchedNames(sentence: SentenceFacts, knownNames: readonly string[]): NameMention[] {
  if (!knownNames.length) return [];
  const vouched = vouchedWords(knownNames);
  return sentence.names.filter(n => n.words.some(w => vouched.has(w)));
}

const vouchedCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The words of the names the writer vouches for, folded as the draft's name words are (the tokenizer's matching
 * form). Word by word, like the corpus: "Santoso" alone passes once "Budi Santoso" is known, while "Budi Hartono"
 * still needs "Hartono" from somewhere. One set per options object, not per sentence.
 */
function vouchedWords(names: readonly string[]): ReadonlySet<string> {
  let words = vouchedCache.get(names);
  if (!words) {
    words = new Set(names.flatMap(n => tokenize(n).filter(t => t.kind === 'word').map(t => t.norm)));
    vouchedCache.set(names, words);
  }
  return words;
}

function isSentenceInitialSingleWord(claim: Claim, name: NameMention): boolean {
  const first = claim.sentence.tokens.find(t => t.kind === 'word');
  return name.words.length === 1 && first?.start === name.start;
}

export function checkEntities(claim: Claim): Finding[] {
  const { corpus, sentence } = claim;
  const findings: Finding[] = [];
  sentence.names.forEach((name, i) => {
    const swapped = bodyPlaceSwap(claim, name, sentence.names[i + 1]);
    if (swapped) { findings.push(swapped); return; }
    // Resolved as hover resolves it: a surname the sources give only in full is that person, never unknown.
    const entity = resolveName(corpus, claim.draft, name);
    if (entity) {
      const nextName = sentence.names[i + 1]?.start ?? sentence.end;
      const role = roleFinding(claim, name, entity, nextName) ?? clauseObjectFinding(claim, name, entity, nextName);
      if (role) findings.push(role);
      return;
    }
    if (isSentenceInitialSingleWord(claim, name)) return;
    const unknown = unknownWords(claim, name);
    if (openedByOrdinaryWord(claim, name, unknown)) return;
    if (!unknown.length) {
      const passages = claim.evidence.filter(a => a.coverage >= MIXED_ALIGNED).map(a => a.ref);
      const rival = mixedNameRival(corpus, name, passages);
      if (rival) { findings.push(mixedName(claim, name, rival)); return; }
      const people = mixedPersonRival(corpus, name);
      if (people) { findings.push(mixedPerson(claim, name, people.surnameOf, people.givenOf)); return; }
      const placed = placeSwappedInName(corpus, name, passages);
      if (placed) findings.push(placeInName(claim, name, placed));
      return;
    }
    const best = claim.evidence[0];
    // The closest passage, when it states at least half the claim: the names it gives, and spellings to offer.
    const passage = best && best.coverage >= 0.5 ? corpus.sentence(best.ref) : undefined;
    const closest = passage ? passage.names.map(n => n.text).filter(t => !sentence.names.some(c => c.key === t.toLowerCase())) : [];
    const lang = readerLang(claim), missing = unknown.join(' ');
    // The whole name as written, and the words of it no source uses when they are only a part ("Bandar" of
    // "Bandar Lampung"): the writer sees what to look up, and the name reads as the draft has it.
    const part = missing !== name.text;
    const names = closest.slice(0, 3).join(', ');
    const said = part
      ? say(lang, closest.length ? 'unknown-name-part-closest' : 'unknown-name-part', { name: name.text, part: missing, names })
      : say(lang, closest.length ? 'unknown-name-closest' : 'unknown-name', { name: missing, names });
    // A word of it a letter or two from the closest passage's spelling: the passage's, offered as the fix.
    const slips = passage ? sentence.tokens.filter(t => t.kind === 'word' && t.start >= name.start && t.end <= name.end && !corpus.knowsWord(t.norm))
      .flatMap(t => { const text = passageSpelling(t, passage); return text ? [{ t, text }] : []; }) : [];
    const message = slips.length ? `${said} ${say(lang, 'name.perhaps', { text: slips.map(x => x.text).join(' ') })}` : said;
    findings.push({
      start: name.start, end: name.end, code: 'unknown-entity',
      message,
      evidence: closest.length || slips.length ? [evidenceSentence(corpus, best)] : [],
      fixes: slips.map(({ t, text }) => ({ title: say(lang, 'fix.replace', { text }), start: t.start, end: t.end, newText: text })),
      name: name.text,
    });
  });
  return findings;
}

/**
 * A body named with a place right after it that the sources never give it ("Pengadilan Tipikor Lembah Hijau"):
 * the two names read as one, against the known body with its own place (mixed-name.ts).
 */
function bodyPlaceSwap(claim: Claim, body: NameMention, place: NameMention | undefined): Finding | undefined {
  if (body.kind !== 'organization' || place?.kind !== 'place' || !/^ $/.test(claim.sentence.text.slice(body.end - claim.sentence.start, place.start - claim.sentence.start))) return undefined;
  const docs = [...new Set(claim.evidence.filter(a => a.coverage >= MIXED_ALIGNED).map(a => a.ref.doc))];
  const rival = docs.length ? placeSwappedAfterBody(claim.corpus, body, place, docs) : undefined;
  if (!rival) return undefined;
  const text = claim.sentence.text.slice(body.start - claim.sentence.start, place.end - claim.sentence.start);
  return placeInName(claim, { ...body, end: place.end, text }, rival);
}

/** A body's name with another place in it than the sources' ("Kementerian luar negeri Jepang"), the sources' as the fix. */
function placeInName(claim: Claim, name: NameMention, rival: Entity): Finding {
  const lang = readerLang(claim), first = rival.mentions.length ? rival.mentions.at(0) : undefined;
  return {
    start: name.start, end: name.end, code: 'unknown-entity',
    message: say(lang, 'unknown-name-place', { name: name.text, other: rival.name }),
    // Where the sources name the body with its place.
    evidence: first ? [evidenceAt(claim.corpus, first.doc, first.start, first.end)] : [],
    fixes: [{ title: say(lang, 'fix.replace', { text: rival.name }), start: name.start, end: name.end, newText: rival.name }],
    name: name.text,
  };
}

/** Coverage of a passage in which a name ending like the draft's stands for it. */
const MIXED_ALIGNED = 0.5;

/** A name made of two known names' parts ("Westmoor Cancer Centre"), with the one that ends like it. */
function mixedName(claim: Claim, name: NameMention, rival: Entity): Finding {
  return {
    start: name.start, end: name.end, code: 'unknown-entity',
    message: say(readerLang(claim), 'unknown-name-mixed', { name: name.text, other: rival.name }),
    evidence: [], fixes: [], name: name.text,
  };
}

/** A person's name made of two known people's ("Celia Halvorsen"), with the surname's owner as the fix. */
function mixedPerson(claim: Claim, name: NameMention, surnameOf: Entity, givenOf: Entity): Finding {
  const lang = readerLang(claim);
  return {
    start: name.start, end: name.end, code: 'unknown-entity',
    message: say(lang, 'unknown-name-mixed-person', { name: name.text, other: surnameOf.name, given: givenOf.name }),
    evidence: [], name: name.text,
    fixes: [{ title: say(lang, 'fix.replace', { text: surnameOf.name }), start: name.start, end: name.end, newText: surnameOf.name }],
  };
}
