import { Fix } from './types';
import { Lang } from '../types';
import { say } from '../messages/catalogue';
import { DocFacts, sentenceAt } from '../facts/analyze';
import { EntityKind, NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { rolesAfterName, roleSupports, isCheckableRole, StatedRole } from '../facts/roles';
import { Attribution } from '../facts/attribution';

// The fix for a quote put in the wrong mouth: the real speaker's name where the draft names another. It must
// leave a sentence that is right, not one wrong in a new way. Where the sources give the real speaker the title
// the draft gives the wrong one ("said association president Tom Reed" for the association's president), only
// the name changes. Otherwise the title and the words describing the wrong speaker go with the name
// ("Presiden Prancis Emmanuel Macron", "Putin, Presiden Rusia", "said council member Tom Reed"), since they would
// now say something false of the real one. No fix is offered where the sources' speaker is not the same sort of
// speaker: an organisation written where the draft names a person, or the other way round, is no sentence at all.

/** People and names of unknown kind (which the checker treats as people) speak as people. */
const speaksAsPerson = (kind: EntityKind) => kind === 'person' || kind === 'other';

/** Between a name and its apposition: a comma and at most two words ("Blinken, the union's general secretary"). */
const APPOSITION_GAP = /^\s*,\s*(?:[\p{L}'\u2019]+\s+){0,2}$/u;

/** The fix writing `who` in place of the stated speaker, or undefined when no edit of the name can be right. */
export function attributionFix(draft: DocFacts, attribution: Attribution, said: Entity | undefined, who: Entity, lang: Lang): Fix | undefined {
  const speaker = attribution.speaker;
  if (!speaker || speaksAsPerson(said?.kind ?? speaker.kind) !== speaksAsPerson(who.kind)) return undefined;
  const before = speaker.role && speaker.role.end <= speaker.start ? speaker.role : undefined;
  const after = apposition(draft, speaker);
  const claimed = [before, after].filter((r): r is StatedRole => r !== undefined);
  const trueOfWho = claimed.length > 0 && claimed.every(r => isCheckableRole(r.text) && who.roles.some(s => roleSupports(s.text, r.text)));
  const start = trueOfWho ? speaker.start : Math.min(attribution.description?.start ?? Infinity, before?.start ?? speaker.start);
  const end = trueOfWho ? speaker.end : after?.end ?? speaker.end;
  // Without the title the real speaker is named in full, so the reader still knows who.
  const name = start < speaker.start || end > speaker.end ? who.name : nameToWrite(who, speaker.text);
  return { title: name === who.name ? say(lang, 'fix.attribute', { name }) : say(lang, 'fix.attribute-full', { name, full: who.name }), start, end, newText: name };
}

/** The role stated right after the speaker's name ("Putin, Presiden Rusia"), if there is one. */
function apposition(draft: DocFacts, speaker: NameMention): StatedRole | undefined {
  const sentence = draft.sentences[sentenceAt(draft.sentences, speaker.start)];
  if (!sentence || speaker.end > sentence.end) return undefined;
  const i = sentence.names.findIndex(n => n.start === speaker.start);
  const next = sentence.names[i + 1]?.start ?? sentence.end;
  const role = rolesAfterName(sentence.tokens, speaker, next)[0];
  return role && APPOSITION_GAP.test(draft.text.slice(speaker.end, role.start)) ? role : undefined;
}

/**
 * The name to write for the real speaker, in the writer's style: the full name for a full name, and for a one-word
 * attribution the one word the sources themselves call this speaker by ("Xi" for Xi Jinping), which is a word of
 * the full name: any other one-word mention merged into the entity (an acronym after the name) is no name to
 * write. The sources' most frequent such word wins, the first written on a tie.
 */
function nameToWrite(e: Entity, written: string): string {
  if (written.includes(' ')) return e.name;
  const words = new Set(e.name.toLowerCase().split(/\s+/));
  const counts = new Map<string, number>();
  for (const mention of e.mentions) {
    if (!mention.text.includes(' ') && words.has(mention.text.toLowerCase())) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [text, n] of counts) if (best === undefined || n > counts.get(best)!) best = text;
  return best ?? e.name;
}
