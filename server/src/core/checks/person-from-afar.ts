import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Entity } from '../index/registry';
import { Claim } from './types';
import { SentenceFacts } from '../facts/analyze';
import { NameMention } from '../facts/names';
import { isNegator, looksLikeVerb } from '../facts/negation';
import { INDONESIAN_AUXILIARIES, isActiveMeVerb } from './active-agent';

// A person put into an event the passage tells without them: "Qin Gang ikut mendampingi Xi Jinping dalam konferensi
// video akhir tahun dengan Putin" against the passage of the video call, the story naming Qin Gang only paragraphs
// away, for his promotion. Alignment credits a name the story holds anywhere, since a passage often goes on about a
// person named a paragraph up ("Ia mengatakan …"); but where the act the claim gives them is nowhere in the passage
// either, the person and the act are the claim's own: an invented relation between real names.

/** Sentences either side of the passage in which a mention of the person counts as theirs (alignment's reach). */
const REACH = 2;
/** A word in fewer than about one sentence in twenty (the support check's WEIGHTY). */
const WEIGHTY = 3;

/** Whether the person's name, or this word of it, stands in the passage or within REACH sentences of it. */
function namedNear(claim: Claim, e: Entity, stem: string, a: Alignment): boolean {
  const at = mentionedIn(e).sentences, base = a.ref.doc * 1_000_000 + a.ref.sentence;
  const sentences = claim.corpus.docs[a.ref.doc].facts.sentences;
  for (let d = -REACH; d <= REACH; d++) {
    if (at.has(base + d)) return true;
    if (sentences[a.ref.sentence + d]?.words.some(w => w.stem === stem)) return true;
  }
  return false;
}

/**
 * Whether the claim names a person the passage and the sentences beside it do not, credited only through the story,
 * and what the claim has them do (its first word after the name) is missing from the passage altogether. A page
 * that lists the person far from the passage ("… was selected to play for the national team" beside a roster) still
 * has the act in the passage.
 */
export function personFromAfar(claim: Claim, a: Alignment): boolean {
  const { terms } = claim;
  return terms.some((t, k) => {
    const credit = a.credit[k] ?? 0;
    if (t.entity?.kind !== 'person' || credit <= 0 || credit >= 1 || namedNear(claim, t.entity, t.stem, a)) return false;
    const act = terms.findIndex((u, j) => j > k && !u.isName);
    return act > k && terms.slice(k + 1, act).every(u => u.entity === t.entity) && terms[act].weight >= WEIGHTY && !((a.credit[act] ?? 0) > 0);
  });
}

/**
 * Whether the claim names a person the passage's story never names at all: no word of their name has any credit.
 * "Sharif mendukung rencana perdamaian Tiongkok untuk Ukraina" passed on the story of China's peace plan, which
 * never names Sharif; the plan and the support were there, the person was not. What a story says is said of the
 * people it names, so it backs nothing of one it does not.
 */
export function personAbsent(claim: Claim, a: Alignment): boolean {
  const { terms } = claim;
  return terms.some(t => t.entity?.kind === 'person' && terms.every((u, j) => u.entity !== t.entity || !((a.credit[j] ?? 0) > 0)));
}

/**
 * The names (as the claim writes them) that the claim's verb has as its object and that the passage and the
 * sentences beside it do not hold, credited only through the story: "Xi mengunjungi Kyiv setelah pertemuannya dengan
 * Putin" against the passage of the leaders' meeting, whose story has Kyiv only where another visits it ("Mengunjungi
 * Kyiv awal pekan ini, … Blinken …"). What an act is done to is as much the claim as who does it. Read only where
 * the object plainly follows an Indonesian active verb (me-) and is a person or a place.
 */
export function objectsFromAfar(claim: Claim, a: Alignment): string[] {
  const { terms, sentence: s } = claim;
  const out: string[] = [];
  terms.forEach((t, k) => {
    const credit = a.credit[k] ?? 0;
    if ((t.entity?.kind !== 'person' && t.entity?.kind !== 'place') || credit <= 0 || credit >= 1) return;
    const name = s.names.find(n => t.start >= n.start && t.end <= n.end);
    if (!name || name.start !== t.start || out.includes(name.text)) return;
    // The word right before the name (its title, when it has one).
    const at = s.tokens.findIndex(x => x.start >= (name.role?.start ?? name.start));
    const verb = s.words.find(w => w.token === at - 1);
    if (verb && !verb.stop && isActiveMeVerb(verb) && !subjectOfClause(s, name) && !namedNear(claim, t.entity, t.stem, a)) out.push(name.text);
  });
  return out;
}

/**
 * Whether the name is the subject of a clause the verb takes, not its object: a verb, an auxiliary or a denial
 * follows it, past the other names of a list ("menilai Beijing dan Moskow tidak akan saling meninggalkan").
 */
function subjectOfClause(s: SentenceFacts, name: NameMention): boolean {
  let end = name.end;
  for (const n of s.names) if (n.start >= end && /^\s*(dan|,)\s*$/.test(s.text.slice(end - s.start, n.start - s.start))) end = n.end;
  const next = s.words.find(w => w.start >= end);
  if (!next) return false;
  return INDONESIAN_AUXILIARIES.has(next.norm) || isNegator(next.norm) || (looksLikeVerb(next.norm) && next.norm.length > next.stem.length);
}
