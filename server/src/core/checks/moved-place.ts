import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { Token } from '../types';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { SentenceFacts, quotesTouching } from '../facts/analyze';
import { PLACE_HEADS } from '../facts/ner-place-cues';
import { restCovered } from './entity-swap';
import { placesSameThing } from './place-slots';
import { normBefore } from '../facts/description-words';

// A real event moved to another place the story names: "Polisi membuntuti Dedi sejak ia berangkat dari rumahnya di
// Desa Lubuk Pinang, Kecamatan Renggas Hulu" where the passage that states the rest has "di Desa Sukaraya, Kecamatan
// Renggas Hilir", and the story names Lubuk Pinang only where the courier was caught. A local address is written as
// a run of places ("Desa …, Kecamatan …"): the name-swap check (entity-swap.ts) weighs one name at a time, so the
// address's other names kept every passage from stating the rest. Here the address is one slot: every name of it is
// set aside, and a passage that states the rest with another address of the same kind after the same word, placing
// the same thing, and none of the claim's places, gives the finding.

/** Words before an address that put something at it. */
const AT = new Set(['di', 'dari', 'ke', 'in', 'at', 'from', 'to']);

/**
 * Share of the rest of the claim (by weight) a passage must state. Less than for a swapped name (0.9): an address
 * stands in a sentence that often names its subject another way ("Perempuan berusia 38 tahun itu diringkus di …" for
 * "Polisi meringkus Dewi Anggraeni di …"), and the address's kind, its word before it and the thing it places must
 * match as well.
 */
const REST_COVERED = 0.8;

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


/** The addresses of a sentence: each run of places that opens right after one of the words of `AT`. */
function addressesOf(s: SentenceFacts): NameMention[][] {
  const out: NameMention[][] = [];
  for (let i = 0; i < s.names.length; i++) {
    if (s.names[i].kind !== 'place' || !AT.has(normBefore(s.tokens, s.names[i]))) continue;
    const address = addressAt(s.tokens, s.names, i);
    out.push(address);
    i += address.length - 1;
  }
  return out;
}

export function checkMovedPlace(claim: Claim): Finding[] {
  const { corpus, sentence } = claim;
  const quoted = quotesTouching(claim.draft, sentence);
  const resolvesTo = (m: NameMention, id: number) => corpus.registry.resolve(m)?.id === id;
  for (const address of addressesOf(sentence)) {
    // Only places that say what kind they are: "di Bandung" may be the city of a passage's "di Jawa Barat".
    const head = address[0], at = normBefore(sentence.tokens, head);
    if (quoted.some(q => head.start >= q.start && head.end <= q.end)) continue;
    const places = address.map(m => ({ m, e: corpus.registry.resolve(m) }));
    // A place no source names is the unknown-name check's.
    if (places.some(p => !p.e)) continue;
    const levels = places.filter((p): p is { m: NameMention; e: Entity } => !!p.e && !!headOf(p.m));
    if (!levels.length) continue;
    const end = address[address.length - 1].end;
    const own = claim.terms.flatMap((t, k) => (t.start >= head.start && t.end <= end ? [k] : []));
    const stating = claim.evidence.filter(a => restCovered(claim, a, own) >= REST_COVERED);
    // A level a passage names as where something is ("di Desa …", not "warga Desa …") may well be where the event is.
    const named = levels.filter(({ e }) => stating.some(a => addressesOf(corpus.sentence(a.ref)).some(x => x.some(m => resolvesTo(m, e.id)))));
    for (const a of stating) {
      const source = corpus.sentence(a.ref);
      // The passage's address after the same word, placing the same thing, holds a place of a level's kind that is not the claim's.
      const theirs = addressesOf(source).find(x => normBefore(source.tokens, x[0]) === at && placesSameThing(sentence, head, source, x[0]));
      const moved = (theirs ? levels.filter(l => !named.includes(l)) : []).flatMap(({ m }) => { const r = theirs!.find(x => headOf(x) === headOf(m)); return r ? [{ m, r }] : []; });
      if (!moved.length) continue;
      // Every level moved: the whole address is the finding ("Desa …, Kecamatan …"); else the first level that moved.
      const whole = moved.length === levels.length, m = { start: moved[0].m.start, end: (whole ? moved[moved.length - 1] : moved[0]).m.end };
      const rival = { start: moved[0].r.start, end: (whole ? moved[moved.length - 1] : moved[0]).r.end };
      const text = source.text.slice(rival.start - source.start, rival.end - source.start), draft = sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
      const lang = readerLang(claim);
      return [{
        start: m.start, end: m.end, code: 'unknown-entity',
        message: say(lang, 'differs', { source: text, draft, label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
        evidence: [evidenceSentence(corpus, a)],
        fixes: [{ title: say(lang, 'fix.replace', { text }), start: m.start, end: m.end, newText: text }],
      }];
    }
  }
  return [];
}
