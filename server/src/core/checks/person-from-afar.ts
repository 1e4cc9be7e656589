import { Alignment } from '../index/support';
import { mentionedIn } from '../index/mention-list';
import { Entity } from '../index/registry';
import { Claim } from './types';

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
