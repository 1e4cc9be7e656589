import { NameMention } from './names';
import { QuoteSpan } from './quotes';
import { isEnglishStopword, isIndonesianStopword } from '../text/stopwords';
import { isQuoteMark } from '../text/normalize';
import { isRoleWord } from './role-speaker';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../lexicon/roles';
import { Attribution, Flat, PRONOUNS, VERB_AFTER, firstIndexAtOrAfter } from './attribution-roles';

// The speaker named after a quote: `“…,” kata Xi`, `“…,” said association president Gloria Haines`, `“…,” Xi said`,
// `“…,” Mairead Collins, the union's branch secretary, told reporters`, `“…,” the board's lead investigator, Priya
// Vandermeer, told reporters`, `“…,” katanya` (a pronoun, resolved later).

/** Verbs of saying with "-nya" for their speaker ("“…,” katanya"): the last person named speaks. */
const VERB_AFTER_PRONOUN = /^(?:katanya|ujarnya|ucapnya|tuturnya|tambahnya|imbuhnya|jelasnya|tegasnya|sebutnya)$/;

/** The attribution right after a quote's closing mark, or in the sentence after when that says nothing else. */
export function afterQuote(q: QuoteSpan, flat: Flat[], starting: Map<number, NameMention>): Attribution | undefined {
  const after = firstIndexAtOrAfter(flat, (q.close >= 0 ? q.close : q.end) + 1);
  let i = after;
  while (i < flat.length && flat[i].token.kind === 'punct') i++;
  const found = i < flat.length ? attributionAt(i, flat, starting) : undefined;
  if (!found) return undefined;
  // “We won!” Haines said. — the splitter ends the sentence at the quote, so the attribution may stand in the next
  // one; but only when that sentence says nothing else: "Okafor said the findings…" is a new statement.
  const quoteSentence = flat[after - 1]?.sentence;
  if (quoteSentence !== undefined && flat[i].sentence !== quoteSentence) {
    const rest = flat.slice(firstIndexAtOrAfter(flat, found.end)).find(f => f.sentence === flat[i].sentence && f.token.kind !== 'punct');
    if (rest) return undefined;
  }
  return found.attribution;
}

/** The attribution that starts at flat[i] ("kata Xi", "said association president Gloria Haines", "Xi said"), and where it ends. */
function attributionAt(i: number, flat: Flat[], starting: Map<number, NameMention>): { attribution: Attribution; end: number } | undefined {
  const t = flat[i].token;
  if (VERB_AFTER_PRONOUN.test(t.norm)) return { attribution: { how: 'inferred' }, end: t.end };
  if (VERB_AFTER.has(t.norm)) {
    const next = flat[i + 1]?.token;
    const named = next && starting.get(next.start);
    // "kata Ketua Koperasi Tani Makmur, Hendra Saputra", "said Dockworkers Union chair Martin Okafor": a body
    // named in the speaker's description is where they hold their title; the person after it speaks. The name
    // finder may read such a body as a titled person ("Tani Makmur", titled "Ketua Koperasi"), so a titled name
    // is looked past too; an untitled person is the speaker ("kata Hendra Saputra, Budi …" is no apposition), and so
    // is an untitled name of no known kind, whose description may name someone else ("ujar Sumiati, istri mendiang
    // Joko Prasetyo").
    const titled = !!named?.role && named.role.start < named.start;
    const person = named && (titled || (named.kind !== 'person' && named.kind !== 'other')) ? describedName(flat, i + 1, starting) : undefined;
    if (person) return { attribution: person, end: person.speaker!.end };
    if (named) return { attribution: { speaker: named, how: 'stated' }, end: named.end };
    if (next && PRONOUNS.has(next.norm)) return { attribution: { how: 'inferred' }, end: next.end };
    const described = describedName(flat, i + 1, starting);
    return described && { attribution: described, end: described.speaker!.end };
  }
  // “…,” he said: the pronoun points back, as "katanya" does.
  if (PRONOUNS.has(t.norm) && flat[i + 1] && VERB_AFTER.has(flat[i + 1].token.norm)) return { attribution: { how: 'inferred' }, end: flat[i + 1].token.end };
  // English order: “…,” Xi said; “…,” the association said (the article goes with the name it opens); “…,” Ms Wharton
  // said, where the name finder leaves the honorific out of the name.
  const article = t.norm === 'the' && flat[i + 1] ? t : undefined;
  const honorific = !article && HONORIFICS.has(t.norm) && flat[i + 1] && !starting.get(t.start) ? t : undefined;
  const name = starting.get(article || honorific ? flat[i + 1].token.start : t.start);
  if (name) {
    const j = verbAfterApposition(flat, firstIndexAtOrAfter(flat, name.end));
    if (flat[j] && VERB_AFTER.has(flat[j].token.norm)) {
      return { attribution: { speaker: name, how: 'stated', ...(article && { description: { start: article.start, end: article.end } }) }, end: flat[j].token.end };
    }
  }
  // The description first: “…,” the board's lead investigator, Priya Vandermeer, told reporters.
  const described = describedName(flat, i, starting);
  if (described?.speaker) {
    let j = firstIndexAtOrAfter(flat, described.speaker.end);
    if (flat[j]?.token.text === ',') j++;
    if (flat[j] && VERB_AFTER.has(flat[j].token.norm)) return { attribution: described, end: flat[j].token.end };
  }
  return undefined;
}

