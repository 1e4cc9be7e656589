// Units a span of time is counted in, Indonesian and English, as words that follow a count ("dua pekan", "six
// weeks"). Read wherever a sentence counts a span: a negation "until" a span (facts/negation.ts), "only" that stresses
// how soon something came (verifier/features.ts).

export const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour',
  'hours', 'hari', 'pekan', 'minggu', 'bulan', 'tahun', 'jam']);

/** With minutes, and the single units fused with "se-" ("sehari", "seminggu") that stand without a count. */
export const SHORT_SPAN_UNITS: ReadonlySet<string> = new Set([...SPAN_UNITS, 'menit', 'minute', 'minutes', 'sejam', 'sehari',
  'seminggu', 'sebulan', 'setahun']);
