// Stemmers give the inflected and derived forms of a word one matching key, so that a draft's "dikutuk" meets a
// source's "mengutuk" and "condemned" meets "condemns". Draft and corpus go through the same function, so a
// consistent key matters more than a linguistically perfect root.
// Indonesian: affix stripping in the manner of Nazief–Adriani and Enhanced Confix Stripping. Every plausible
// analysis is listed; the corpus vocabulary (if given) decides between them, and without it the most fully
// stripped analysis that needs no confirmation wins. English: Porter2 with a table of irregular verbs
// (stem-english.ts).

export interface RootLexicon {
  has(word: string): boolean;
}

// Words that look affixed but are roots ("perdana", "menteri"), and roots that settle the guess after a nasal
// prefix where the default is wrong ("menyatakan" is nyata, not sata). An analysis reaching one of these wins,
// and stripping stops there, so "pemerintahan" keeps "pemerintah" and "memulai" is not read as "pula" + -i. A
// mediator ("penengah") keeps its own key: its root is the "di tengah" (amid) of half the stories in an archive.
const KNOWN_ROOTS = new Set([
  'mereka', 'memang', 'mengapa', 'menang', 'menteri', 'pernah', 'perang', 'perlu', 'persen', 'perdana', 'pertama',
  'peran', 'perempuan', 'perintah', 'pemerintah', 'percaya', 'pengaruh', 'penjara', 'pemilu', 'pasukan', 'kawasan',
  'masalah', 'langkah', 'sekolah', 'sekutu', 'selama', 'selalu', 'sebelum', 'sekarang', 'sedang', 'seperti', 'tetapi',
  'teroris', 'terorisme', 'terbang', 'belum', 'berapa', 'berita', 'delapan', 'sembilan', 'diplomat', 'diplomasi',
  'diplomatik', 'direktur', 'disiplin', 'digital', 'dinasti', 'dinas', 'dialog', 'dimensi', 'dinamika', 'mulai',
  'tahu', 'beberapa', 'kata', 'ada', 'aku', 'isi', 'nyata', 'nyanyi', 'nyala', 'nilai', 'naik', 'nanti', 'nikmat',
  'ubah', 'umum', 'ungkap', 'usul', 'usir', 'undang', 'ulang', 'urus', 'upaya', 'ukur', 'uji', 'untung', 'utama',
  'utus', 'ungsi', 'usaha', 'kirim', 'masuk', 'minta', 'milik', 'muat', 'mohon', 'makan', 'main', 'mati', 'muda',
  'malu', 'rencana', 'runding', 'rumah', 'rendah', 'rasa', 'kait', 'kandung', 'kawal', 'kalah', 'kabar', 'emban', 'punya',
  'penengah',
]);

type Suffix = '' | 'kan' | 'an' | 'i';
interface Candidate { root: string; depth: number; optional: boolean }
interface PrefixStrip { tag: string; rest: string; optional: boolean; restored: boolean }
type AddPrefix = (tag: string, rest: string, optional?: boolean, restored?: boolean) => void;

// Which derivational suffix may close each outermost prefix (ECS's forbidden pairs: ke-…-i, di-…-an, me-…-an, …).
const SUFFIXES_AFTER: Record<string, readonly Suffix[]> = { di: ['kan', 'i'], me: ['kan', 'i'], ber: ['an', 'kan'],
  ter: ['kan', 'i'], ke: ['an'], se: ['an'], pe: ['an'], per: ['an', 'kan', 'i'] };
// Which prefix may sit inside another: memper-, diper-, diber-, keber-, keter-, kepe(N)-, pember-.
const PREFIXES_AFTER: Record<string, readonly string[]> = { di: ['per', 'ber', 'ke'], me: ['per', 'ber', 'pe'],
  ke: ['ber', 'ter', 'pe', 'per'], pe: ['ber', 'per'] };
// Ordinal ke- and the se- of "seribu" turn a number into another number; never strip them.
const NUMBER_WORDS = /^(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|puluh|belas|ratus|ribu|juta|miliar|triliun)$/;
const ONSET_CLUSTERS = new Set('bl br dr fl fr gl gr kh kl kr kw ny pl pr ps sk sl sm sn sp st sw sy tr'.split(' '));

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);

/** A remainder worth calling a root: three letters or more, a vowel, and an onset Indonesian allows ("ngin" is not). */
function plausibleRoot(s: string): boolean {
  return s.length >= 3 && /[aeiou]/.test(s) && (isVowel(s[0]) || isVowel(s[1]) || ONSET_CLUSTERS.has(s.slice(0, 2)));
}

