import { Claim, Finding, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { logOf } from '../index/read-log';
import { longestNameWord } from './name-forms';

// A sentence that relates two people the sources know ("X promised Y …", "X menandatangani kesepakatan dengan Y")
// says something of the two together, and a source that says it names them together. Every word of an invented
// relation may stand somewhere in the sources, each name in its own paragraph; word overlap then finds the claim
// nearly supported. When no source names the two people within a few sentences of each other, no passage can
// back the relation, and the finding says so (an unsupported claim, with the names).

/** Sentences apart two mentions may stand and still be one passage about both people. */
const TOGETHER = 5;
/**
 * Words that put a person beside the one acting ("… mengunjungi Beijing bersama Putin", "together with", "alongside"):
 * a source that has them do it together names them in one sentence.
 */
const COMPANION = new Set(['bersama', 'alongside']);
const COMPANION_AFTER = new Set(['together', 'along']);

/** The distinct people of the claim that the sources know, in the order the claim names them, with the claim's words for each. */
function people(claim: Claim): Array<{ e: Entity; written: string }> {
  const out: Array<{ e: Entity; written: string }> = [];
  for (const n of claim.sentence.names) {
    if (n.kind !== 'person' && n.kind !== 'other') continue;
    const e = resolveName(claim.corpus, claim.draft, n);
    if (e && e.kind === 'person' && !out.some(x => x.e === e)) out.push({ e, written: n.text });
  }
  return out;
}

/**
 * Whether a sentence within TOGETHER of one's mentions writes the other as the claim does ("Persebat", which the
 * sources mostly write alone, or run into another name, "Persebat Darius Sitompul"), by the claim's longest word for
 * them. The mentions read are bounded as namedInOneSentence's are.
 */
function writtenNear(claim: Claim, a: Entity, written: string): boolean {
  const word = longestNameWord(written), m = a.mentions;
  if (word.length < 3 || m.length > MAX_READ) return m.length > MAX_READ;
  for (let k = 0; k < m.length; k++) {
    const story = claim.corpus.docs[m.doc(k)].facts.sentences;
    for (let i = Math.max(0, m.sentence(k) - TOGETHER); i <= m.sentence(k) + TOGETHER && i < story.length; i++) {
      if (story[i].tokens.some(t => t.norm === word)) return true;
    }
  }
  return false;
}

/** Whether some source names both within `reach` sentences of each other. */
function namedTogether(a: Entity, b: Entity, reach = TOGETHER): boolean {
  const [few, many] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
  const near = new Set<string>();
  const f = few.mentions, m = many.mentions;
  for (let k = 0; k < f.length; k++) for (let d = -reach; d <= reach; d++) near.add(`${f.doc(k)}:${f.sentence(k) + d}`);
  for (let k = 0; k < m.length; k++) if (near.has(`${m.doc(k)}:${m.sentence(k)}`)) return true;
  return false;
}

/**
 * Whether some source sentence names both: as mentions of the two, or one's mention and the other's last name
 * among its words (a name the tagger ran into another, "Rombongan Putin di Beijing termasuk … Andrei Belousov").
 */
function namedInOneSentence(claim: Claim, a: Entity, b: Entity): boolean {
  if (namedTogether(a, b, 0)) return true;
  const lastWord = (e: Entity) => e.name.toLowerCase().split(/\s+/).pop() ?? '';
  const inSentencesOf = (e: Entity, word: string) => {
    const m = e.mentions;
    for (let k = 0; k < m.length; k++) if (claim.corpus.sentence({ doc: m.doc(k), sentence: m.sentence(k) }).tokens.some(t => t.norm === word)) return true;
    return false;
  };
  const [few, many] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
  // Each mention's sentence is read: past MAX_READ, the two are taken as named together (nothing is reported).
  return few.mentions.length > MAX_READ || inSentencesOf(few, lastWord(many));
}

/** Sentences of the less mentioned person read for the other's last name: a bound on the work in a large archive. */
const MAX_READ = 200;

/**
 * The pairs of known people the claim has act together: a person named right after "bersama" ("together with",
 * "alongside"), with the person named nearest before it ("Ursula von der Leyen mengunjungi Beijing bersama Putin").
 */
function companions(claim: Claim): Array<[Entity, Entity]> {
  const s = claim.sentence, out: Array<[Entity, Entity]> = [];
  const person = (i: number) => {
    const n = s.names[i];
    if (n.kind !== 'person' && n.kind !== 'other') return undefined;
    const e = resolveName(claim.corpus, claim.draft, n);
    return e?.kind === 'person' ? e : undefined;
  };
  for (let k = 1; k < s.names.length; k++) {
    const at = s.tokens.findIndex(t => t.start >= (s.names[k].role?.start ?? s.names[k].start));
    const before = s.tokens[at - 1]?.norm ?? '', twoBefore = s.tokens[at - 2]?.norm ?? '';
    if (!COMPANION.has(before) && !(before === 'with' && COMPANION_AFTER.has(twoBefore))) continue;
    const b = person(k);
    let a: Entity | undefined;
    for (let i = k - 1; i >= 0 && !a; i--) a = person(i);
    if (a && b && a !== b) out.push([a, b]);
  }
  return out;
}

export function checkRelation(claim: Claim): Finding[] {
  // People who act together are named in one sentence: within a few of each other, each may be in another story.
  for (const [a, b] of companions(claim)) if (!namedInOneSentence(claim, a, b)) return [notTogether(claim, a, b)];
  const known = people(claim);
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      const [a, b] = [known[i], known[j]];
      if (namedTogether(a.e, b.e) || writtenNear(claim, a.e, b.written) || writtenNear(claim, b.e, a.written)) continue;
      return [notTogether(claim, a.e, b.e)];
    }
  }
  return [];
}

function notTogether(claim: Claim, a: Entity, b: Entity): Finding {
  // More documents may name the two together (read-log.ts); named together, they stay so.
  logOf(claim.corpus)?.markUnrepeatable();
  return {
    start: claim.sentence.start, end: claim.sentence.end, code: 'unsupported-claim',
    message: say(readerLang(claim), 'not-together', { a: a.name, b: b.name }), evidence: [], fixes: [],
  };
}
