import { Fix } from './types';
import { DocFacts, sentenceAt } from '../facts/analyze';
import { EntityKind, NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { rolesAfterName } from '../facts/roles';

// The fix for a quote put in the wrong mouth: the real speaker's name where the draft names another. It must
// leave a sentence that is right, not one wrong in a new way, so it takes with the name the title the draft gave
// the wrong speaker ("Presiden Prancis Emmanuel Macron", "Putin, Presiden Rusia"), and it is not offered where
// the sources' speaker is not the same sort of speaker: an organisation or a country written where the draft
// names a person ("Juru bicara … Kementerian luar negeri Taiwan mengatakan") is no sentence at all.

/** People and names of unknown kind (which the checker treats as people) speak as people. */
const speaksAsPerson = (kind: EntityKind) => kind === 'person' || kind === 'other';

/** Between a name and its apposition: a comma and at most two words ("Blinken, the union's general secretary"). */
const APPOSITION_GAP = /^\s*,\s*(?:[\p{L}'\u2019]+\s+){0,2}$/u;

/** The fix writing `who` in place of the stated speaker, or undefined when no edit of the name can be right. */
export function attributionFix(draft: DocFacts, speaker: NameMention, said: Entity | undefined, who: Entity): Fix | undefined {
  if (speaksAsPerson(said?.kind ?? speaker.kind) !== speaksAsPerson(who.kind)) return undefined;
  const role = speaker.role && speaker.role.end <= speaker.start ? speaker.role : undefined;
  const start = role?.start ?? speaker.start;
  const end = appositionEnd(draft, speaker) ?? speaker.end;
  // A title goes with the wrong speaker, and the real one is then named in full so the reader still knows who.
  const name = start < speaker.start || end > speaker.end ? who.name : nameToWrite(who, speaker.text);
  return { title: name === who.name ? `Attribute to ${name}` : `Attribute to ${name} (${who.name})`, start, end, newText: name };
}

/** Where a role stated right after the speaker's name ("Putin, Presiden Rusia") ends, if there is one. */
function appositionEnd(draft: DocFacts, speaker: NameMention): number | undefined {
  const sentence = draft.sentences[sentenceAt(draft.sentences, speaker.start)];
  if (!sentence || speaker.end > sentence.end) return undefined;
  const i = sentence.names.findIndex(n => n.start === speaker.start);
  const next = sentence.names[i + 1]?.start ?? sentence.end;
  const role = rolesAfterName(sentence.tokens, speaker, next)[0];
  return role && APPOSITION_GAP.test(draft.text.slice(speaker.end, role.start)) ? role.end : undefined;
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
