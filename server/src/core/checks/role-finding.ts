import { Claim, Finding, claimLang, evidenceAt, excerpt, readerLang } from './types';
import { quotedList, say } from '../messages/catalogue';
import { NameMention } from '../facts/names';
import { SentenceFacts } from '../facts/analyze';
import { CHAIRING_VERBS, headedAfterName, headsSameBody, rolesAfterName, roleSupports, isCheckableRole, isSpecificRole, namesTitle, placedWhereKnown, StatedRole } from '../facts/roles';
import { phraseBefore } from '../facts/descriptions-before';
import { Entity, distinctRoles } from '../index/registry';
import { findAgain, logOf } from '../index/read-log';
import type { Corpus } from '../index/corpus';

// The role a draft gives a known person ("Sergei Shoigu, menteri pertahanan"), against the roles the sources state for
// them, or for someone else when they state none for the person.

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
export function roleFinding(claim: Claim, name: NameMention, entity: Entity, nextName: number): Finding | undefined {
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

/** A role held before: "mantan presiden", "former mayor". */
const FORMER = /(?:^|[^\p{L}])(?:mantan|eks|bekas|former|ex)(?:$|[^\p{L}])/iu;

/**
 * A person the sources give no role, given one in the draft that the sources state for someone else ("Yuriy
 * Borisov, menteri pertahanan Rusia" where the sources say the new defence minister is Andrei Belousov). Only
 * roles that name a place as well as a title are specific enough to belong to one person.
 */
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
