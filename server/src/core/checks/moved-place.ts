import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Token } from '../types';
import { NameMention } from '../facts/names';
import { SentenceFacts, quotesTouching } from '../facts/analyze';
import { PLACE_HEADS } from '../facts/ner-place-cues';
import { restCovered } from './entity-swap';
import { placesSameThing } from './place-slots';

// A real event moved to another place the story names: "Polisi membuntuti Dedi sejak ia berangkat dari rumahnya di
// Desa Lubuk Pinang, Kecamatan Renggas Hulu" where the passage that states the rest has "di Desa Sukaraya, Kecamatan
// Renggas Hilir", and the story names Lubuk Pinang only where the courier was caught. A local address is written as
// a run of places ("Desa …, Kecamatan …"): the name-swap check (entity-swap.ts) weighs one name at a time, so the
// address's other names kept every passage from stating the rest. Here the address is one slot: every name of it is
// set aside, and a passage that states the rest with another address of the same kind after the same word, placing
// the same thing, and none of the claim's places, gives the finding.

/** Words before an address that put something at it. */
const AT = new Set(['di', 'dari', 'ke', 'in', 'at', 'from', 'to']);

/** Share of the rest of the claim (by weight) a passage must state, as for a swapped name. */
const REST_COVERED = 0.9;

/** The names of an address that opens at names[i]: the place and those after it, each after a comma. */
function addressAt(tokens: readonly Token[], names: readonly NameMention[], i: number): NameMention[] {
  const out = [names[i]];
  for (let k = i + 1; k < names.length && names[k].kind === 'place'; k++) {
    const between = tokens.filter(t => t.start >= out[out.length - 1].end && t.end <= names[k].start);
    if (between.length !== 1 || between[0].text !== ',') break;
    out.push(names[k]);
  }
  return out;
}

/** The word that opens a place's name when it says what kind of place it is ("Desa", "Kecamatan"), else ''. */
const headOf = (m: NameMention) => (PLACE_HEADS.has(m.words[0]) ? m.words[0] : '');

/** The word right before a name. */
const wordBefore = (tokens: readonly Token[], m: NameMention) => tokens[tokens.findIndex(t => t.start >= m.start) - 1]?.norm ?? '';

/** The address of the passage after the same word, its first place of the same kind as the claim's, if any. */
function rivalAddress(source: SentenceFacts, claimSentence: SentenceFacts, head: NameMention, at: string): NameMention[] | undefined {
  const i = source.names.findIndex(m => m.kind === 'place' && headOf(m) === headOf(head) && wordBefore(source.tokens, m) === at &&
    placesSameThing(claimSentence, head, source, m));
  return i < 0 ? undefined : addressAt(source.tokens, source.names, i);
}

export function checkMovedPlace(claim: Claim): Finding[] {
  const { corpus, sentence } = claim;
  const quoted = quotesTouching(claim.draft, sentence);
  for (let i = 0; i < sentence.names.length; i++) {
    const head = sentence.names[i];
    // Only a place that says what kind it is: "di Bandung" may be the city of a passage's "di Jawa Barat".
    const at = wordBefore(sentence.tokens, head);
    if (head.kind !== 'place' || !headOf(head) || !AT.has(at) || quoted.some(q => head.start >= q.start && head.end <= q.end)) continue;
    const address = addressAt(sentence.tokens, sentence.names, i);
    const places = address.map(m => corpus.registry.resolve(m));
    // A place no source names is the unknown-name check's.
    if (places.some(e => !e)) continue;
    const own = claim.terms.flatMap((t, k) => (t.start >= head.start && t.end <= address[address.length - 1].end ? [k] : []));
    const stating = claim.evidence.filter(a => restCovered(claim, a, own) >= REST_COVERED);
    // A passage that names one of the claim's places may well put the event there.
    if (stating.some(a => corpus.sentence(a.ref).names.some(m => places.some(e => corpus.registry.resolve(m)?.id === e!.id)))) continue;
    for (const a of stating) {
      const source = corpus.sentence(a.ref);
      const rival = rivalAddress(source, sentence, head, at);
      if (!rival) continue;
      const from = rival[0].start, to = rival[rival.length - 1].end;
      const text = source.text.slice(from - source.start, to - source.start), draft = sentence.text.slice(head.start - sentence.start, address[address.length - 1].end - sentence.start);
      const lang = readerLang(claim);
      return [{
        start: head.start, end: address[address.length - 1].end, code: 'unknown-entity',
        message: say(lang, 'differs', { source: text, draft, label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
        evidence: [evidenceSentence(corpus, a)],
        fixes: [{ title: say(lang, 'fix.replace', { text }), start: head.start, end: address[address.length - 1].end, newText: text }],
      }];
    }
  }
  return [];
}
