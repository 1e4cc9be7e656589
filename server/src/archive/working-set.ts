import type { Client } from 'pg';
import { WideStats } from '../core/index/corpus-stats';
import { inverseFrequency } from '../core/index/corpus';
import { ArchiveDocuments, DocumentRow, LoadedArchive } from './load';
import { DraftNeeds } from './needs';
import { requireSchema } from './database';
import { CancellationToken, throwIfCancelled } from '../core/cancellation';
import { ArchiveVocabulary } from './vocabulary';
import { askedAlike } from './near-quotes';
import { documentsQuotingAlike } from './quote-anchors';

// The part of a shared archive a writer's drafts need, drawn by indexed queries instead of reading the archive:
// for each claim, the documents that hold its rarest words most (the documents' stems under a GIN index), the
// documents that say most about each name the drafts give, and those whose quotations resemble the drafts' (among
// the quotations holding their rarest words, by trigram similarity). The checks then run here on these documents,
// weighing words by the whole archive (WideStats), so a sentence scores what it would in a full index. Documents
// drawn stay for later edits; a new sentence draws only what its own words bring.

export interface WorkingSetLimits {
  /** Documents kept per claim, best first by the summed weight of its rare words they hold. */
  perClaim: number;
  /** A word in more sentences of the archive than this brings no documents by itself (it only adds weight). */
  rareSentences: number;
  /** Rare words per claim whose documents are looked up, rarest first. */
  wordsPerClaim: number;
  /** Documents per name, those mentioning it most first. */
  perName: number;
  /** Documents per quotation, most alike first. */
  perQuote: number;
}

export const DEFAULT_LIMITS: WorkingSetLimits = { perClaim: 6, rareSentences: 1000, wordsPerClaim: 4, perName: 3, perQuote: 4 };

/** How many of a claim's rarest words, when all are common, a document must hold together to be drawn. */
const COMMON_TOGETHER = 3;
/** Joins a claim's words into one parameter (no stem holds it). */
const WORD_BREAK = '\u0001';

/** Documents drawn for a claim's mark (byMarks), at most. */
const PER_MARK = 2;

export class WorkingSet {
  private readonly documents: ArchiveDocuments;
  /** Per stem, its sentence count in the archive (0: not in it), as asked so far. */
  private readonly sentencesOf = new Map<string, number>();
  /** Per stem asked about, the documents holding it (only for stems rare enough to bring documents). */
  private readonly docsOf = new Map<string, number[]>();
  /** Per claim's chosen rare words, the documents holding most of them, and those left out that tie (bestFor). */
  private readonly bestOf = new Map<string, { best: number[]; crowded: boolean }>();
  /** Per claim's words and mark pattern, the documents holding the words that state the mark (byMarks). */
  private readonly markedOf = new Map<string, number[]>();
  /** Per few common words asked about together, the first documents holding them all. */
  private readonly docsOfCommon = new Map<string, number[]>();
  /**
   * Claims (their stems, joined) whose documents are drawn. Every check of a draft asks for all its claims again;
   * with these left out, an edit's draw works through the sentence it changed (one writer on the 100 MB archive:
   * sorting every claim's words by rarity again took about 0.4 ms of each edit's CPU, twenty times that for twenty).
   */
  private readonly settledClaims = new Set<string>();
  private readonly askedNames = new Set<string>();
  private readonly askedQuotes = new Set<string>();
  private readonly drawn = new Set<number>();
  readonly wide: WideStats;
  /** Documents in the archive when the set was opened. */
  readonly total: number;

  private constructor(name: string, readonly vocabulary: ArchiveVocabulary, private readonly totals: { documents: number; sentences: number; words: number }, private readonly limits: WorkingSetLimits) {
    this.total = totals.documents;
    this.documents = new ArchiveDocuments(name);
    const sets = vocabulary.sets();
    this.wide = {
      sentenceCount: totals.sentences,
      avgSentenceLength: totals.sentences ? totals.words / totals.sentences : 0,
      sentencesWith: stem => this.sentencesOf.get(stem),
      knowsWord: part => sets.lower.has(part) || sets.midCap.has(part),
    };
  }

  static async open(db: Client, name: string, limits: WorkingSetLimits = DEFAULT_LIMITS): Promise<WorkingSet> {
    await requireSchema(db);
    const vocabulary = await ArchiveVocabulary.load(db);
    const t = await db.query('SELECT documents::float8 AS documents, sentences::float8 AS sentences, words::float8 AS words FROM sumber.totals');
    return new WorkingSet(name, vocabulary, t.rows[0], limits);
  }

