import { Claim, Finding, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { resolveName } from '../index/name-resolution';
import { logOf } from '../index/read-log';

// A sentence that relates two people the sources know ("X promised Y …", "X menandatangani kesepakatan dengan Y")
// says something of the two together, and a source that says it names them together. Every word of an invented
// relation may stand somewhere in the sources, each name in its own paragraph; word overlap then finds the claim
// nearly supported. When no source names the two people within a few sentences of each other, no passage can
// back the relation, and the finding says so (an unsupported claim, with the names).

/** Sentences apart two mentions may stand and still be one passage about both people. */
const TOGETHER = 5;

/** The distinct people of the claim that the sources know, in the order the claim names them. */
function people(claim: Claim): Entity[] {
  const out: Entity[] = [];
  for (const n of claim.sentence.names) {
    if (n.kind !== 'person' && n.kind !== 'other') continue;
    const e = resolveName(claim.corpus, claim.draft, n);
    if (e && e.kind === 'person' && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Whether some source names both within TOGETHER sentences of each other. */
function namedTogether(a: Entity, b: Entity): boolean {
  const [few, many] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
  const near = new Set<string>();
  const f = few.mentions, m = many.mentions;
  for (let k = 0; k < f.length; k++) for (let d = -TOGETHER; d <= TOGETHER; d++) near.add(`${f.doc(k)}:${f.sentence(k) + d}`);
  for (let k = 0; k < m.length; k++) if (near.has(`${m.doc(k)}:${m.sentence(k)}`)) return true;
  return false;
}

export function checkRelation(claim: Claim): Finding[] {
  const known = people(claim);
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      if (namedTogether(known[i], known[j])) continue;
      // More documents may name the two together (read-log.ts); named together, they stay so.
      logOf(claim.corpus)?.markUnrepeatable();
      return [{
        start: claim.sentence.start, end: claim.sentence.end, code: 'unsupported-claim',
        message: say(readerLang(claim), 'not-together', { a: known[i].name, b: known[j].name }),
        evidence: [], fixes: [],
      }];
    }
  }
  return [];
}
