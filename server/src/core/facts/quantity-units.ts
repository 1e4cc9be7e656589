import { wordTable, WordTable } from '../text/normalize';

// What may stand next to a number and changes what it means: scale words ("240 miliar"), percent words and
// currencies before or after the number. Shared by the quantity extractor and the year test (a "2000" followed
// by "juta" or "persen" is not a year).

/** Scale words usable after any number, spaced or attached ("2 juta", "2bn"). */
export const SCALE_WORDS: WordTable<number> = wordTable({
  ratus: 1e2,
  ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12,
  hundred: 1e2, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
});

// One-letter scales are also units and initials ("5 m" is five metres, "Rp5 M" is five billion rupiah), so they
// count only on money with a currency before the number. Case matters: Indonesian M is miliar, English m million.
const LETTER_SCALES_ID: WordTable<number> = wordTable({ M: 1e9, T: 1e12, rb: 1e3 });
const LETTER_SCALES_EN: WordTable<number> = wordTable({ k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 });

export function letterScale(surface: string, lang: 'id' | 'en'): number | undefined {
  return (lang === 'id' ? LETTER_SCALES_ID : LETTER_SCALES_EN).get(surface);
}

export const PERCENT_WORDS = new Set(['persen', 'percent', 'pct']);

/** Currency named after the number: "5 miliar dolar", "30 yuan". */
export const CURRENCY_AFTER: WordTable<string> = wordTable({
  dolar: 'USD', dollar: 'USD', dollars: 'USD',
  rupiah: 'IDR',
  yuan: 'CNY', renminbi: 'CNY',
  rubel: 'RUB', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  euro: 'EUR', euros: 'EUR',
  pound: 'GBP', pounds: 'GBP', poundsterling: 'GBP',
  yen: 'JPY',
  ringgit: 'MYR',
  rupee: 'INR', rupees: 'INR',
  hryvnia: 'UAH', hryvnias: 'UAH',
});

/** A country after "dolar" changes which dollar: "dolar Singapura". "dolar AS" stays USD. */
export const DOLLAR_COUNTRY: WordTable<string> = wordTable({
  as: 'USD', amerika: 'USD', us: 'USD',
  singapura: 'SGD', singapore: 'SGD',
  australia: 'AUD', australian: 'AUD',
  kanada: 'CAD', canada: 'CAD', canadian: 'CAD',
  taiwan: 'TWD', hongkong: 'HKD',
});

/** Currency codes and abbreviations written before the number, as words: "USD 5 juta", "Rp5.000". */
export const CURRENCY_WORD_BEFORE: WordTable<string> = wordTable({
  USD: 'USD', IDR: 'IDR', Rp: 'IDR', RP: 'IDR', EUR: 'EUR', GBP: 'GBP', CNY: 'CNY', RMB: 'CNY',
  JPY: 'JPY', RUB: 'RUB', SGD: 'SGD', AUD: 'AUD', MYR: 'MYR', UAH: 'UAH',
});

/** Currency symbols written before the number. */
export const CURRENCY_SYMBOL: WordTable<string> = wordTable({
  '$': 'USD', '\u20AC': 'EUR', '\u00A3': 'GBP', '\u00A5': 'JPY', '\u20BD': 'RUB', '\u20B4': 'UAH',
});

/** Letters glued before "$" that name another dollar: "US$", "S$", "HK$". */
export const DOLLAR_PREFIX: WordTable<string> = wordTable({
  US: 'USD', S: 'SGD', A: 'AUD', AU: 'AUD', HK: 'HKD', C: 'CAD', CA: 'CAD', NZ: 'NZD', NT: 'TWD',
});

/** Any word that, right after a number, makes it a measured amount rather than a year. */
export function isQuantityUnitWord(lower: string): boolean {
  return SCALE_WORDS.get(lower) !== undefined || PERCENT_WORDS.has(lower) || CURRENCY_AFTER.get(lower) !== undefined;
}
