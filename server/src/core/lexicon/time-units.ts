// Units a span of time is counted in, Indonesian and English, as words that follow a count ("dua pekan", "six
// weeks"). Read wherever a sentence counts a span: a negation "until" a span (facts/negation.ts), "only" that stresses
// how soon something came (verifier/features.ts), a figure counted in other units (checks/figure-words.ts).

export const SPAN_UNITS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour',
  'hours', 'hari', 'pekan', 'minggu', 'bulan', 'tahun', 'jam']);

/** With minutes, and the single units fused with "se-" ("sehari", "seminggu") that stand without a count. */
export const SHORT_SPAN_UNITS: ReadonlySet<string> = new Set([...SPAN_UNITS, 'menit', 'minute', 'minutes', 'sejam', 'sehari',
  'seminggu', 'sebulan', 'setahun']);

/**
 * The same units and longer ones (a decade, a century), each in years, for comparing spans counted in different
 * units (checks/figure-words.ts): "dua dekade" is 20 years, "setengah tahun" six months, "dua
 * pekan" 14 days. A week or a day is a year's share of 365.25 days, so 26 weeks pass for six months (within the
 * half percent a conversion is given) and 12 weeks do not pass for three months.
 */
const DAY = 1 / 365.25;
export const YEARS_IN_UNIT: Readonly<Record<string, number>> = { tahun: 1, year: 1, years: 1, dekade: 10, decade: 10, decades: 10, dasawarsa: 10,
  abad: 100, century: 100, centuries: 100, windu: 8, bulan: 1 / 12, month: 1 / 12, months: 1 / 12, minggu: 7 * DAY, pekan: 7 * DAY,
  week: 7 * DAY, weeks: 7 * DAY, hari: DAY, day: DAY, days: DAY, jam: DAY / 24, hour: DAY / 24, hours: DAY / 24 };

/** A unit's length in years, for a word that is one ("bulan" 1/12); undefined for any other word ("constructor" too). */
export function yearsInUnit(norm: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(YEARS_IN_UNIT, norm) ? YEARS_IN_UNIT[norm] : undefined;
}
