import { NameMention } from '../facts/names';
import { tokenAt } from '../facts/description-words';
import { Entity, EntityRole } from '../index/entity-types';
import { RELATIVE_WORDS } from '../lexicon/descriptions';
import { say } from '../messages/catalogue';
import { Claim, Finding, evidenceAt, readerLang } from './types';

// "Councillor Ruth Beaumont, who represents Ashford" where the sources say she "represents Keld": a clause the
// sources give the person, its verb the same, a name after it swapped for another. The role check compares titles
// and countries; a clause such as "represents Keld" or "runs Hallam Construction" has neither, and its place or
// body may be one only this corpus knows, so it is compared word for word: the verb, then the name after it.

/** The stated clauses of the person that open with `verb` and go on with a capitalised name. */
function clausesWith(entity: Entity, verb: string): EntityRole[] {
  return entity.roles.filter(r => {
    const [first, next] = r.text.split(/\s+/, 2);
    return first?.toLowerCase() === verb && !!next && /^\p{Lu}/u.test(next);
  });
}

/**
 * The name after the verb of a clause the claim gives a known person (", who represents Ashford"), where every
 * clause the sources give that person with the same verb names another: a finding on the claim's name, the
 * sources' name as the fix.
 */
export function clauseObjectFinding(claim: Claim, name: NameMention, entity: Entity, nextName: number): Finding | undefined {
  if (entity.kind !== 'person') return undefined;
  const tokens = claim.sentence.tokens;
  const j = tokenAt(tokens, name.end);
  if (tokens[j]?.text !== ',' || !RELATIVE_WORDS.has(tokens[j + 1]?.norm ?? '')) return undefined;
  const verb = tokens[j + 2];
  if (!verb || verb.kind !== 'word' || verb.cap) return undefined;
  const object = claim.sentence.names.find(n => n.start === tokens[j + 3]?.start);
  if (!object || object.start > nextName) return undefined;
  const stated = clausesWith(entity, verb.norm);
  const after = (r: EntityRole) => r.text.slice(r.text.indexOf(' ') + 1);
  if (!stated.length || stated.some(r => after(r).toLowerCase().startsWith(object.text.toLowerCase()))) return undefined;
  const source = stated[0], theirs = after(source).split(/[,;]/)[0];
  return {
    start: object.start, end: object.end, code: 'unknown-entity',
    message: say(readerLang(claim), 'clause-differs', { name: entity.name, source: source.text, draft: `${verb.text} ${object.text}` }),
    evidence: [evidenceAt(claim.corpus, source.doc, source.start, source.end)],
    fixes: [{ title: say(readerLang(claim), 'fix.replace', { text: theirs }), start: object.start, end: object.end, newText: theirs }],
  };
}