  /** How many documents have been drawn. */
  get size(): number {
    return this.drawn.size;
  }

  /**
   * Draws the documents the needs point to; how many were new. `apart`: a second connection (a connection runs one
   * query at a time). The lookups run as a pipeline over the two: `db` looks up the claims' words and `apart` the
   * names; the documents those point to are read on `db` while `apart` starts on the quotations; then both take
   * quotations from one queue until none is left, and the documents only they point to are read last. A quotation's
   * cost follows neither its length nor its order (on the 100 MB archive 0.5-11 ms by its rarest words, 2-28 ms for
   * one of common words by trigrams alone): a queue keeps both connections busy to the end, where a split fixed
   * beforehand left one waiting for the other.
   */
  async draw(db: Client, needs: DraftNeeds, apart: Client = db, token?: CancellationToken): Promise<number> {
    const unsettled = needs.claims.map((stems, i) => ({ stems, mark: needs.marks[i], wording: needs.wordings[i], key: [...stems, needs.wordings[i]].join(WORD_BREAK) }))
      .filter(c => !this.settledClaims.has(c.key));
    const names = needs.names.filter(n => !this.askedNames.has(n));
    // Longest first: a long quotation taken last would leave the other connection idle while it runs.
    const queue = [...new Set(needs.quotes)].filter(q => !askedAlike(this.askedQuotes, q)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // Only the quotations truly asked count as asked (near-quotes.ts): one a typo away from them is not asked again.
    const asking = [...queue];
    const quoted: number[] = [];
    const takeQuotes = async (conn: Client): Promise<void> => {
      for (let q = queue.shift(); q !== undefined && !token?.isCancellationRequested; q = queue.shift()) quoted.push(...await documentsQuotingAlike(conn, q, w => this.vocabulary.documentsWith(w), this.limits.perQuote));
    };
    const alone = apart === db;
    const named = this.byNames(apart, names);
    // On one connection, one query at a time (the client's own queue for a second one is going away).
    const onNames = alone ? Promise.resolve() : named.then(() => takeQuotes(apart));
    const onWords = (async () => {
      if (alone) await named;
      const pointed = [...await this.byClaims(db, unsettled), ...await named];
      throwIfCancelled(token);
      const fresh = await this.fetch(db, pointed);
      await takeQuotes(db);
      return fresh;
    })();
    // Both settled before either failure is thrown: a connection is never left running a query of this draw.
    await settledAll([onWords, onNames]);
    throwIfCancelled(token);
    const fresh = await onWords + await this.fetch(db, quoted);
    // Only once their documents are in: a draw that failed on the way leaves its claims, names and quotations to
    // be asked again.
    for (const c of unsettled) this.settledClaims.add(c.key);
    for (const n of names) this.askedNames.add(n);
    for (const q of asking) this.askedQuotes.add(q);
    return fresh;
  }

  /** Reads the documents among `ids` not drawn yet into the set, in path order; how many there were. */
  private async fetch(db: Client, ids: readonly number[]): Promise<number> {
    const fresh = [...new Set(ids)].filter(id => !this.drawn.has(id));
    if (!fresh.length) return 0;
    const rows = await db.query<DocumentRow>('SELECT path, format, body, meta, paragraphs, analysis FROM sumber.documents WHERE id = ANY($1::bigint[]) ORDER BY path', [fresh]);
    this.documents.readAhead(this.documents.add(rows.rows));
    for (const id of fresh) this.drawn.add(id);
    return fresh.length;
  }

  /** The text of the archive's `count` newest documents (nothing is drawn): the makings of a rehearsal draft. */
  async sampleTexts(db: Client, count: number): Promise<string[]> {
    const rows = await db.query<{ body: string }>('SELECT body FROM sumber.documents ORDER BY id DESC LIMIT $1', [count]);
    return rows.rows.map(r => r.body);
  }

  /**
   * An empty set of the same archive, apart from this one: what it draws no check of this one sees (a rehearsal of
   * a first check, archive-draws.ts).
   */
  apart(): WorkingSet {
    return new WorkingSet(this.documents.name, this.vocabulary, this.totals, this.limits);
  }

  /** The documents drawn so far, as the sources and analyses of a build. */
  loaded(): LoadedArchive {
    return this.documents.loaded(this.vocabulary, this.wide, this);
  }

  private async byClaims(db: Client, asked: ReadonlyArray<{ stems: string[]; mark?: string; wording: string }>): Promise<number[]> {
    const claims = asked.map(c => c.stems);
    const unknown = [...new Set(claims.flat())].filter(s => !this.sentencesOf.has(s));
    if (unknown.length) {
      const r = await db.query<{ stem: string; sentences: number }>('SELECT stem, sentences FROM sumber.stems WHERE stem = ANY($1::text[])', [unknown]);
      for (const s of unknown) this.sentencesOf.set(s, 0);
      for (const row of r.rows) this.sentencesOf.set(row.stem, row.sentences);
    }
    const byRarity = claims.map(stems => stems.filter(s => (this.sentencesOf.get(s) ?? 0) > 0)
      .sort((a, b) => this.sentencesOf.get(a)! - this.sentencesOf.get(b)! || (a < b ? -1 : 1)));
    // Each claim's rarest words that are rare enough: their documents are looked up one word at a time.
    const chosen = byRarity.map(stems => stems.filter(s => this.sentencesOf.get(s)! <= this.limits.rareSentences).slice(0, this.limits.wordsPerClaim));
    const missing = [...new Set(chosen.flat())].filter(s => !this.docsOf.has(s));
    if (missing.length) {
      const r = await db.query<{ stem: string; ids: string }>(
        // A subquery per word, not a join: joined, the planner may scan every document and test each word on each.
        // The ids come as one comma-separated text per word: the client's parser for bigint arrays took 57-135 ms
        // of this process's CPU for a draft's 45,000 ids, splitting the text 16-19 ms.
        `SELECT q.stem, array_to_string(ARRAY(SELECT d.id FROM sumber.documents d WHERE d.stems @> ARRAY[q.stem] ORDER BY d.id), ',') AS ids
         FROM unnest($1::text[]) AS q(stem)`, [missing]);
      for (const s of missing) this.docsOf.set(s, []);
      for (const row of r.rows) this.docsOf.set(row.stem, row.ids ? row.ids.split(',').map(Number) : []);
    }
    const out = await this.byCommonWords(db, byRarity.filter((_, i) => !chosen[i].length));
    for (const stems of chosen) if (stems.length) out.push(...this.bestFor(stems).best);
    // Claims whose words more documents hold than were drawn: those of them stating the claim's mark too. (Asked of
    // every such claim by its wording alone, one writer's edits took 16-17 ms at the median on the 100 MB archive,
    // against 12-14 ms so.)
    const marked = asked.flatMap((c, i) => {
      if (!c.mark) return [];
      const patterns = { mark: c.mark, wording: c.wording };
      if (chosen[i].length) return this.bestFor(chosen[i]).crowded ? [{ words: chosen[i], ...patterns }] : [];
      return byRarity[i].length ? [{ words: byRarity[i].slice(0, COMMON_TOGETHER), ...patterns }] : [];
    });
    out.push(...await this.byMarks(db, marked));
    return out;
  }

  /**
   * For a claim whose words more documents hold than are drawn for it (an archive's near-copies of one sentence,
   * with another figure or without the negation), the first few documents holding those words that state the
   * claim's figure or negation with the words beside it (needs.ts `markPattern`), those holding the sentence word
   * for word first. Drawn by id alone, the copy a claim quotes could be left out, and the archive would flag what
   * a local index of the same files passes. The words: its chosen rare ones, or for a claim of common words only,
   * the rarest few byCommonWords takes. For each claim, the index intersects the words' lists and the patterns are
   * read on the documents it gives; the claims not asked before are asked in one statement, each of its rows a
   * lookup of its own (LATERAL), which spares planning a statement per claim (about 2 ms each, as their patterns
   * are long: a 1,000-word draft's nine took 24-58 ms one by one, 2-5 ms together).
   */
  private async byMarks(db: Client, claims: ReadonlyArray<{ words: readonly string[]; mark: string; wording: string }>): Promise<number[]> {
    const keys = claims.map(c => [...c.words, c.wording].join(WORD_BREAK));
    const asked = new Map<string, { words: readonly string[]; mark: string; wording: string }>();
    claims.forEach((c, i) => { if (!this.markedOf.has(keys[i])) asked.set(keys[i], c); });
    if (asked.size) {
      const list = [...asked.values()], listKeys = [...asked.keys()];
      const r = await db.query<{ i: string; id: string }>(
        `SELECT k.i, top.id FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS k(words, mark, wording, i)
         CROSS JOIN LATERAL (SELECT d.id FROM sumber.documents d
           WHERE d.stems @> string_to_array(k.words, $5) AND (d.body ~* k.mark OR d.body ~* k.wording)
           ORDER BY d.body ~* k.wording DESC, d.id LIMIT $4) top
         ORDER BY k.i`,
        [list.map(c => c.words.join(WORD_BREAK)), list.map(c => c.mark), list.map(c => c.wording), PER_MARK, WORD_BREAK]);
      const found = list.map((): number[] => []);
      for (const row of r.rows) found[Number(row.i) - 1].push(Number(row.id));
      listKeys.forEach((key, i) => this.markedOf.set(key, found[i]));
    }
    return keys.flatMap(key => this.markedOf.get(key) ?? []);
  }

  /**
   * The documents holding most of these rare words, by their summed weight (retrieval's, over the archive). Kept
   * per set of words: every check of a draft draws again, and its unchanged sentences ask the same.
   */
  private bestFor(stems: readonly string[]): { best: number[]; crowded: boolean } {
    const key = stems.join(WORD_BREAK);
    let found = this.bestOf.get(key);
    if (!found) {
      const score = new Map<number, number>();
      for (const s of stems) {
        const w = inverseFrequency(this.wide.sentenceCount, this.sentencesOf.get(s) ?? 0);
        for (const id of this.docsOf.get(s) ?? []) score.set(id, (score.get(id) ?? 0) + w);
      }
      const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]), kept = ranked.slice(0, this.limits.perClaim);
      // Some left out score as the last kept: which of them were kept went by id.
      const crowded = ranked.length > kept.length && ranked[kept.length][1] >= kept[kept.length - 1][1];
      found = { best: kept.map(([id]) => id), crowded };
      this.bestOf.set(key, found);
    }
    return found;
  }

  /**
   * Claims made only of words common in the archive: for each, the first documents holding all of its rarest few
   * (the index intersects their lists; one such word alone would list a large share of the archive).
   */
  private async byCommonWords(db: Client, claims: ReadonlyArray<readonly string[]>): Promise<number[]> {
    const keys = [...new Set(claims.filter(words => words.length).map(words => words.slice(0, COMMON_TOGETHER).join(WORD_BREAK)))];
    // One query per claim: with the words as a parameter of its own, the planner intersects their lists in the
    // index; asked for all claims in one statement, it walked the documents in order instead (25 times slower).
    for (const key of keys.filter(k => !this.docsOfCommon.has(k))) {
      const r = await db.query<{ id: string }>('SELECT id FROM sumber.documents WHERE stems @> $1::text[] ORDER BY id LIMIT $2', [key.split(WORD_BREAK), this.limits.perClaim]);
      this.docsOfCommon.set(key, r.rows.map(row => Number(row.id)));
    }
    return keys.flatMap(k => this.docsOfCommon.get(k) ?? []);
  }

  private async byNames(db: Client, fresh: readonly string[]): Promise<number[]> {
    if (!fresh.length) return [];
    // A name is mostly its group's key; a form the group holds under another key ("Widodo" in "Joko Widodo"'s
    // group) is looked up among the forms the documents give apart from their groups' keys (name_forms).
    const grouped = await db.query<{ key: string; doc_id: string }>(
      `SELECT k.key, top.doc_id FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL (
         SELECT n.doc_id FROM sumber.names n WHERE n.group_key = k.key ORDER BY n.mentions DESC, n.doc_id LIMIT $2) top`,
      [fresh, this.limits.perName]);
    const found = new Set(grouped.rows.map(r => r.key));
    const forms = fresh.filter(n => !found.has(n));
    const formed = forms.length ? await db.query<{ doc_id: string }>(
      `SELECT top.doc_id FROM unnest($1::text[]) AS k(key) CROSS JOIN LATERAL (
         SELECT f.doc_id FROM sumber.name_forms f WHERE f.form = k.key ORDER BY f.mentions DESC, f.doc_id LIMIT $2) top`,
      [forms, this.limits.perName]) : { rows: [] };
    return [...grouped.rows, ...formed.rows].map(row => Number(row.doc_id));
  }
}

/** Waits for every promise to settle, then throws the first failure, if any. */
async function settledAll(promises: ReadonlyArray<Promise<unknown>>): Promise<void> {
  const failed = (await Promise.allSettled(promises)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
