import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say } from '../messages/catalogue';
import { SentenceFacts, Word } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { isNegated } from '../facts/negation';
import { synonymGroup } from '../lexicon/synonyms';
import { mentionedIn } from '../index/mention-list';
import { subjectAndRest } from './act-by-another';
import { ARTICLES, isEnglishStopword, isIndonesianStopword } from '../text/stopwords';

// The act the passage gives to a body it does not name: "Westmoor University funded the study with a grant of
// £250,000" where the passage has "The regional health authority funded the study with a grant of £250,000". Every
// word but the name stands in the passage, and the name is known from another sentence, so neither the word test
// nor the unknown-name check speaks, and the swap check wants a named rival. Read only in the plainest shape: the
// claim opens with the name right before its verb, the passage opens with a short unnamed subject right before the
// same verb, and the passage states all the rest.

/** Share of the claim's weight outside its subject's name that the passage must state. */
const REST_STATED = 0.9;
/** Words a passage's unnamed subject may have: "the regional health authority", "otoritas kesehatan regional". */
const MAX_SUBJECT_WORDS = 5;
/** Words between a subject and its verb: auxiliaries ("has funded", "telah mendanai"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'will', 'would', 'also', 'telah', 'sudah', 'juga', 'akan', 'pun']);
/** Subjects that point back to someone named before, who may be the claim's own: no rival. */
const POINTING = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her',
  'ia', 'dia', 'mereka', 'kami', 'kita', 'beliau', 'ini', 'itu', 'tersebut', 'pihaknya']);

/** The token right after a span, past auxiliaries. */
function afterAuxiliaries(s: SentenceFacts, end: number): number {
  let i = s.tokens.findIndex(t => t.start >= end);
  while (i >= 0 && i < s.tokens.length && AUXILIARIES.has(s.tokens[i].norm)) i++;
  return i;
}

/** The claim's subject name and its verb, when the name opens the sentence and a content word follows it. */
function subjectVerb(s: SentenceFacts): { name: NameMention; verb: Word } | undefined {
  const name = s.names[0];
  let first = s.tokens.findIndex(t => t.kind === 'word');
  // "The Elswick Chamber of Commerce chaired …": a body's name may take an article.
  if (first >= 0 && ARTICLES.has(s.tokens[first].norm)) first++;
  if (!name || first < 0 || s.tokens[first]?.start !== (name.role?.start ?? name.start)) return undefined;
  const verb = s.words.find(w => w.token === afterAuxiliaries(s, name.end));
  // Saying is the attribution checks' business: a statement of "officials" may well be a named person's. A capital
  // after the name is another name ("Pemkab Serdang Hilir menyediakan …" read as "Pemkab" and "Serdang Hilir"), no verb.
  if (!verb || verb.stop || verb.cap || synonymGroup(verb.stem) === synonymGroup('kata') || isNegated(s.tokens, verb)) return undefined;
  return { name, verb };
}

/** The passage's unnamed subject before the same verb, as written, when it opens the sentence. */
function unnamedSubject(source: SentenceFacts, norm: string, name: NameMention): string | undefined {
  // The verb as the claim writes it: "kunjungannya" (a visit) shares the stem of "mengunjungi" but acts on nothing.
  const verb = source.words.find(w => w.norm === norm);
  if (!verb || isNegated(source.tokens, verb)) return undefined;
  let end = verb.token;
  while (end > 0 && AUXILIARIES.has(source.tokens[end - 1].norm)) end--;
  const subject = source.tokens.slice(0, end);
  const words = subject.filter(t => !ARTICLES.has(t.norm));
  if (!words.length || words.length > MAX_SUBJECT_WORDS || subject.some(t => t.kind !== 'word')) return undefined;
  // Lower-case but for the sentence's first word, and no name in it: a body the passage describes, not names.
  if (subject.slice(1).some(t => t.cap) || source.names.some(n => n.start < verb.start)) return undefined;
  const own = new Set(name.words.map(w => w.toLowerCase()));
  if (words.some(t => POINTING.has(t.norm) || own.has(t.norm) || isEnglishStopword(t.norm) || isIndonesianStopword(t.norm))) return undefined;
  return source.text.slice(subject[0].start - source.start, subject[subject.length - 1].end - source.start);
}

