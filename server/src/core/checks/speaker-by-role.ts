import { Claim, Finding, evidenceSentence, excerpt, readerLang } from './types';
import { say, quotedList } from '../messages/catalogue';
import { Token } from '../types';
import { NameMention } from '../facts/names';
import { Entity } from '../index/registry';
import { Alignment } from '../index/support';
import { SentenceFacts } from '../facts/analyze';
import { speaksIn } from '../facts/attribution';
import { RoleHolders, isRoleWord } from '../facts/role-speaker';
import { rolePlaces } from '../facts/roles';

// A statement the draft puts in a known person's mouth that the passage stating it gives to someone it names by a
// role or by a body: "Lukashenko mengatakan sanksi … lebih kuat" where the passage has "pemimpin Iran mengatakan
// kepada Putin bahwa sanksi …"; "Ned Price mengatakan kedua negara merusak …" where it has "Kementerian luar negeri
// Taiwan mengatakan …". A named rival is entity-swap.ts's business; here no name stands in the speaker's place,
// so what tells the two apart is the country: the role or body is of one the sources never place the person in.
// A person who may hold the role or speak for the body (the sources call them anything of that country) passes.

/** At most this many title words before the country of a role ("wakil perdana menteri Iran"). */
const MAX_TITLE_WORDS = 4;

export interface RoleSpeaker { start: number; end: number; text: string; places: Set<string> }

/** The speakers of a sentence named by a body ("Kementerian luar negeri Taiwan mengatakan") or a title and a country. */
export function roleSpeakers(s: SentenceFacts): RoleSpeaker[] {
  const out: RoleSpeaker[] = [];
  for (const m of s.names) {
    let start: number | undefined = m.start;
    if (m.kind === 'place') start = titleStart(s.tokens, m);
    else if (m.kind !== 'organization') continue;
    if (start === undefined || !speaksIn(s.tokens, start, m.end)) continue;
    const text = s.text.slice(start - s.start, m.end - s.start), places = rolePlaces(text);
    if (places.size) out.push({ start, end: m.end, text, places });
  }
  return out;
}

/** Where the title words right before a country begin ("pemimpin Iran"); undefined when none stand there. */
function titleStart(tokens: readonly Token[], m: NameMention): number | undefined {
  const at = tokens.findIndex(t => t.start >= m.start);
  let from = at;
  // Title words, lower case or in capitals as a title is often written ("Menteri Luar Negeri China mengatakan").
  while (from > 0 && at - from < MAX_TITLE_WORDS) {
    const t = tokens[from - 1];
    if (t.kind !== 'word' || !isRoleWord(t.norm)) break;
    from--;
  }
  return from < at ? tokens[from].start : undefined;
}

/** The countries the sources place a person in, by the roles they give them. */
/** Up to three of a person's roles that name a country, each once, as a message lists what the sources call them. */
export function placedRoles(entity: Entity): string[] {
  return [...new Set(entity.roles.filter(r => rolePlaces(r.text).size).map(r => excerpt(r.text, 60)))].slice(0, 3);
}

export function placesOf(entity: Entity): Set<string> {
  const out = new Set<string>();
  for (const r of entity.roles) for (const p of rolePlaces(r.text)) out.add(p);
  return out;
}

/**
 * Whether a sentence gives its words to a role or body of a country the sources place the person in ("pemimpin
 * Islandia mengatakan …" for the Presiden Islandia): the person may be the one who speaks there.
 */
export function speaksForRole(entity: Entity, s: SentenceFacts): boolean {
  const own = placesOf(entity);
  return own.size > 0 && roleSpeakers(s).some(r => [...r.places].some(p => own.has(p)));
}

/**
 * The finding for a person speaking in the claim (`name`, resolved to `entity`) where the passage `best` states
 * the rest and gives the words to a role or body of another country; undefined when it does not.
 */
export function speakerByRole(claim: Claim, name: NameMention, entity: Entity, best: Alignment): Finding | undefined {
  const own = placesOf(entity);
  if (!own.size) return undefined;
  const { corpus } = claim;
  const source = corpus.sentence(best.ref);
  // A passage that names the person may give them the words some other way ("Putin, kata pemimpin Iran, …").
  if (source.names.some(m => corpus.registry.resolve(m)?.id === entity.id)) return undefined;
  const speakers = roleSpeakers(source);
  // Every speaker of the passage is of another country: one the person might speak for leaves the words theirs.
  if (!speakers.length || speakers.some(r => [...r.places].some(p => own.has(p)))) return undefined;
  const speaker = speakers[0], lang = readerLang(claim);
  // The person the document gives that role, when it gives it exactly one: the fix names them.
  const holder = new RoleHolders(corpus.docs[best.ref.doc].facts.sentences).speakerFor(speaker.text, speaker.start);
  const held = holder && corpus.registry.resolve(holder);
  if (held?.id === entity.id) return undefined;
  const roles = placedRoles(entity);
  return {
    start: name.start, end: name.end, code: 'unknown-entity',
    message: say(lang, 'spoken-by-role', {
      speaker: speaker.text, name: entity.name, roles: quotedList(lang, roles),
      label: corpus.docs[best.ref.doc].label, passage: excerpt(source.text, 160),
    }),
    evidence: [evidenceSentence(corpus, best)],
    fixes: held ? [{ title: say(lang, 'fix.replace', { text: held.name }), start: name.start, end: name.end, newText: held.name }] : [],
  };
}
