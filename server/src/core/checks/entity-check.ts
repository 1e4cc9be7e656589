import { clauseObjectFinding } from './clause-object';
import { Claim, Finding, claimLang, evidenceAt, evidenceSentence, excerpt, readerLang } from './types';
import { nameSpelling } from '../index/name-lookups';
import { quotedList, say } from '../messages/catalogue';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { CHAIRING_VERBS, headedAfterName, headsSameBody, rolesAfterName, roleSupports, isCheckableRole, isSpecificRole, namesTitle, placedWhereKnown, StatedRole } from '../facts/roles';
import { phraseBefore } from '../facts/descriptions-before';
import { TITLE_HEADS, TITLE_TAILS, NAME_PARTICLES } from '../lexicon/roles';
import { Entity, distinctRoles } from '../index/registry';
import { tokenize } from '../text/tokens';
import { resolveName } from '../index/name-resolution';
import { findAgain, logOf } from '../index/read-log';
import type { Corpus } from '../index/corpus';
import { mixedNameRival, placeSwappedAfterBody, placeSwappedInName } from './mixed-name';
import { mixedPersonRival } from './mixed-person';
import { aliasedWords, demonymKnown, demonymWords, isDegree, namePieces, placeKindOfKnown, sourceFormOf } from './name-forms';
import { passageSpelling } from './name-spelling';
import { openedByOrdinaryWord } from './opening-word';

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
  const known = (norm: string, i: number) => TITLE_HEADS.has(norm) || TITLE_TAILS.has(norm) || NAME_PARTICLES.has(norm)
    || claim.corpus.knowsWord(norm) || !!nameSpelling(claim.corpus, norm) || vouched.has(norm) || aliased.has(i) || demonyms.has(i)
    || !!sourceFormOf(claim.corpus, norm, claimLang(claim)) || demonymKnown(claim.corpus, norm, claimLang(claim))
    || placeKindOfKnown(claim.corpus, norms, i);
  return pieces.filter((_, i) => words[i].length > 0 && !words[i].every(w => known(w, i)));
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

/** Tokens a title that opens the sentence may take before the comma and the name. */
const MAX_OPENING_TITLE = 8;

/**
 * A title that opens the sentence and ends in the body it is of, set before the name between commas: "Kepala badan
 * antariksa Rusia Roscosmos, Andrei Belousov, ikut …". The description reader leaves a phrase ending in a name to
 * that name (a list of places); at the sentence's start, with a title's head first, it is the person's title.
 */
function openingTitle(s: SentenceFacts, name: NameMention): StatedRole | undefined {
  const at = s.tokens.findIndex(t => t.start >= name.start);
  if (at < 2 || at - 1 > MAX_OPENING_TITLE || s.tokens[at - 1].text !== ',' || s.tokens[s.tokens.findIndex(t => t.start >= name.end)]?.text !== ',') return undefined;
  const words = s.tokens.slice(0, at - 1);
  if (words.some(t => t.kind !== 'word') || !namesTitle(words[0].norm)) return undefined;
  const first = words[0], last = words[words.length - 1];
  return { start: first.start, end: last.end, text: s.text.slice(first.start - s.start, last.end - s.start) };
}

/** Coverage of a passage that states the claim well enough to vouch for the role it words the same way. */
const ROLE_PASSAGE = 0.6;

/**
 * Whether a passage that states the claim has the role word for word, as no other name's title: the sources may
 * give it with a pronoun ("sejak ia menjadi sekretaris jenderal Partai Komunis China"), which the registry cannot
 * tie to the person. A role right before another person's name is that person's ("Presiden China Xi Jinping"), and so
 * is one set beside it with a comma or in a clause after it.
 */
function roleInPassage(claim: Claim, entity: Entity, role: string): boolean {
  const wanted = role.toLowerCase();
  return claim.evidence.some(a => {
    if (a.coverage < ROLE_PASSAGE) return false;
    const s = claim.corpus.sentence(a.ref), at = s.text.toLowerCase().indexOf(wanted);
    if (at < 0) return false;
    const start = s.start + at, end = start + wanted.length;
    return !s.names.some(n => (n.kind === 'person' || n.kind === 'other') && claim.corpus.registry.resolve(n)?.id !== entity.id && (
      (n.start >= end && APPOSED_AFTER.test(s.text.slice(end - s.start, n.start - s.start))) ||
      (n.end <= start && (APPOSED_BEFORE.test(s.text.slice(n.end - s.start, start - s.start)) ||
        (CHAIRING_VERBS.has(wanted.split(/\s/)[0]) && /^\s+$/.test(s.text.slice(n.end - s.start, start - s.start)))))));
  });
}

/**
 * What may stand between a role and the name it belongs to: right before the name, or before it with a comma and a
 * title ("The hospital's chief executive, Dr Samuel Okoye"); right after the name, after a comma and an article
 * ("Dr Samuel Okoye, the chief executive") or in a clause about the name ("Peter Oduya, who chairs the committee";
 * a verb of chairing right after it). Such a role is that person's, whoever the claim gives it to.
 */
