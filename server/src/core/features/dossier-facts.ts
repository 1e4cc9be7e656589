import { Corpus } from '../index/corpus';
import { Entity, EntityRole, distinctRoles } from '../index/registry';
import { QuoteFacts } from '../facts/analyze';
import { isCheckableRole, namesSomeone, roleHolds } from '../facts/roles';
import { isRoleWord } from '../facts/role-speaker';
import { SourceLocation } from './navigation';
import { runSteps, runStepsBetween } from '../cancellation';

// What the hover's dossier reads across the corpus: which entity stands at a place in a source, who said each
// quote, and the people of an organisation or a place (those whose stated role names it). Each is worked out in
// one pass when the corpus is indexed (prepareDossier) or the first time a hover asks, kept per corpus, and looked
// up after that.

interface Placed { start: number; end: number; entity: Entity }

interface CorpusFacts {
  /** Per document, the entity mentions by start, for finding what a span of a source names. */
  placed: Placed[][];
  quotes?: Map<Entity, QuoteLoc[]>;
  people?: Map<Entity, PersonRole[]>;
  byRoleWord?: Map<string, Entity[]>;
}

export type QuoteLoc = { loc: SourceLocation; text: string };
export interface PersonRole { person: Entity; role: EntityRole }

const facts = new WeakMap<Corpus, CorpusFacts>();

function factsOf(corpus: Corpus): CorpusFacts {
  let f = facts.get(corpus);
  if (!f) {
    f = { placed: runSteps(placedSteps(corpus)) };
    facts.set(corpus, f);
  }
  return f;
}

/** Entities per step while a table is made, so the preparation after a re-index can pause between steps. */
const PER_STEP = 64;

function* placedSteps(corpus: Corpus, perStep = PER_STEP): Generator<void, Placed[][]> {
  const placed: Placed[][] = corpus.docs.map(() => []);
  const entities = corpus.registry.entities;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i], ms = entity.mentions;
    for (let k = 0; k < ms.length; k++) placed[ms.doc(k)]?.push({ start: ms.start(k), end: ms.end(k), entity });
    if (i % perStep === perStep - 1) yield;
  }
  for (let d = 0; d < placed.length; d++) {
    placed[d].sort((a, b) => a.start - b.start);
    if (d % perStep === perStep - 1) yield;
  }
  return placed;
}

/**
 * Works out every table now (as part of indexing) rather than on the first hover, which at 10 MB of sources would
 * otherwise wait a fifth of a second.
 */
export function prepareDossier(corpus: Corpus): void {
  roleWordIndex(corpus);
  const any = corpus.registry.entities[0];
  if (any) { quotesBy(corpus, any); peopleOf(corpus, any); }
}

/**
 * `prepareDossier` between other work: the server makes the tables after each re-index, where one piece took
 * 135 ms at 10 MB of sources. A hover that asks meanwhile makes what it needs at once, and that table is kept.
 */
export async function prepareDossierAsync(corpus: Corpus, next: () => Promise<void>, perStep = PER_STEP): Promise<void> {
  const drive = <T>(steps: Generator<void, T>): Promise<T> => runStepsBetween(steps, next);
  if (!facts.has(corpus)) {
    const placed = await drive(placedSteps(corpus, perStep));
    if (!facts.has(corpus)) facts.set(corpus, { placed });
  }
  const f = facts.get(corpus)!;
  if (!f.byRoleWord) { const m = await drive(roleWordSteps(corpus, perStep)); f.byRoleWord ??= m; }
  if (!f.quotes) { const m = await drive(quoteSteps(corpus, perStep)); f.quotes ??= m; }
  if (!f.people) { const m = await drive(peopleSteps(corpus, perStep)); f.people ??= m; }
}

/** The entities a source names within [start, end) of a document, in text order. */
export function entitiesWithin(corpus: Corpus, doc: number, start: number, end: number): Entity[] {
  const list = factsOf(corpus).placed[doc] ?? [];
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < start) lo = mid + 1; else hi = mid; }
  const out: Entity[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i].entity);
  return out;
}

/**
 * Who said a quote of a source: the speaker its document names, as the entity that mention belongs to; or, for a
 * speaker named by a role alone ("“…,” the mayor said"), the one person the sources give that role, one the
 * same document mentions first.
 */
export function quoteSpeaker(corpus: Corpus, doc: number, q: QuoteFacts): Entity | undefined {
  const { speaker, description } = q.attribution;
  if (speaker) return entitiesWithin(corpus, doc, speaker.start, speaker.end)[0] ?? corpus.registry.resolve(speaker);
  if (!description) return undefined;
  const role = corpus.docs[doc].text.slice(description.start, description.end);
  if (!namesSomeone(role)) return undefined;
  const word = role.toLowerCase().split(/[^\p{L}]+/u).find(isRoleWord);
  const holders = (roleWordIndex(corpus).get(word ?? '') ?? []).filter(e => e.roles.some(r => roleHolds(r.text, role)));
  const here = holders.filter(e => e.mentions.inDoc(doc));
  const pick = here.length ? here : holders;
  return pick.length === 1 ? pick[0] : undefined;
}

/**
 * The title and office words of a role's text. A famous person's roles repeat a few texts thousands of times
 * ("Presiden Rusia"), so each text is read once.
 */