/** Roots end in a vowel or a single consonant (or ng/nk); "korb-an" and "afghanist-an" are not suffixed. */
function plausibleEnding(s: string): boolean {
  const last = s[s.length - 1], prev = s[s.length - 2];
  if (isVowel(last)) return true;
  if (!'bdfghklmnprst'.includes(last)) return false;
  return isVowel(prev) || (prev === 'n' && (last === 'g' || last === 'k'));
}

/** The final -i of loanwords ("invasi", "produksi", "posisi") belongs to the root; "atasi" and "awasi" are verbs. */
function loanwordFinalI(form: string): boolean {
  return /(?:[^aeiou]|[eiou])si$/.test(form) || (/asi$/.test(form) && !/(?:ata|wa)si$/.test(form));
}

function inflectionOptions(word: string): Array<{ form: string; depth: number; optional: boolean }> {
  const forms = [{ form: word, depth: 0, optional: false }];
  const particle = /(lah|kah|tah|pun)$/.exec(word);
  // -lah/-kah/-tah end too many roots ("masalah", "langkah", "pemerintah") to strip without confirmation.
  if (particle && word.length >= 6) forms.push({ form: word.slice(0, -3), depth: 1, optional: particle[1] !== 'pun' || word.length < 7 });
  for (const f of forms.slice()) {
    const possessive = /(nya|ku|mu)$/.exec(f.form);
    if (!possessive) continue;
    const form = f.form.slice(0, -possessive[1].length);
    // -ku/-mu are rare in news and end roots ("bertemu"), so only -nya is stripped unasked.
    const optional = f.optional || possessive[1] !== 'nya' || form.length < 4;
    if (form.length >= 3) forms.push({ form, depth: f.depth + 1, optional });
  }
  return forms;
}

function suffixOptions(form: string): Array<{ base: string; suffix: Suffix }> {
  // The unsuffixed reading comes first so that, at equal depth, "bertahan" is ber- + tahan, not bertah + -an.
  const out: Array<{ base: string; suffix: Suffix }> = [{ base: form, suffix: '' }];
  for (const suffix of ['kan', 'an', 'i'] as const) {
    const base = form.slice(0, -suffix.length);
    if (!form.endsWith(suffix) || base.length < 3 || !plausibleEnding(base)) continue;
    if (suffix === 'i' && loanwordFinalI(form)) continue;
    out.push({ base, suffix });
  }
  return out;
}

/** Roots behind meng-/peng- + vowel, likelier first: k- before u and e (kutuk, kecam), the vowel itself elsewhere. */
function velarRoots(s: string): string[] {
  const kFirst = s[0] === 'u' || (s[0] === 'e' && !/^e(ks|v|f)/.test(s)) || /^o(n[^aeiou]|o)/.test(s);
  return kFirst ? ['k' + s, s] : [s, 'k' + s];
}

/**
 * mem-/men- + vowel: usually a dropped p/t (memimpin, menolak); loanwords keep m/n (memitigasi, menegosiasi), and so
 * does a root made with the prefix non- ("menonaktifkan", "penonaktifan" of "nonaktif", as "dinonaktifkan" is; not
 * "menonton", whose "ton" is too short to be a root after non-).
 */
function nasalRoots(hard: string, soft: string, s: string): string[] {
  const loan = (s.length >= 6 && s.endsWith('si')) || (soft === 'n' && s.length >= 6 && s.startsWith('on') && plausibleRoot(s.slice(2)));
  return loan ? [soft + s, hard + s] : [hard + s, soft + s];
}

function nasalPrefixOptions(kind: 'me' | 'pe', r: string, confix: boolean, add: AddPrefix): void {
  const s1 = r.slice(1), s2 = r.slice(2);
  if (r.startsWith('ng')) {
    if (isVowel(s2[0])) {
      for (const root of velarRoots(s2)) add(kind, root, false, true);
      if (s2[0] === 'e') add(kind, s2.slice(1), true); // menge-/penge- before a one-syllable root: "mengebom"
    } else if (/^[ghk]/.test(s2)) add(kind, s2);
  } else if (r.startsWith('ny')) {
    if (isVowel(s2[0])) { add(kind, 's' + s2, false, true); add(kind, 'ny' + s2, false, true); }
  } else if (r[0] === 'm') {
    if (isVowel(s1[0])) for (const root of nasalRoots('p', 'm', s1)) add(kind, root, false, true);
    else if (/^[bfpv]/.test(s1)) add(kind, s1);
  } else if (r[0] === 'n') {
    if (isVowel(s1[0])) for (const root of nasalRoots('t', 'n', s1)) add(kind, root, false, true);
    else if (/^([cdjz]|sy)/.test(s1)) add(kind, s1);
  } else if (kind === 'me') {
    if (/^[lrwy]/.test(r)) add(kind, r);
  } else if (r !== '' && !isVowel(r[0]) && r[0] !== 'r') {
    add(kind, r, !confix); // plain pe- (petani, pekerja) is a guess unless -an confirms it
  }
}

