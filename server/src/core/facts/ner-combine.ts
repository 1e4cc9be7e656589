import { Span, Token } from '../types';
import type { EntityKind, NameMention, NameOptions } from './names';
import type { NerType, TaggedSpan } from './ner-tagger';
import { EVENT_WORDS, ORG_WORDS, NAME_PARTICLES, HONORIFICS, TITLE_ABBREVIATIONS } from '../lexicon/roles';
import { shippedModel } from './ner-tagger';
import { OCCUPATIONS } from '../lexicon/descriptions';
import { monthOf } from './calendar-words';
import { ACRONYM, SAYING_VERBS, capLike, isTitleHead, isTitleWord, joinTokens, mention, nameEdge, placesIn, tokenRange } from './ner-words';
import { joinConjoined } from './ner-conjoined';
import { linkBrackets } from './ner-brackets';
import { PLACE_CUES, PLACE_HEADS, PLACE_TAILS, afterPlace, joinPlaceHeads, placeCue } from './ner-place-cues';
import { phraseStartsOf } from './ner-features';
import { cut, hasDigit, repair, weekdayWord } from './ner-tagged-spans';

// The rules and the tagger together. The tagger knows what a name is (a person, a company, a party) and where
// one ends and the next begins ("Partai Golkar" + "Aburizal Bakrie"); the rules know what the checker cannot do
// without: a place of the lexicon is always a place mention of its own (aliases such as Tiongkok/China resolve
// through it), an acronym stands apart from its expansion (the registry links "(SCO)" to the name before it),
// a title is a role and never part of a name, and a capitalised run the tagger passed over is still a name, so
// an unknown one is still reported. Where the two disagree on boundaries, the tagger wins only when it accounts
// for every name word the rules found; otherwise the rules stand and the tagger only names their kinds.

const KIND_OF: Record<NerType, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'place' };

interface Item { from: number; to: number; rule?: NameMention; type?: NerType }

export function combine(tokens: Token[], rules: NameMention[], tagged: TaggedSpan[], opts: NameOptions): NameMention[] {
  const ruleItems = rules.map((m): Item => { const [from, to] = tokenRange(tokens, m); return { from, to, rule: m }; });
  // A lone ordinary word is a name only where the rules found it on its own ("Perang Dingin" is no "Dingin"), or
  // where it is capitalised and the training news wrote it, capitalised, mostly as a name of this type ("Medan",
  // a city, though "medan" is a field).
  const lone = (s: TaggedSpan) => s.to - s.from === 1 && opts.isCommonWord(tokens[s.from].norm) &&
    !ruleItems.some(r => r.from === s.from && r.to === s.to) &&
    !(tokens[s.from].cap && shippedModel().gazetteer?.words.get(tokens[s.from].norm) === s.type);
  // A capitalised word of a title the rules read ("Chief Financial Officer" Paul Okoro) is no name of its own; a
  // longer name inside a title is ("Juru bicara Departemen Luar Negeri AS" Ned Price).
  const inRole = (s: TaggedSpan) => s.to - s.from === 1 &&
    rules.some(r => r.role && r.role.end <= r.start && tokens[s.from].start >= r.role.start && tokens[s.from].end <= r.role.end);
  const spans = joinPlaceHeads(tokens, tagged.flatMap(s => cut(tokens, s)).flatMap(s => repair(tokens, s, opts)), opts.isCommonWord).filter(s => !lone(s) && !inRole(s));
  const items = [...ruleItems, ...spans].sort((a, b) => a.from - b.from);
  const out: NameMention[] = [];
  // Groups of rule mentions and tagger spans that overlap one another are settled together.
  for (let i = 0; i < items.length; ) {
    let end = items[i].to, j = i + 1;
    while (j < items.length && items[j].from < end) end = Math.max(end, items[j++].to);
    out.push(...settle(tokens, items.slice(i, j), opts, tagged));
    i = j;
  }
  out.sort((a, b) => a.start - b.start);
  linkBrackets(tokens, out);
  joinConjoined(tokens, out);
  // A place the tagger gave no location over, and no locative word stands before ("ke Indonesia"), is a country
  // or city used as an actor or a modifier.
  const located = (m: NameMention) => PLACE_HEADS.has(m.words[0]) || PLACE_CUES.has(tokens[tokenRange(tokens, m)[0] - 1]?.norm ?? '') ||
    tagged.some(s => s.type === 'LOC' && tokens[s.from].start < m.end && m.start < tokens[s.to - 1].end);
  // "Tumiran mengungkapkan …": one word of no known kind opening the sentence before a verb of saying is a speaker.
  // An event is nobody: a run the tagger read as a person but that opens with an event word is a name of a thing.
  const firstWord = tokens.findIndex(t => t.kind === 'word');
  const speaker = (m: NameMention) => m.words.length === 1 && !ACRONYM.test(m.text) && tokens[firstWord]?.start === m.start &&
    SAYING_VERBS.has(tokens[firstWord + 1]?.norm ?? '') && !opts.isCommonWord(m.words[0]);
  const placeTail = (m: NameMention) => m.words.length > 1 && m.kind !== 'place' && PLACE_TAILS.has(m.words[m.words.length - 1]);
  return out.map(m => (placeTail(m) ? { ...m, kind: 'place' as const }
    : m.kind !== 'other' ? m : m.words.length > 1 && PLACE_HEADS.has(m.words[0]) ? { ...m, kind: 'place' as const }
    : speaker(m) ? { ...m, kind: 'person' as const } : m))
    .map(m => (m.kind === 'place' && !located(m) ? { ...m, modifier: true as const }
    : m.kind === 'person' && EVENT_WORDS.has(m.words[0]) ? { ...m, kind: 'other' as const } : m));
}

