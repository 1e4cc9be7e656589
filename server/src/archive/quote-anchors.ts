import type { Client } from 'pg';

// The words a quotation is looked up by in the archive: its rarest few, as the local quotation search anchors on
// the rarest words of a quote (core/index/quote-search.ts). The archive's quotations keep their words in a column
// the database splits itself (migration 6: lower-cased A-Z, cut at anything but a-z and 0-9), and a quotation is
// looked for among those holding any of its anchors, scored by trigram similarity as before. Asked by trigrams
// alone, every quotation's common trigrams (" di", "an ") were read from the index: a 1,000-word draft's ten
// quotations took 2-26 ms each on the 100 MB archive, about 100 ms of its first draw on two connections.
//
// The words are cut here exactly as the column cuts them, so an anchor is a word the column can hold. A word of
// other letters ("Pokémon") falls apart into pieces the vocabulary rarely knows, and is then no anchor.

/** A word in more archive documents than this is no anchor: its quotations would be too many to score. */
export const ANCHOR_DOCS = 2000;
/** Anchors per quotation: one or two words the writer changed still leave one. */
export const ANCHORS = 3;

/** The quotation's words as the column holds them: A-Z lowered, split at anything but a-z and 0-9. */
export function columnWords(text: string): string[] {
  return text.replace(/[A-Z]/g, c => c.toLowerCase()).split(/[^a-z0-9]+/).filter(w => w.length > 0);
}

/**
 * The quotation's rarest words of at least two characters that some archive documents hold, none in more than
 * ANCHOR_DOCS: at most ANCHORS, rarest first (ties by the word). Empty when it has none: the quotation is then
 * looked up by its trigrams alone.
 */
export function quoteAnchors(text: string, documentsWith: (word: string) => number): string[] {
  const counted = [...new Set(columnWords(text))].filter(w => w.length >= 2)
    .map(word => ({ word, docs: documentsWith(word) }))
    .filter(a => a.docs > 0 && a.docs <= ANCHOR_DOCS);
  return counted.sort((a, b) => a.docs - b.docs || (a.word < b.word ? -1 : 1)).slice(0, ANCHORS).map(a => a.word);
}

/** A quotation's search matches a passage at least this alike (pg_trgm's word similarity, 0–1). */
const QUOTE_SIMILARITY = 0.6;

/**
 * The lookups of a quotation ($1, in an array), at most $2 documents, at least QUOTE_SIMILARITY ($3) alike: among the
 * quotations holding one of its anchors ($4), or by the trigram index alone. The quotation comes in an array: given as
 * a plain parameter, the planner estimates from its text and, for a long one, scans every quotation instead of the
 * index (1.2 s against 28 ms on the 100 MB archive).
 */
const alikeWhere = (holding: string) => `SELECT top.doc_id FROM unnest($1::text[]) AS q(body) CROSS JOIN LATERAL (
  SELECT x.doc_id FROM sumber.quotes x WHERE ${holding} AND word_similarity(q.body, x.body) >= $3
  ORDER BY word_similarity(q.body, x.body) DESC, x.doc_id LIMIT $2) top`;
const BY_ANCHORS = alikeWhere('x.words && $4::text[]');
const BY_TRIGRAMS = alikeWhere('q.body <% x.body');

/**
 * The documents whose quotations resemble this one, most alike first, at most `limit`: among the quotations holding
 * one of its anchors, or with none, among all by the trigram index.
 */
export async function documentsQuotingAlike(db: Client, quote: string, documentsWith: (word: string) => number, limit: number): Promise<number[]> {
  const anchors = quoteAnchors(quote, documentsWith);
  const r = anchors.length
    ? await db.query<{ doc_id: string }>(BY_ANCHORS, [[quote], limit, QUOTE_SIMILARITY, anchors])
    : await db.query<{ doc_id: string }>(BY_TRIGRAMS, [[quote], limit, QUOTE_SIMILARITY]);
  return r.rows.map(row => Number(row.doc_id));
}