function prefixOptions(w: string, outer: string | null, suffix: Suffix): PrefixStrip[] {
  const opts: PrefixStrip[] = [];
  const add: AddPrefix = (tag, rest, optional = false, restored = false) => opts.push({ tag, rest, optional, restored });
  const confix = outer === null && suffix !== '';
  const head = w.slice(0, 2), tri = w.slice(0, 3), rest2 = w.slice(2);
  if (head === 'di' && !/^s[^aeiou]/.test(rest2)) add('di', rest2); // not the dis- of "diskon", "distribusi"
  if (head === 'ke' && !NUMBER_WORDS.test(rest2)) add('ke', rest2, !(confix && suffix === 'an'));
  if (head === 'se' && !NUMBER_WORDS.test(rest2)) add('se', rest2, true);
  // Inside me-/di-, "ber" + vowel is a root ("memberikan" is beri + -kan, not ber- + ikan).
  const rootBer = tri === 'ber' && isVowel(w[3]) && (outer === 'me' || outer === 'di');
  if ((tri === 'ber' && !rootBer) || tri === 'ter' || tri === 'per') {
    // Bare per- mostly begins roots (perang, persen, perdana); inside memper-/diper- or a confix it is a prefix.
    add(tri, w.slice(3), tri === 'per' && !confix && outer !== 'di' && outer !== 'me');
    if (isVowel(w[3])) add(tri === 'per' ? 'pe' : tri, w.slice(2), true); // be-/te-/pe- + r-root: "berencana"
  } else if (head === 'be' && !isVowel(w[2]) && w.slice(3, 5) === 'er') {
    add('ber', w.slice(2)); // "bekerja", "beternak"
  }
  if (/^[bp]elajar/.test(w)) add(w[0] === 'b' ? 'ber' : 'pe', w.slice(3));
  if (head === 'me' || head === 'pe') nasalPrefixOptions(head, w.slice(2), confix, add);
  return opts;
}

function stripPrefixes(form: string, outer: string | null, suffix: Suffix, depth: number, optional: boolean,
  out: Candidate[]): void {
  for (const p of prefixOptions(form, outer, suffix)) {
    const allowed = outer === null
      ? suffix === '' || SUFFIXES_AFTER[p.tag].includes(suffix)
      : PREFIXES_AFTER[outer]?.includes(p.tag);
    // A three-letter remainder ("ada", "isi") is believed only when confirmed, and never after a guessed prefix.
    if (!allowed || !plausibleRoot(p.rest) || (p.optional && p.rest.length < 4)) continue;
    const opt = optional || p.optional || p.rest.length < 4;
    out.push({ root: p.rest, depth: depth + 1, optional: opt });
    // A root rebuilt after a nasal ("memeriksa" → periksa) is whole: its p- is not the prefix per-.
    if (!KNOWN_ROOTS.has(p.rest) && !p.restored) stripPrefixes(p.rest, p.tag, suffix, depth + 1, opt, out);
  }
}

function indonesianCandidates(word: string): Candidate[] {
  const out: Candidate[] = [{ root: word, depth: 0, optional: false }];
  for (const inf of inflectionOptions(word)) {
    if (inf.depth > 0) {
      out.push({ root: inf.form, depth: inf.depth, optional: inf.optional });
      if (KNOWN_ROOTS.has(inf.form)) continue;
    }
    for (const { base, suffix } of suffixOptions(inf.form)) {
      const depth = inf.depth + (suffix ? 1 : 0);
      if (suffix) {
        // Alone, only a long -an noun ("kunjungan") is safe; bare -kan/-i are imperatives and need confirmation.
        out.push({ root: base, depth, optional: inf.optional || suffix !== 'an' || base.length < 5 });
        if (KNOWN_ROOTS.has(base)) continue;
      }
      // "-ai" ends many roots (capai, pakai, selesai), so its -i ("kuasa-i") is a guess the lexicon must back.
      stripPrefixes(base, null, suffix, depth, inf.optional || (suffix === 'i' && base.endsWith('a')), out);
    }
  }
  return out;
}