function settle(tokens: Token[], group: Item[], opts: NameOptions, tagged: readonly TaggedSpan[]): NameMention[] {
  const rules = group.filter(x => x.rule), tags = group.filter(x => x.type);
  if (!tags.length) return rules.map(r => untouched(r.rule!, opts));
  const exact = (r: Item) => tags.find(t => t.from === r.from && t.to === r.to);
  const covered = (i: number) => tags.some(t => t.from <= i && i < t.to);
  const first = tokens.findIndex(t => t.kind === 'word');
  // "Dewan Pimpinan Pusat Partai Demokrat", "DPD Nasdem": a body of an organisation the tagger names at the end of
  // the rules' mention; the body's words and acronyms in front of it are the tagger's to leave out.
  const body = (r: Item, i: number) => r.rule!.kind === 'organization' && (ORG_WORDS.has(tokens[i].norm) || ACRONYM.test(tokens[i].text)) &&
    tags.some(t => t.type === 'ORG' && t.to === r.to && t.from > i);
  // "Menteri Agama Suryadharma Ali": the words between a person's title and the name the tagger reads belong to
  // the title, which the rules could not end ("Agama" is the ministry's field).
  const titleRest = (r: Item, i: number) => r.rule!.kind === 'person' && r.rule!.role !== undefined &&
    tags.some(t => t.type === 'PER' && t.to === r.to && t.from > i);
  // "Direktur Pemasaran dan Niaga Pertamina Hanung Budya", "Menteri Hukum dan HAM Yasonna Laoly": a title joins two
  // fields with "dan", so the run after it opens with the title's second field; the names come after.
  const titleField = (r: Item, i: number) => afterTitleAnd(tokens, r.from) && tags.some(t => t.from > i && t.to <= r.to);
  // "Kotowi Mansati COVID-19": a word with a digit right before or after the tagger's person is no part of the name
  // (repair cut it off), whatever the capitals ran on to.
  const besidePerson = (i: number) => hasDigit(tokens[i]) && tags.some(t => t.type === 'PER' && (t.to === i || t.from === i + 1));
  const accounted = rules.every(r => range(r).every(i => covered(i) || spare(tokens[i], opts) || body(r, i) || titleRest(r, i) ||
    titleField(r, i) || besidePerson(i) || (i === first && !opts.isKnownName(tokens[i].norm))));
  // "According to the Calder Development Agency": a person the tagger cuts from the middle of a rule mention and
  // that ends on an organisation's word ("Development Agency") is no person; the rules' whole name stands.
  const cutPerson = tags.some(t => t.type === 'PER' && ORG_WORDS.has(tokens[t.to - 1].norm) && rules.some(r => r.from < t.from && t.to <= r.to));
  if (!accounted || cutPerson) return rules.map(r => (exact(r) ? retype(r.rule!, exact(r)!.type!, tokens, r, tagged) : untouched(r.rule!, opts)));
  return tags.map(t => {
    const same = rules.find(r => r.from === t.from && r.to === t.to);
    if (same) return retype(same.rule!, t.type!, tokens, t, tagged);
    const run = tokens.slice(t.from, t.to);
    const kind = placesIn(run.map(x => x.norm)).some(([a, b]) => a === 0 && b === run.length) ? 'place' : kindOf(tokens, t.from, t.to, t.type!, tagged);
    return mention(run, kind, kind === 'person' ? roleBefore(tokens, t.from) : undefined);
  });
}