const roleWords = new Map<string, readonly string[]>();
function roleWordsOf(text: string): readonly string[] {
  let words = roleWords.get(text);
  if (!words) {
    if (roleWords.size > 100_000) roleWords.clear();
    words = text.toLowerCase().split(/[^\p{L}]+/u).filter(isRoleWord);
    roleWords.set(text, words);
  }
  return words;
}

/** People by each title or office word of their roles: the candidates for a role used in place of a name. */
function roleWordIndex(corpus: Corpus): Map<string, Entity[]> {
  const f = factsOf(corpus);
  return (f.byRoleWord ??= runSteps(roleWordSteps(corpus)));
}

function* roleWordSteps(corpus: Corpus, perStep = PER_STEP): Generator<void, Map<string, Entity[]>> {
  const out = new Map<string, Entity[]>(), entities = corpus.registry.entities;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (i % perStep === perStep - 1) yield;
    if (e.kind !== 'person') continue;
    const words = new Set<string>();
    for (const r of e.roles) for (const w of roleWordsOf(r.text)) words.add(w);
    for (const w of words) (out.get(w) ?? out.set(w, []).get(w)!).push(e);
  }
  return out;
}

const short = (text: string) => text.split(/\s+/).length < 6;

/** A quote's words, whatever its case, marks and spacing. */
const wordsOf = (text: string) => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';

/** The quotes the sources attribute to an entity (three words or more), each once, in corpus order. */
export function quotesBy(corpus: Corpus, e: Entity): QuoteLoc[] {
  const f = factsOf(corpus);
  return (f.quotes ??= runSteps(quoteSteps(corpus))).get(e) ?? [];
}

function* quoteSteps(corpus: Corpus, perStep = PER_STEP): Generator<void, Map<Entity, QuoteLoc[]>> {
  const out = new Map<Entity, QuoteLoc[]>(), seen = new Set<string>();
  for (const d of corpus.docs) {
    if (d.id % perStep === perStep - 1) yield;
    for (const q of corpus.store.quotes(d.id)) {
      if (q.text.split(/\s+/).length < 3) continue;
      const who = quoteSpeaker(corpus, d.id, q);
      if (!who) continue;
      // The same words carried by several articles (wire copy, a follow-up) are one quote: the first source stands.
      const key = `${who.id}\u0000${wordsOf(q.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (out.get(who) ?? out.set(who, []).get(who)!).push({ loc: { doc: d.id, start: q.start, end: q.end }, text: q.text });
    }
  }
  // Whole sentences before fragments a sentence quotes in passing ("situasi di Ukraina"), each in corpus order.
  for (const list of out.values()) list.sort((a, b) => Number(short(a.text)) - Number(short(b.text)));
  return out;
}

/**
 * The people whose roles, as the sources state them, name an organisation or a place ("heads the Westbrook
 * Transit Authority", "mayor of Harwick", "its spokeswoman" after the company), most mentioned first.
 */
export function peopleOf(corpus: Corpus, e: Entity): PersonRole[] {
  const f = factsOf(corpus);
  return (f.people ??= runSteps(peopleSteps(corpus))).get(e) ?? [];
}

function* peopleSteps(corpus: Corpus, perStep = PER_STEP): Generator<void, Map<Entity, PersonRole[]>> {
  const out = new Map<Entity, PersonRole[]>(), entities = corpus.registry.entities;
  for (let i = 0; i < entities.length; i++) {
    const person = entities[i];
    if (i % perStep === perStep - 1) yield;
    if (person.kind !== 'person') continue;
    for (const role of person.roles) {
      const named = new Set(entitiesWithin(corpus, role.doc, role.start, role.end));
      if (role.of) for (const x of entitiesWithin(corpus, role.doc, role.of.start, role.of.end)) named.add(x);
      for (const x of named) {
        if (x === person || x.kind === 'person') continue;
        const list = out.get(x) ?? out.set(x, []).get(x)!;
        if (!list.some(p => p.person === person)) list.push({ person, role });
      }
    }
  }
  // Those with a title first (a president before a resident), then the most mentioned.
  const titled = (p: PersonRole) => Number(isCheckableRole(p.role.text) && !p.role.described);
  for (const list of out.values()) list.sort((a, b) => titled(b) - titled(a) || b.person.mentions.length - a.person.mentions.length);
  return out;
}

/** The organisation "its" points to in a role ("its spokeswoman"), if the sources name it. */
export function ownerOf(corpus: Corpus, role: EntityRole): Entity | undefined {
  return role.of && entitiesWithin(corpus, role.doc, role.of.start, role.of.end)[0];
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The roles worth reading: each once, and none whose words another one holds ("Presiden" beside "Presiden Rusia",
 * "president" beside "Westbrook University's president"). Only the first few distinct ones are compared.
 */
export function readableRoles(e: Entity, max: number): EntityRole[] {
  const roles = distinctRoles(e).slice(0, 24);
  const words = roles.map(r => wordSet(r.text));
  const kept = roles.filter((_, i) => !words.some((w, j) => j !== i && w.size > words[i].size && [...words[i]].every(x => w.has(x))));
  return kept.slice(0, max);
}
