import { Claim } from './types';
import { SentenceFacts, Word, contentWords } from '../facts/analyze';
import { Alignment, alignmentAt } from '../index/support';
import { areOpposed, senseIn } from '../lexicon/antonyms';
import { isNegated } from '../facts/negation';

// A state the story gives the claim's event in a sentence that goes on about it: "Sementara itu, sekitar 200
// nasabah berunjuk rasa di depan kantor DLMS … Aksi itu dijaga puluhan polisi dan berlangsung tertib." against
// "Unjuk rasa … berlangsung ricuh". The claim joins what the story says in two sentences, so no one sentence states
// enough of it to be read for opposites; the opposite stands in the same frame ("berlangsung tertib"), or with the
// claim's object as its subject ("Tawaran itu ditolak." after the offer's passage, against "Warga menerima tawaran
// …"), in a sentence that points back to the passage ("Aksi itu", "Mereka").

/** Sentences after the passage in which the story may go on about its event. */
const REACH = 2;
/** Words that point back to what the sentence before named: "Aksi itu", "Unjuk rasa tersebut", "Mereka …". */
const POINTING_BACK: ReadonlySet<string> = new Set(['itu', 'tersebut', 'ini', 'mereka', 'ia', 'dia', 'they', 'it', 'this', 'that']);
/** Tokens at a sentence's start among which a word pointing back must stand. */
const OPENING = 4;

/** The word before a word in its sentence, as a stem: the frame an antonym must share ("berlangsung"). */
function frameOf(s: SentenceFacts, w: Word): string | undefined {
  return s.words.filter(x => x.end <= w.start && !x.stop).at(-1)?.stem;
}

/** The word after a word in its sentence, as a stem: what an active verb acts on ("menerima tawaran"). */
function objectOf(s: SentenceFacts, w: Word): string | undefined {
  return s.words.find(x => x.start >= w.end && !x.stop)?.stem;
}

/**
 * The opposite of a claim word in a sentence after a candidate passage that goes on about its event, if any: in the
 * same frame ("berlangsung tertib" against "berlangsung ricuh"), or with the claim's object as its subject ("Tawaran
 * itu ditolak." against "Warga menerima tawaran …").
 */
export function oppositeBeside(claim: Claim, claimWords: readonly Word[], candidates: readonly Alignment[]): { a: Alignment; source: Word; sourceSentence: SentenceFacts; draft: Word } | undefined {
  // What is asked of each claim word is the same for every sentence read: its sense and frames, computed once.
  const asked = claimWords.map(c => ({
    c, sense: senseIn(claim.sentence.tokens, c), negated: isNegated(claim.sentence.tokens, c),
    frames: [frameOf(claim.sentence, c), objectOf(claim.sentence, c)].filter((f): f is string => f !== undefined),
  })).filter(x => x.frames.length > 0);
  if (!asked.length) return undefined;
  for (const passage of candidates) {
    const story = claim.corpus.docs[passage.ref.doc].facts.sentences;
    for (let i = passage.ref.sentence + 1; i <= passage.ref.sentence + REACH && i < story.length; i++) {
      const s = story[i];
      if (!s.tokens.slice(0, OPENING).some(t => POINTING_BACK.has(t.norm))) continue;
      const words = contentWords(s);
      const senses = words.map(w => senseIn(s.tokens, w));
      for (const { c, sense, negated, frames } of asked) {
        // A sentence that has the claim's word too tells of both ("… Musim Panas Beijing 2008 dan … Musim Dingin …").
        if (words.some(w => w.stem === c.stem)) continue;
        const opposite = words.find((w, k) => areOpposed(sense, senses[k]) && frames.includes(frameOf(s, w) ?? '') &&
          isNegated(s.tokens, w) === negated);
        if (opposite) return { a: alignmentAt(passage.ref.doc, i), source: opposite, sourceSentence: s, draft: c };
      }
    }
  }
  return undefined;
}