/**
 * A word of a rule mention the tagger may leave out of every name: a title or a word that usually stands before
 * a name (learned with the tagger), a form of address, a date word, or an ordinary word the corpus also writes in
 * lower case ("Pembangunan Infrastruktur Penting Akbar"). The sentence's first word may go too, its capital
 * being no evidence. Any other capitalised word the tagger skipped may be an unknown name, so the rules keep it.
 */
function spare(t: Token, opts: NameOptions): boolean {
  if (!nameEdge(t) || isTitleWord(t.norm) || HONORIFICS.has(t.norm) || opts.isCommonWord(t.norm)) return true;
  if (TITLE_ABBREVIATIONS.has(t.norm) || shippedModel().gazetteer?.leads.has(t.norm)) return true;
  // A number in Roman numerals after a name ("Jawa Tengah V", an electoral district) may stand outside it.
  if (/^[IVX]+$/.test(t.text) && t.text.length <= 4) return true;
  return weekdayWord({ ...t, cap: true }) || monthOf(t.text, true)?.abbreviated === false;
}

/** Whether the run starting at `from` follows "dan" after a capitalised run that opens with a title. */
function afterTitleAnd(tokens: Token[], from: number): boolean {
  if (from < 2 || tokens[from - 1].norm !== 'dan' || !capLike(tokens[from - 2])) return false;
  let k = from - 2;
  while (k > 0 && capLike(tokens[k - 1])) k--;
  return isTitleHead(tokens[k].norm);
}

const range = (x: Item) => Array.from({ length: x.to - x.from }, (_, k) => x.from + k);

/**
 * The kind a tagger type gives the name at tokens [from, to). One unknown word ("Blinken", "Xinhua") is typed
 * from its context alone, and context tells people from places poorly in prose unlike the training news; a
 * place or an organisation kind decides how the registry merges names, so it needs more: the word known as
 * such from the training data, an acronym for an organisation, a place cue (ner-place-cues.ts). Otherwise the
 * name keeps the unknown kind, which the checker treats as it treats a person.
 */
function kindOf(tokens: Token[], from: number, to: number, type: NerType, tagged: readonly TaggedSpan[]): EntityKind {
  if (type === 'PER' || to - from > 1) return KIND_OF[type];
  const t = tokens[from];
  if (shippedModel().gazetteer?.words.get(t.norm) === type) return KIND_OF[type];
  if (type === 'ORG' ? ACRONYM.test(t.text) : placeCue(tokens, from) || afterPlace(tokens, from, tagged)) return KIND_OF[type];
  return 'other';
}

const JOINERS = new Set(['of', 'the', 'dari']);

/** Organisation words that name a building, which a sentence may use as a place ("di Gedung DPR"). */
const BUILDINGS = new Set(['gedung', 'kantor', 'istana', 'markas', 'kompleks', 'komplek', 'wisma']);

/**
 * A rule mention the tagger gives a kind. A known place stays a place, an organisation word outweighs the
 * tagger ("di Nanyang Technological University" is still an organisation) unless it names a building, and a
 * title keeps its person when the tagger's kind lacks the evidence kindOf asks for.
 */
