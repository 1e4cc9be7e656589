import { SentenceFacts, Word } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { isNegated, looksLikeVerb } from '../facts/negation';
import { CHAIRING_VERBS } from '../facts/roles';
import { synonymGroup } from '../lexicon/synonyms';

// Who does the act in a passage's active sentence, for the check of an act given to another (act-by-another.ts): the
// name right before the verb ("The Rovers Supporters' Trust, which owns 5 per cent of the club"), or the person a
// pronoun there stands for ("Putin juga diharapkan mengunjungi Harbin, …, di mana dia akan menghadiri forum …").

/** English words between a subject and its verb: auxiliaries and adverbs ("Kessling has already lent …"). */
const ENGLISH_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'already', 'now', 'still', 'recently', 'later',
  'then', 'did', 'does', 'do', 'is', 'was', 'are', 'were']);
/** Indonesian words between a subject and its verb: auxiliaries ("Putin telah menolak …", "Zelensky akan menghadiri …"). */
export const INDONESIAN_AUXILIARIES = new Set(['telah', 'sudah', 'juga', 'pun', 'lalu', 'kemudian', 'akhirnya', 'sempat', 'pernah', 'akan']);
/** Words between a passage's agent and its verb, by language: auxiliaries, a relative, what the agent is expected to do. */
const BEFORE_VERB = {
  en: new Set([',', 'which', 'who', 'that', ...ENGLISH_AUXILIARIES]),
  id: new Set([',', 'yang', ...INDONESIAN_AUXILIARIES, 'diharapkan', 'dijadwalkan', 'berencana', 'ingin', 'hendak', 'bisa', 'dapat', 'harus',
    'masih', 'sedang', 'tengah', 'baru']),
};
/** Pronouns that stand for a person named before them in the sentence. */
const PRONOUNS = new Set(['dia', 'ia', 'beliau', 'he', 'she']);
/** Words after a name that make it no subject: it is the object of a preposition or one of a pair ("dengan Xi di Beijing"). */
const NOT_SUBJECT = new Set(['di', 'ke', 'dari', 'pada', 'dengan', 'untuk', 'dan', 'atau', 'in', 'at', 'to', 'of', 'with', 'and', 'or', 'for', 'from']);
/** Words of saying: whose words they are is the quotation checks' business (speaker-near.ts, quote-check.ts). */
const ENGLISH_SAYING = /^(?:sa(?:y|id|ys)|told|tell|stat|announc|add|explain|warn|insist|argu|claim)/;
const SAYING = synonymGroup('kata');

/** Whether a verb is one of saying, in either language. */
export const isSaying = (verb: Word) => ENGLISH_SAYING.test(verb.norm) || synonymGroup(verb.stem) === SAYING;

/** An Indonesian active verb: me- before a root the stemmer took it off ("mengunjungi": kunjung). */
export const isActiveMeVerb = (w: Word) => w.norm.startsWith('me') && !w.stem.startsWith('me') && w.norm.length > w.stem.length;

/** Whether one name holds every word of the other ("Cantelli Editore SpA", "Cantelli"). */
export const sharesName = (a: NameMention, b: NameMention) => a.words.every(w => b.words.includes(w)) || b.words.every(w => a.words.includes(w));

/**
 * An English claim's subject name and its verb, when a name opens the sentence ("The" before it allowed) and a
 * content word that is no saying follows it, past auxiliaries: "Walter Kessling owns 5 per cent of the club".
 */
export function englishSubjectAct(s: SentenceFacts): { name: NameMention; verb: Word } | undefined {
  const name = s.names[0];
  let first = s.tokens.findIndex(t => t.kind === 'word');
  if (s.tokens[first]?.norm === 'the') first++;
  if (!name || first < 0 || s.tokens[first]?.start !== (name.role?.start ?? name.start)) return undefined;
  let i = s.tokens.findIndex(t => t.start >= name.end);
  while (i >= 0 && i < s.tokens.length && ENGLISH_AUXILIARIES.has(s.tokens[i].norm)) i++;
  const verb = s.words.find(w => w.token === i);
  // A title as a verb ("chairs the committee") is a role, which the role checks compare.
  if (!verb || verb.stop || s.tokens[i].cap || isSaying(verb) || CHAIRING_VERBS.has(verb.norm) || isNegated(s.tokens, verb)) return undefined;
  return { name, verb };
}

/**
 * The name a passage gives as the subject of the claim's verb, when the claim's subject is nowhere in the sentence:
 * the name right before the verb, past the words that may stand between, or the person a pronoun there stands for.
 * An Indonesian verb in its active form only ("mengunjungi", not "dikunjungi", whose subject is what is visited).
 */
export function activeAgent(source: SentenceFacts, stem: string, subject: NameMention, lang: 'en' | 'id'): NameMention | undefined {
  if (source.names.some(m => sharesName(m, subject))) return undefined;
  const between = BEFORE_VERB[lang];
  for (const w of source.words) {
    if (w.stem !== stem || (lang === 'id' && !/^(?:me|ber)/.test(w.norm))) continue;
    let j = w.token - 1;
    while (j >= 0 && between.has(source.tokens[j].norm)) j--;
    if (j < 0) continue;
    const agent = PRONOUNS.has(source.tokens[j].norm) ? personBefore(source, j, between) : source.names.find(m => m.end === source.tokens[j].end);
    if (agent) return withNamesBefore(source, agent);
  }
  return undefined;
}

/**
 * The person a pronoun at token `at` stands for: the last person named before it in the sentence as a subject,
 * followed by a verb rather than a preposition ("Putin juga diharapkan mengunjungi …", not "dengan Xi di Beijing").
 */
function personBefore(s: SentenceFacts, at: number, between: ReadonlySet<string>): NameMention | undefined {
  const pronoun = s.tokens[at];
  const people = s.names.filter(m => m.kind === 'person' && m.end <= pronoun.start);
  for (let i = people.length - 1; i >= 0; i--) {
    let k = s.tokens.findIndex(t => t.start >= people[i].end);
    while (k >= 0 && k < at && between.has(s.tokens[k].norm)) k++;
    const next = s.tokens[k];
    if (next && next.kind === 'word' && !next.cap && !NOT_SUBJECT.has(next.norm) && (looksLikeVerb(next.norm) || /\p{L}{2}(?:ed|s)$/u.test(next.norm))) return people[i];
  }
  return undefined;
}

/**
 * A name with the names right before it, a possessive's apostrophe at most between: "Rovers Supporters' Trust",
 * which the tagger may read as two.
 */
function withNamesBefore(s: SentenceFacts, name: NameMention): NameMention {
  let from = name;
  for (;;) {
    const gap = s.text.slice(0, from.start - s.start).match(/['’]?\s*$/)![0].length;
    const before = s.names.find(m => m.end === from.start - gap);
    if (!before) break;
    from = before;
  }
  if (from === name) return name;
  const words = s.names.filter(m => m.start >= from.start && m.end <= name.end).flatMap(m => m.words);
  return { ...name, start: from.start, text: s.text.slice(from.start - s.start, name.end - s.start), words };
}