/** Words that end a passive's agent: "chaired by the regional labour board, which …". */
const AGENT_END = new Set([',', '.', ';', ':', 'which', 'who', 'that', 'and', 'but', 'after', 'before', 'in', 'on', 'at', 'for', 'with', 'yang', 'dan']);

/**
 * The unnamed agent of the passage's passive of the claim's act on the same thing: "talks chaired by the regional
 * labour board" for "… chaired the talks" (the claim's object right before the verb, "by"/"oleh" and a short
 * lower-case phrase after it).
 */
function passiveAgent(source: SentenceFacts, verb: string, object: string): string | undefined {
  const t = source.tokens;
  for (const w of source.words) {
    if (w.norm !== verb || source.words.find(x => x.token === w.token - 1)?.stem !== object) continue;
    if (t[w.token + 1]?.norm !== 'by' && t[w.token + 1]?.norm !== 'oleh') continue;
    let end = w.token + 2;
    while (end < t.length && t[end].kind === 'word' && !AGENT_END.has(t[end].norm)) end++;
    const agent = t.slice(w.token + 2, end), words = agent.filter(x => !ARTICLES.has(x.norm));
    if (!words.length || words.length > MAX_SUBJECT_WORDS || agent.some(x => x.cap || POINTING.has(x.norm))) continue;
    if (source.names.some(n => n.start >= agent[0].start && n.start < agent[agent.length - 1].end)) continue;
    return source.text.slice(agent[0].start - source.start, agent[agent.length - 1].end - source.start);
  }
  return undefined;
}

/** The claim's object: its first content word after the verb, past an article. */
function objectAfter(s: SentenceFacts, verb: Word): string | undefined {
  return s.words.find(w => w.start > verb.end && !w.stop)?.stem;
}

/** Share of the rest of the claim a passage must state where its passive puts the claim's object right before the verb. */
const REST_STATED_PASSIVE = 0.6;

export function checkUnnamedAgent(claim: Claim): Finding[] {
  const act = subjectVerb(claim.sentence);
  const subject = act && subjectAndRest(claim, act.name);
  if (!act || !subject || !(subject.restWeight > 0)) return [];
  const { corpus } = claim, { own, rest, restWeight } = subject;
  // How much of the rest each passage states, and whether it stands beside a mention of the claim's own subject
  // (then it may have the subject as the body it describes).
  const mentions = mentionedIn(own).sentences;
  const read = claim.evidence.map(a => ({
    a,
    stated: rest.reduce((n, { t, k }) => n + t.weight * (a.credit[k] ?? 0), 0) / restWeight,
    besideOwn: [-1, 0, 1].some(d => mentions.has(a.ref.doc * 1_000_000 + a.ref.sentence + d)),
  }));
  // One that states the rest as well gives the act to the claim's subject: the same words said of someone a passage
  // leaves unnamed ("Gueye memulai karier seniornya …", its name unknown, ranked above "Joel Obi memulai karier
  // seniornya …") take nothing from it.
  if (read.some(x => x.besideOwn && x.stated >= REST_STATED)) return [];
  for (const { a, stated, besideOwn } of read) {
    if (stated < REST_STATED_PASSIVE || besideOwn) continue;
    const source = corpus.sentence(a.ref), object = objectAfter(claim.sentence, act.verb);
    const subject = (stated >= REST_STATED ? unnamedSubject(source, act.verb.norm, act.name) : undefined) ??
      (object ? passiveAgent(source, act.verb.norm, object) : undefined);
    if (!subject) continue;
    const lang = readerLang(claim);
    // The fix replaces the name with its article, as the sentence opens: "The Elswick Chamber …" → "The regional …".
    const first = claim.sentence.tokens.find(t => t.kind === 'word');
    const from = first && ARTICLES.has(first.norm) ? first.start : act.name.start;
    const newText = subject.charAt(0).toUpperCase() + subject.slice(1);
    return [{
      start: act.name.start, end: act.name.end, code: 'unknown-entity',
      message: say(lang, 'differs', { source: subject, draft: act.name.text, label: corpus.docs[a.ref.doc].label, passage: excerpt(source.text, 160) }),
      evidence: [evidenceSentence(corpus, a)],
      fixes: [{ title: say(lang, 'fix.replace', { text: newText }), start: from, end: act.name.end, newText }],
    }];
  }
  return [];
}
