import { Rng } from './fuzz-random';

// The fragments the fuzzer drops into drafts: what writers, editors and copy-paste actually produce (every kind
// of quote mark, numbers in local formats, Markdown) and what they produce by accident (control characters,
// half a surrogate pair, invisible characters). Each function returns one fragment.

export const QUOTE_MARKS = ['“', '”', '„', '«', '»', '‹', '›', "'", '"', '‘', '’', '‚', '「', '」', '`'];
const BRACKETS = ['(', ')', '[', ']', '{', '}', '<', '>', '⟨', '⟩'];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '...', '—', '–', '-', '/', '\\', '·', '•', '*', '_', '#', '|', '~', '^', '&', '@', '%'];
const SPACES = [' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u2009', '\u3000', '\v', '\f', '\u2028', '\u2029'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\ufffd', '\ufffe', '\uffff'];
const COMBINING = ['\u0301', '\u0308', '\u0323', '\u0336', '\u20dd', '\u0e49', '\u093f'];
const ASTRAL = ['😀', '👍🏽', '👨‍👩‍👧', '🇮🇩', '𝐁𝐨𝐥𝐝', '𠜎', '𓀀', '🏳️‍🌈', '1️⃣'];
const FOREIGN = ['مرحبا بالعالم', 'שלום', 'Привет, мир', 'Ελληνικά', '中华人民共和国', '日本語のテキスト', 'ภาษาไทย', 'हिन्दी', 'İstanbul', 'Straße', 'ǅemal', 'ﬁnance', 'Ⅻ', '①②③'];
/** Half a surrogate pair: what slicing a string in the middle of an emoji leaves. */
const LONE_SURROGATES = ['\ud83d', '\ude00', '\udbff', '\udc00'];

const NUMBERS = [
  '1.000,5', '1,000.5', '1.000.000', '1,5', '0,05', '.5', '5.', '1e9', '1E-3', '-40', '+7', '−12', '40%', '40 %', '40 persen',
  '70 percent', 'US$240 miliar', '$240 miliar', 'Rp 1.500.000', 'Rp1,5 triliun', '€ 3,2', '¥1', '£0.99', '240 miliar dolar AS',
  '12/12/2024', '2024-05-16', '16 Mei 2024', 'May 16, 2024', 'Senin (16/5)', '1990-an', '1990s', 'abad ke-21', '24/7', '3:0',
  '10:30 WIB', '½', '¾', '²', '١٢٣', '०१२', '12.345.678,90', '1 000 000', '1’000', '0x1F', '999999999999999999999999', 'II', 'XIV',
  'ribuan', 'ratusan ribu', 'thousands', 'dua puluh lima', 'twenty-five', 'setengah', 'sepertiga', '5-10', '5–10 persen', '~40',
  '≥ 3', '±2', 'nomor 1', 'No. 7', 'pp. 12-14', '3,5x', '40 persen.', '2.5.1', '1..2', '1,,2', '.,.,', '%%', '$$', 'US$',
];

const MARKDOWN = [
  '# Judul', '## Subjudul *miring*', '###### h6', '#hashtag', '---\ntitle: "x"\ntags: [a, b]\n---\n', '---\n---\n', '***',
  '| a | b |\n|---|---|\n| 1 | 2 |\n', '|x|\n|-|\n', '```\nkode "kutipan" 40 persen\n```\n', '```js\nconst x = "“";\n', '~~~\n~~~',
  '`inline “kode”`', '<!-- komentar "tersembunyi" -->', '<!-- tidak ditutup', '-->', '<div>html</div>', '<br/>', '<script>x</script>',
  '[tautan](https://contoh.id/a_(b))', '[tautan][ref]', '[ref]: https://x.y "judul"', '![gambar](x.png)', '<https://auto.link>',
  '- butir\n- butir', '* a\n  * b\n    * c', '1. satu\n2. dua', '1) x', '> kutipan blok\n> lanjut', '>>> dalam', '    kode menjorok',
  '**tebal**', '__tebal__', '*', '_', '\\*lolos\\*', '[^1]', '[^1]: catatan', '- [ ] tugas', '- [x] selesai', 'Judul\n=====', 'Sub\n---',
  '&amp; &lt; &#8220; &nbsp;', '$$ x^2 $$', ':emoji:', '[[wiki]]', '{#id .class}',
];

/** Words that drive checks: names, titles, speech verbs and negations of the seed articles' languages. */
const TRIGGERS = [
  'Presiden', 'Putin', 'Xi', 'Jinping', 'Vladimir', 'Blinken', 'Beijing', 'Moskow', 'Tiongkok', 'China', 'Rusia', 'Ukraina', 'AS',
  'kata', 'ujar', 'menurut', 'said', 'says', 'according to', 'tidak', 'bukan', 'gagal', 'menolak untuk', 'not', 'never', 'Menteri',
  'Luar', 'Negeri', 'Dr.', 'Mr.', 'Jl.', 'dkk.', 'a.n.', 'S.H.', 'Ph.D.', 'St.', 'U.S.', 'PBB', 'NATO', '(PBB)', 'Kamis', 'Monday',
];

export function quoteMark(rng: Rng): string { return rng.pick(QUOTE_MARKS); }
export function bracket(rng: Rng): string { return rng.pick(BRACKETS); }
export function punctuation(rng: Rng): string { return rng.pick(PUNCTUATION); }
export function space(rng: Rng): string { return rng.pick(SPACES); }
export function number(rng: Rng): string { return rng.pick(NUMBERS); }
export function markdown(rng: Rng): string { return rng.pick(MARKDOWN); }
export function trigger(rng: Rng): string { return rng.pick(TRIGGERS); }

/** One odd character or short run of them. */
export function oddChars(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0: return rng.pick(INVISIBLE);
    case 1: return rng.pick(CONTROL);
    case 2: return 'a' + rng.pick(COMBINING).repeat(rng.int(1, 30));
    case 3: return rng.pick(ASTRAL);
    case 4: return rng.pick(FOREIGN);
    case 5: return rng.pick(LONE_SURROGATES);
    default: return String.fromCodePoint(rng.int(0, 0x10ffff)).replace(/[\ud800-\udfff]/g, '?');
  }
}

/** A word far longer than any real one, sometimes glued from letters and marks that split words elsewhere. */
export function longWord(rng: Rng): string {
  const unit = rng.pick(['a', 'ab', 'Ab', 'x-', 'a.', "a'", 'a’', '1', '1.', 'é', 'ab\u00ad', 'A', 'ka-', '😀']);
  return unit.repeat(rng.logSize(50, 5000));
}

/** A short string of any character class: letters, digits, marks, spaces, quotes and the odd ones. */
export function randomChars(rng: Rng, length: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = rng.weighted<() => string>([
      [30, () => String.fromCharCode(rng.int(97, 122))],
      [6, () => String.fromCharCode(rng.int(65, 90))],
      [6, () => String.fromCharCode(rng.int(48, 57))],
      [14, () => space(rng)],
      [6, () => punctuation(rng)],
      [4, () => quoteMark(rng)],
      [2, () => bracket(rng)],
      [3, () => oddChars(rng)],
      [2, () => String.fromCharCode(rng.int(0, 0xffff))],
      [1, () => number(rng)],
      [1, () => markdown(rng)],
      [1, () => trigger(rng)],
    ])();
    out.push(piece);
    n += piece.length;
  }
  return out.join('');
}
