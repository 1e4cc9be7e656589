import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say, quotedList } from '../messages/catalogue';
import { Entity } from '../index/registry';
import { speaksIn } from '../facts/attribution';
import { resolveName } from '../index/name-resolution';
import { placedRoles, placesOf, roleSpeakers } from './speaker-by-role';

// The mirror of speaker-by-role.ts: a statement the draft gives to a role or body of a country ("Pemimpin Iran
// berterima kasih kepada Xi atas dukungan serius China …") where the passage stating it gives it to a named person
// the sources place only in other countries ("… Lukashenko, yang dikutip … sebagai ucapan terima kasih kepada Xi
// atas “dukungan serius China …”", Lukashenko being Belarusian). The words are the sources', the mouth is not.

/** Coverage of a passage that states the claim well enough that its speaker is the one the claim means. */
const STATES = 0.6;

/** The people a passage gives words to: named before a verb of saying, or the speakers of quotations in it. */
function namedSpeakers(claim: Claim, doc: number, sentence: number): Entity[] {
  const { corpus } = claim, s = corpus.docs[doc].facts.sentences[sentence], out: Entity[] = [];
  const add = (e: Entity | undefined) => { if (e?.kind === 'person' && !out.includes(e)) out.push(e); };
  for (const m of s.names) if (speaksIn(s.tokens, m.role?.start ?? m.start, m.end)) add(corpus.registry.resolve(m));
  for (const q of corpus.docs[doc].facts.quotes) {
    if (q.start < s.end && s.start < q.end && q.attribution.speaker) add(corpus.registry.resolve(q.attribution.speaker));
  }
  return out;
}

export function checkRoleForSpeaker(claim: Claim): Finding[] {
  const [role, ...others] = roleSpeakers(claim.sentence);
  if (!role || others.length) return [];
  const { corpus } = claim;
  // A claim that has a named person speak ("Presiden Iran Ebrahim Raisi mengatakan", "… mengutip Putin yang
  // mengatakan …") is speaker-by-role's case and entity-swap's.
  const s = claim.sentence;
  if (s.names.some(n => resolveName(corpus, claim.draft, n)?.kind === 'person' && speaksIn(s.tokens, n.role?.start ?? n.start, n.end))) return [];
  for (const a of claim.evidence) {
    if (a.coverage < STATES) continue;
    const source = corpus.sentence(a.ref);
    // The passage may give the words to a role of the claim's country too.
    if (roleSpeakers(source).some(r => [...r.places].some(p => role.places.has(p)))) return [];
    const speakers = namedSpeakers(claim, a.ref.doc, a.ref.sentence);
    if (speakers.length !== 1) continue;
    const [person] = speakers, own = placesOf(person);
    if (!own.size || [...own].some(p => role.places.has(p))) return [];
    const lang = readerLang(claim);
    const roles = placedRoles(person);
    return [{
      start: role.start, end: role.end, code: 'unknown-entity',
      message: say(lang, 'role-not-speaker', { role: role.text, name: person.name, roles: quotedList(lang, roles), label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
      evidence: [evidenceSentence(corpus, a)],
      fixes: [{ title: say(lang, 'fix.replace', { text: person.name }), start: role.start, end: role.end, newText: person.name }],
    }];
  }
  return [];
}
