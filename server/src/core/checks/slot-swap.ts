import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts, Word } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { isSymmetricVerb } from '../facts/role-reversal';
import { looksLikeVerb } from '../facts/negation';
import { Corpus } from '../index/corpus';
import { CAPITAL_NAMES, COUNTRY_NAMES } from '../lexicon/places';

// Two parties of the claim traded between the places a passage gives them, where the relation is too long for the
// role-swap check to read: "Rusia menyediakan sekitar 70 persen peralatan mesin yang diimpor China" where the
// passage has China "menyediakan sekitar 70 persen peralatan mesin … yang diimpor Rusia". Both names stand in both
// sentences, so no name is unknown or swapped for an outsider; but right after the same verb ("diimpor") the
// passage has the other party.

/** Coverage a passage needs before the places of its names can speak against the claim's: about the same thing. */
const ALIGNED = 0.6;

/**
 * A verb by its form: an Indonesian affix on a shorter stem ("diimpor", "menuduh"), an English past ("accused").
 * Not a noun: "invasi Rusia" and "invasi Putin", "satelit BeiDou" and "satelit Glonass" name things, not sides.
 */
const verbForm = (w: Word) => (w.stem.length < w.norm.length && looksLikeVerb(w.norm)) || /\p{L}{2}ed$/u.test(w.norm);

/** The verb right before a name: the act whose side it is on ("diimpor China"). */
function anchorOf(s: SentenceFacts, name: NameMention): Word | undefined {
  const from = name.role?.start ?? name.start;
  const before = s.words.filter(w => w.end <= from).pop();
  if (!before || before.stop || !verbForm(before) || s.names.some(n => before.start >= n.start && before.end <= n.end)) return undefined;
  // Only right before it: nothing but the name's own title between.
  const between = s.tokens.filter(t => t.start >= before.end && t.end <= from);
  return between.length ? undefined : before;
}

/**
 * A capital and a country stand for one another ("membuat Moskow bergantung" for "membuat Rusia bergantung"): not
 * two parties, however the registry counts them.
 */
function standsFor(a: NameMention, b: NameMention): boolean {
  const capital = (n: NameMention) => CAPITAL_NAMES.has(n.text.toLowerCase()), country = (n: NameMention) => COUNTRY_NAMES.has(n.text.toLowerCase());
  return (capital(a) && country(b)) || (country(a) && capital(b));
}

/** The entity a name stands for, else its key: two names are one party when these agree. */
function partyOf(corpus: Corpus, n: NameMention): string {
  const e = corpus.registry.resolve(n);
  return e ? `#${e.id}` : n.key;
}

/** Whether a passage has the party right after the same word as the claim. */
function keepsSide(corpus: Corpus, source: SentenceFacts, party: string, anchor: Word): boolean {
  return source.names.some(m => partyOf(corpus, m) === party && anchorOf(source, m)?.norm === anchor.norm);
}

export function checkSlotSwap(claim: Claim): Finding[] {
  const { corpus, sentence } = claim;
  if (sentence.names.length < 2) return [];
  const parties = new Map(sentence.names.map(n => [n, partyOf(corpus, n)] as const));
  if (new Set(parties.values()).size < 2) return [];
  for (const a of claim.evidence) {
    if (a.coverage < ALIGNED) continue;
    const source = corpus.sentence(a.ref);
    const theirs = source.names.map(m => ({ m, party: partyOf(corpus, m) }));
    for (const [name, party] of parties) {
      const anchor = anchorOf(sentence, name);
      if (!anchor || isSymmetricVerb(anchor.stem, anchor.norm)) continue;
      // Right after the same word the passage has another party of the claim, and the claim's party elsewhere.
      const rival = theirs.find(({ m, party: p }) => p !== party && [...parties.values()].includes(p) && anchorOf(source, m)?.norm === anchor.norm &&
        !standsFor(name, m));
      if (!rival || !theirs.some(t => t.party === party) || keepsSide(corpus, source, party, anchor)) continue;
      // Another passage as close to the claim gives the party the claim's place: the sources differ, and the claim
      // says what one of them says (a story filed again with the sides the other way round is no contradiction of it).
      // Only a passage with no other party of the claim there: "mengalahkan Indonesia …, mengalahkan Korea Selatan".
      const others = [...parties.values()].filter(p => p !== party);
      if (claim.evidence.some(b => {
        if (b === a || b.coverage < a.coverage) return false;
        const other = corpus.sentence(b.ref);
        return keepsSide(corpus, other, party, anchor) && !others.some(p => keepsSide(corpus, other, p, anchor));
      })) continue;
      const draftText = sentence.text.slice(anchor.start - sentence.start, name.end - sentence.start);
      const sourceAnchor = anchorOf(source, rival.m)!;
      const sourceText = source.text.slice(sourceAnchor.start - source.start, rival.m.end - source.start);
      return [{
        start: sentence.start, end: sentence.end, code: 'contradiction',
        message: say(readerLang(claim), 'reversed-roles', { source: sourceText, draft: draftText, label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
        evidence: [evidenceSentence(corpus, a)], fixes: [],
      }];
    }
  }
  return [];
}