/** How many tokens an apposition between a speaker's name and the verb may have ("…,” Mairead Collins, the union's branch secretary, told reporters"). */
const MAX_APPOSITION = 12;

/**
 * The index of the token after an apposition that opens at flat[j] (a comma, words with no verb of saying, a comma),
 * or j itself when none opens there: "Mairead Collins, the union's Kelmsford branch secretary, told reporters".
 */
function verbAfterApposition(flat: Flat[], j: number): number {
  if (flat[j]?.token.text !== ',') return j;
  for (let k = j + 1; k < flat.length && k - j <= MAX_APPOSITION && flat[k].sentence === flat[j].sentence; k++) {
    if (VERB_AFTER.has(flat[k].token.norm) || isQuoteMark(flat[k].token.text)) return j;
    if (flat[k].token.text === ',') return k + 1;
  }
  return j;
}

/** Words that may open the description of a speaker ("said the union's president …"). */
const DESCRIPTION_OPENERS = new Set(['the', 'its', 'his', 'her', 'their', "'s", 'sang', 'para']);
const MAX_DESCRIPTION = 6;

/**
 * The name after a speaker's description in lower case ("said association president Gloria Haines", "kata
 * ketua asosiasi Gloria Haines"): the person described speaks, not the description. Only content words (and a
 * determiner) may stand between, so "said on Monday that Haines…" names no speaker.
 */
function describedName(flat: Flat[], from: number, starting: Map<number, NameMention>): Attribution | undefined {
  let titled = false;
  for (let k = from, words = 0; k < flat.length && words <= MAX_DESCRIPTION && flat[k].sentence === flat[from].sentence; k++, words++) {
    const t = flat[k].token;
    const name = starting.get(t.start);
    // A body or place in the description is where the speaker holds the title ("chair of the Dockworkers Union,
    // Martin Okafor"): one word of the description, stepped over whole.
    if (name && (isBody(name) || k === from)) { k = firstIndexAtOrAfter(flat, name.end) - 1; continue; }
    let last = k - 1;
    while (last >= from && flat[last].token.text === ',') last--;
    if (name && k > from) return { speaker: name, how: 'stated', description: { start: flat[from].token.start, end: flat[last].token.end } };
    const lower = t.kind === 'word' && t.text[0] === t.text[0].toLowerCase();
    // A title written short is a title too: "ujar Kapolres Batu Kelam, AKBP Rudi Santoso".
    const role = t.kind === 'word' && (isRoleWord(t.norm) || TITLE_ABBREVIATIONS.has(t.norm));
    const described = DESCRIPTION_OPENERS.has(t.norm) || (lower && !isEnglishStopword(t.norm) && !isIndonesianStopword(t.norm)) ||
      (titled && (t.norm === 'of' || t.norm === 'the')) || role;
    if (role) titled = true;
    if (!described && !(t.text === ',' && k > from)) return undefined;
  }
  return undefined;
}

const isBody = (name: NameMention) => name.kind === 'organization' || name.kind === 'place';
