import { SentenceFacts } from '../facts/analyze';

// Years and months a story gives only relative to when it was written ("tahun lalu", "bulan ini"). A claim's year
// may be that one, so such a passage neither lacks the claim's year nor rivals it with the year it writes out.
// But a story's own years bound when it was written: a story that writes out 2019, 2022 and 2023 was not
// written in 2010, so its "tahun lalu" is no 2009 ("sejak 2009" for a sharing of technology the story dates by
// nothing).

/** Words that name the year, month or week a text was written in without writing it out: "this year", "tahun ini". */
const RELATIVE: Record<'year' | 'month', ReadonlyArray<readonly [string, string]>> = {
  year: [['this', 'year'], ['tahun', 'ini'], ['last', 'year'], ['tahun', 'lalu'], ['next', 'year'], ['tahun', 'depan']],
  month: [['this', 'month'], ['bulan', 'ini'], ['last', 'month'], ['bulan', 'lalu'], ['next', 'month'], ['bulan', 'depan']],
};

/**
 * Whether the passage names a year (or month) only relative to when it was written ("won the cup this year,
 * building on 2018").
 */
export function relativeTo(s: SentenceFacts, field: string): boolean {
  const pairs = field === 'year' || field === 'month' ? RELATIVE[field] : [];
  const words = s.tokens.filter(t => t.kind === 'word').map(t => t.norm);
  return pairs.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/**
 * How many other years a story must write out after a year before its relative years cannot be that one. One is
 * not enough: a story may name a year still to come ("target 2030").
 */
const LATER_YEARS = 2;

/**
 * Whether a year the story gives relative to its writing may be `year`: "next year" is at most a year after the
 * writing, and the writing comes after the years the story writes out, so a story that writes out LATER_YEARS or
 * more years past `year + 1` was written too late for its "last year", "this year" or "next year" to be `year`.
 */
export function mayBeRelativeYear(story: readonly SentenceFacts[], year: number): boolean {
  const later = new Set<number>();
  for (const s of story) {
    for (const d of s.dates) if (d.year !== undefined && d.year > year + 1) later.add(d.year);
    if (later.size >= LATER_YEARS) return false;
  }
  return true;
}