function retype(m: NameMention, type: NerType, tokens: Token[], at: Item, tagged: readonly TaggedSpan[]): NameMention {
  const orgWord = m.kind === 'organization' && m.words.some(w => ORG_WORDS.has(w));
  if (m.kind === 'place' || (orgWord && !(type === 'LOC' && BUILDINGS.has(m.words[0])))) return m;
  let kind = kindOf(tokens, at.from, at.to, type, tagged);
  if (kind === 'other' && m.kind === 'person') kind = 'person';
  if (kind === 'person') {
    const role = m.role ?? roleBefore(tokens, at.from);
    return role ? { ...m, kind, role } : { ...m, kind };
  }
  return { ...m, kind, role: undefined };
}

/**
 * A rule mention the tagger saw no name in keeps its place but loses a kind guessed on thin evidence: a lone
 * acronym ("BBM") or organisation word ("Dewan") is no organisation, and one word or ordinary words after a
 * title are not surely a person ("Menteri Tenaga Kerja", "Presiden RI", "anggota Al-Qaeda").
 */
function untouched(m: NameMention, opts: NameOptions): NameMention {
  const namedOrg = ORG_WORDS.has(m.words[0]) && !opts.isCommonWord(m.words[0]); // "NATO", "Kremlin"
  if (m.kind === 'organization' && m.words.length === 1 && !namedOrg && (ACRONYM.test(m.text) || opts.isCommonWord(m.words[0]))) {
    return { ...m, kind: 'other' };
  }
  // "pimpinan Dewan", "anggota Komisi": a word that opens the longer names of bodies in the training news, alone,
  // is the common noun for the body that the text has in mind, not a name.
  const gazetteer = shippedModel().gazetteer;
  if (m.kind === 'organization' && m.words.length === 1 && !ACRONYM.test(m.text) && gazetteer && phraseStartsOf(gazetteer).has(m.words[0])) {
    return { ...m, kind: 'other' };
  }
  // Several words, none of them ordinary, after a title ("Presiden Komisi Eropa Ursula von der Leyen") do make a person.
  const names = m.words.filter(w => !NAME_PARTICLES.has(w));
  if (m.kind === 'person' && !(names.length > 1 && !names.some(w => opts.isCommonWord(w)))) return { ...m, kind: 'other' };
  return m;
}

/**
 * The title in front of a person's name, in the same run of words ("Ketua Umum Partai Golkar" Aburizal Bakrie),
 * or before a comma when the phrase there is nothing but a title and places ("Perdana Menteri Pakistan, Shehbaz
 * Sharif"): news copy writes both.
 */
function roleBefore(tokens: Token[], from: number): (Span & { text: string }) | undefined {
  const direct = titleEndingAt(tokens, from);
  if (direct || tokens[from - 1]?.text !== ',') return direct;
  const role = titleEndingAt(tokens, from - 1);
  if (!role) return undefined;
  const first = tokens.findIndex(t => t.start === role.start);
  const words = tokens.slice(first, from - 1).map(t => t.norm);
  const inPlace = new Set(placesIn(words).flatMap(([a, b]) => [...Array(b - a).keys()].map(k => a + k)));
  return words.every((w, k) => inPlace.has(k) || isTitleWord(w)) ? role : undefined;
}

function titleEndingAt(tokens: Token[], from: number): (Span & { text: string }) | undefined {
  let k = from;
  while (k > 0 && from - k < 8 && tokens[k - 1].kind === 'word' && (capLike(tokens[k - 1]) || isTitleWord(tokens[k - 1].norm))) k--;
  const start = k;
  // "the mayor of Harwick", "president of the Chamber": a title ending in a joiner is of what follows, not its name.
  if (from > 0 && JOINERS.has(tokens[from - 1].norm)) return undefined;
  while (k < from && !isTitleHead(tokens[k].norm)) k++;
  if (k < from) return joinTokens(tokens.slice(k, from));
  // "Police Commissioner" Teresa Vance: capitalised words ending in an office word make a title too.
  const office = from - start >= 2 && capLike(tokens[from - 1]) && OCCUPATIONS.has(tokens[from - 1].norm);
  return office ? joinTokens(tokens.slice(start, from)) : undefined;
}
