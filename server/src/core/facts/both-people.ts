// Words by which a sentence speaks of two people at once, named elsewhere in its story: "kedua pemimpin", "the two
// leaders", "keduanya". A statement made by "kedua pemimpin" is made by each of the two.

/** Pronouns that stand for both people together (and, loosely, for a group). */
const STANDS_FOR_BOTH = new Set(['mereka', 'keduanya', 'they', 'them', 'their', 'both']);
/** "kedua pemimpin", "the two leaders": both people, where "kedua negara" and "two weeks" are not. */
const BOTH_OF = new Set(['kedua', 'two']);
const PERSON_NOUNS = new Set(['pemimpin', 'presiden', 'kepala', 'tokoh', 'menteri', 'pejabat', 'pria', 'wanita', 'orang', 'sosok',
  'leaders', 'presidents', 'heads', 'men', 'women', 'ministers', 'officials', 'politicians']);

/** Whether the words (lower-cased norms, in order) speak of two people together: a pronoun or "kedua pemimpin". */
export function speaksOfBoth(norms: readonly string[]): boolean {
  return norms.some((n, i) => STANDS_FOR_BOTH.has(n) || namesTwoPeople(norms, i));
}

/**
 * Whether the words at `i` are "kedua pemimpin", "two leaders", "keduanya": two people by a noun for people, not a
 * pronoun that may be a group or countries ("mereka").
 */
export function namesTwoPeople(norms: readonly string[], i: number): boolean {
  return norms[i] === 'keduanya' || (BOTH_OF.has(norms[i]) && PERSON_NOUNS.has(norms[i + 1] ?? ''));
}