function pick(cands: Candidate[], deepest: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) if (!best || (deepest ? c.depth > best.depth : c.depth < best.depth)) best = c;
  return best;
}

function stemHyphenated(word: string, lexicon?: RootLexicon): string {
  const cut = word.indexOf('-');
  const left = word.slice(0, cut), right = word.slice(cut + 1);
  // "non-" carries negation; dropping it would make "non-konfrontasi" meet "konfrontasi".
  if (left === 'non') return right ? 'non-' + stemIndonesian(right, lexicon) : word;
  if (!left || !right) return word;
  // Reduplication ("negara-negara", "besar-besaran", "berbeda-beda") is one word; other compounds stay whole.
  const a = stemIndonesian(left, lexicon);
  return a === stemIndonesian(right, lexicon) ? a : word;
}

/**
 * Every root `stemIndonesian` may ask the lexicon about for this word: its answer can depend on these words'
 * presence in the corpus and on nothing else of it. (Each is the word with affixes stripped and at most its first
 * letter restored, so it appears in the word from its second letter on; vocabulary-change.ts relies on that.)
 */
export function lexiconQuestions(word: string): string[] {
  if (word.includes('-')) {
    const cut = word.indexOf('-'), left = word.slice(0, cut), right = word.slice(cut + 1);
    if (left === 'non') return right ? lexiconQuestions(right) : [];
    return left && right ? [...lexiconQuestions(left), ...lexiconQuestions(right)] : [];
  }
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || KNOWN_ROOTS.has(word)) return [];
  const all = indonesianCandidates(word);
  if (all.some(c => c.depth > 0 && KNOWN_ROOTS.has(c.root))) return [];
  return all.filter(c => c.depth > 0).map(c => c.root);
}

/**
 * Root of a lower-case Indonesian word. A lexicon of the corpus's word forms settles ambiguous analyses
 * ("mengarang": arang or karang) and confirms strips too risky to make blind (se-, ke-, pe-, per-, -kan, -i).
 */
export function stemIndonesian(word: string, lexicon?: RootLexicon): string {
  const own = WORD_STEMS.get(word);
  if (own) return own;
  const root = rootOf(word, lexicon), sense = PREFIXED_SENSE.get(root);
  return sense !== undefined && !word.startsWith(root) ? sense : root;
}

/**
 * Roots whose prefixed forms mean what the bare word does not: "berlangsung", "melangsungkan" (to take place, to
 * hold) are not "langsung" (direct, at once); "menetapkan", "ditetapkan", "penetapan" (to set, to declare) are not
 * "tetap" (still), which so often stands before a denial ("tetap tidak menetapkan") that the two read as one word
 * kept and denied. Those forms share a key of their own.
 */
const PREFIXED_SENSE = new Map([['langsung', 'berlangsung'], ['tetap', 'tetapkan']]);

/**
 * Words whose root is another word and whose other forms mean something else, each given the stem of a word it
 * means: "meninggal" (to die) is not "tinggal" (to stay), nor "meninggalkan" (to leave), and stands with "kematian"
 * (death) under "mati"; "kejadian" (an incident) is not "menjadi" (to become), and stands with "peristiwa".
 */
const WORD_STEMS = new Map([
  ['meninggal', 'mati'], ['meninggalnya', 'mati'],
  ['kejadian', 'peristiwa'], ['kejadiannya', 'peristiwa'],
  // "se-" before a unit of time is "one": "40 karung seminggu" is forty sacks a week ("per minggu"). Without this,
  // "sepekan" and "sebulan" lost their "-an" as a suffix ("sepek", "sebul").
  ['sehari', 'hari'], ['seminggu', 'minggu'], ['sepekan', 'pekan'], ['sebulan', 'bulan'], ['setahun', 'tahun'],
]);

function rootOf(word: string, lexicon?: RootLexicon): string {
  if (word.includes('-')) return stemHyphenated(word, lexicon);
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || KNOWN_ROOTS.has(word)) return word;
  const all = indonesianCandidates(word);
  const known = pick(all.filter(c => c.depth > 0 && KNOWN_ROOTS.has(c.root)), false);
  if (known) return known.root;
  const fallback = pick(all.filter(c => !c.optional), true) ?? all[0];
  if (!lexicon || (fallback.depth > 0 && lexicon.has(fallback.root))) return fallback.root;
  // The lexicon may choose another reading, but never one that strips less than the fallback does.
  const confirmed = pick(all.filter(c => c.depth > 0 && c.depth >= fallback.depth && lexicon.has(c.root)), true);
  return (confirmed ?? fallback).root;
}