const APPOSED_AFTER = /^(?:\s?|\s*,\s*(?:(?:dr|mr|mrs|ms|prof|sir)\.?\s+)?)$/i;
const APPOSED_BEFORE = /^\s*,\s*(?:(?:who|yang)\s+|(?:(?:the|a|an|seorang)\s+)?(?:\p{L}+(?:'s|’s)\s+)?)$/iu;

/**
 * A title set before the person with a comma between, which the name finder leaves out of the name: "Menteri luar
 * negeri Rusia yang baru diangkat, Andrei Belousov". The claim gives it as surely as one written right before.
 */
function titleBefore(claim: Claim, name: NameMention): StatedRole | undefined {
  const s = claim.sentence;
  const d = phraseBefore(s.tokens, name, new Map(s.names.map(n => [n.start, n])), { lang: claimLang(claim) }) ?? openingTitle(s, name);
  if (!d || !/^\s*,\s*$/.test(s.text.slice(d.end - s.start, name.start - s.start)) || !namesTitle(d.text)) return undefined;
  return { start: d.start, end: d.end, text: d.text };
}

/** The role the claim gives a known person, checked against the roles the sources state. */
function roleFinding(claim: Claim, name: NameMention, entity: Entity, nextName: number): Finding | undefined {
  if (entity.kind !== 'person' && entity.kind !== 'other') return undefined;
  const claimed = [...(name.role ? [name.role] : [titleBefore(claim, name)].filter(r => !!r)), ...rolesAfterName(claim.sentence.tokens, name, nextName)]
    .filter(r => isCheckableRole(r.text));
  // A description without a title or a place ("a marine biologist") says nothing the check could compare.
  const stated = placedWhereKnown(entity.roles.filter(r => !r.described || isCheckableRole(r.text)));
  // What the claim says the person heads is weighed only against a body the sources say they head.
  const headed = headedAfterName(claim.sentence.tokens, name, nextName);
  if (headed && stated.some(s => headsSameBody(s.text, headed.text))) claimed.push(headed);
  const chaired = headedAfterName(claim.sentence.tokens, name, nextName, CHAIRING_VERBS);
  if (chaired) claimed.push(chaired);
  if (!claimed.length) return undefined;
  noteRoles(claim.corpus, entity);
  if (!stated.length) return roleOfAnother(claim, entity, claimed);
  const wrong = claimed.find(r => !stated.some(s => roleSupports(s.text, r.text)));
  if (!wrong || roleInPassage(claim, entity, wrong.text)) return undefined;
  const known = placedWhereKnown(distinctRoles(entity)).slice(0, 3);
  return {
    start: wrong.start, end: wrong.end, code: 'unknown-entity',
    message: say(readerLang(claim), 'wrong-role', { name: entity.name, role: wrong.text, roles: quotedList(readerLang(claim), known.map(k => excerpt(k.text, 60))) }),
    evidence: known.map(k => evidenceAt(claim.corpus, k.doc, k.start, k.end)),
    fixes: [],
  };
}

/** An entity's roles as the role check reads them: each wording, and where the sources first state the first few. */
function rolesPrint(corpus: Corpus, e: Entity | undefined): string {
  if (!e) return '';
  const wordings = new Set(e.roles.map(r => `${r.text}\u0000${r.described ? 1 : 0}`));
  const first = placedWhereKnown(distinctRoles(e)).slice(0, 3).map(r => `${corpus.docs[r.doc].uri}\u0000${r.start}\u0000${r.end}`);
  return [...wordings, ...first].join('\u0001');
}

/** Notes, for a result that may outlive this corpus (read-log.ts), that the check read an entity's roles. */
function noteRoles(corpus: Corpus, e: Entity): void {
  const log = logOf(corpus);
  if (!log) return;
  const again = findAgain(e);
  log.note(c => rolesPrint(c, again(c)), rolesPrint(corpus, e));
}

/**
 * A person the sources give no role, given one in the draft that the sources state for someone else ("Yuriy
 * Borisov, menteri pertahanan Rusia" where the sources say the new defence minister is Andrei Belousov). Only
 * roles that name a place as well as a title are specific enough to belong to one person.
 */
/** A role held before: "mantan presiden", "former mayor". */
const FORMER = /(?:^|[^\p{L}])(?:mantan|eks|bekas|former|ex)(?:$|[^\p{L}])/iu;

function roleOfAnother(claim: Claim, entity: Entity, claimed: StatedRole[]): Finding | undefined {
  const specific = claimed.filter(isSpecificRole);
  // Every entity is read: no probe stands for that (read-log.ts).
  if (specific.length) logOf(claim.corpus)?.markUnrepeatable();
  for (const r of specific) {
    // A former holder is not the one holding it now: "Medvedev, mantan presiden Rusia" is no role of Putin's.
    const held = (s: { text: string }) => roleSupports(s.text, r.text) && FORMER.test(s.text) === FORMER.test(r.text);
    const holder = claim.corpus.registry.entities.find(e => e !== entity && e.kind === 'person' && e.roles.some(held));
    if (!holder) continue;
    const role = holder.roles.find(held)!;
    return {
      start: r.start, end: r.end, code: 'unknown-entity',
      message: say(readerLang(claim), 'role-of-another', { name: entity.name, role: r.text, holder: holder.name, sourceRole: excerpt(role.text, 60) }),
      evidence: [evidenceAt(claim.corpus, role.doc, role.start, role.end)],
      fixes: [],
    };
  }
  return undefined;
}
