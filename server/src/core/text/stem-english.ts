// The English stemmer: Porter2, with irregular verbs and plurals first sent to their base form. It shares nothing
// with the Indonesian affix stripping of stem.ts but its purpose (one key for a word's forms), so it stands apart.

// Base forms for irregular verbs and plurals, as "form:base" pairs.
const EN_IRREGULAR = new Map(pairs(`said:say told:tell met:meet went:go gone:go was:be were:be is:be are:be am:be been:be
  had:have has:have did:do does:do done:do made:make took:take taken:take gave:give given:give came:come saw:see
  seen:see knew:know known:know thought:think brought:bring sought:seek held:hold led:lead won:win fought:fight
  spoke:speak spoken:speak wrote:write written:write began:begin begun:begin became:become ran:run sent:send
  spent:spend built:build felt:feel kept:keep meant:mean paid:pay stood:stand chose:choose chosen:choose fell:fall
  fallen:fall grew:grow grown:grow struck:strike rose:rise risen:rise sold:sell shot:shoot lost:lose found:find
  got:get gotten:get men:man women:woman children:child`));
// Porter2's own exceptions.
const EN_SPECIAL = new Map(pairs(`skis:ski skies:sky dying:die lying:lie tying:tie idly:idl gently:gentl ugly:ugli early:earli
  only:onli singly:singl sky:sky news:news atlas:atlas cosmos:cosmos bias:bias andes:andes`));
const EN_AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
// Porter2's suffix rules, longest first, since only the longest matching suffix of a step may apply.
const EN_STEP2 = pairs(`ization:ize ational:ate fulness:ful ousness:ous iveness:ive tional:tion biliti:ble lessli:less
  entli:ent ation:ate alism:al aliti:al ousli:ous iviti:ive fulli:ful enci:ence anci:ance abli:able izer:ize ator:ate
  alli:al bli:ble ogi:og li:`);
const EN_STEP3 = pairs('ational:ate tional:tion alize:al icate:ic iciti:ic ative: ical:ic ness: ful:');
const EN_STEP4 = pairs('ement: ance: ence: able: ible: ment: ant: ent: ism: ate: iti: ous: ive: ize: ion: al: er: ic:');

/** "from:to" pairs separated by white space. */
function pairs(text: string): Array<[string, string]> {
  return text.split(/\s+/).filter(Boolean).map(pair => pair.split(':') as [string, string]);
}

const isEnVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isEnVowel(w[i]) && isEnVowel(w[i - 1])) return i + 1;
  return w.length;
}

function endsShortSyllable(w: string): boolean {
  const n = w.length;
  if (n === 2) return isEnVowel(w[0]) && !isEnVowel(w[1]);
  return n >= 3 && !isEnVowel(w[n - 3]) && isEnVowel(w[n - 2]) && !isEnVowel(w[n - 1]) && !'wxY'.includes(w[n - 1]);
}

/** Longest rule whose suffix ends w; the rule applies only if its suffix starts at or after `region`. */
function applyLongest(w: string, rules: Array<[string, string]>, region: (suffix: string) => number,
  when?: (stem: string, suffix: string) => boolean): string {
  const rule = rules.find(([suf]) => w.endsWith(suf));
  if (!rule) return w;
  const stem = w.slice(0, -rule[0].length);
  return stem.length >= region(rule[0]) && (!when || when(stem, rule[0])) ? stem + rule[1] : w;
}

function porter2(input: string): string {
  const special = EN_SPECIAL.get(input);
  if (special) return special;
  let w = input.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y'); // a consonant y stays out of the vowels
  const r1 = /^(gener|commun|arsen)/.exec(w)?.[0].length ?? regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  w = w.replace(/'(s'?)?$/, '');
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ied|ies)$/.test(w)) w = w.slice(0, w.length > 4 ? -2 : -1);
  else if (w.endsWith('s') && !/(us|ss)$/.test(w) && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (EN_AFTER_1A.has(w)) return w;
  const eed = /(eedly|eed)$/.exec(w);
  const ed = eed ? null : /(ingly|edly|ing|ed)$/.exec(w);
  if (eed && eed.index >= r1) w = w.slice(0, eed.index) + 'ee';
  else if (ed && /[aeiouy]/.test(w.slice(0, ed.index))) {
    w = w.slice(0, ed.index);
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
    else if (r1 >= w.length && endsShortSyllable(w)) w += 'e';
  }
  if (w.length > 2 && /[^aeiouy][yY]$/.test(w)) w = w.slice(0, -1) + 'i';
  w = applyLongest(w, EN_STEP2, () => r1, (stem, suf) =>
    suf === 'ogi' ? stem.endsWith('l') : suf === 'li' ? /[cdeghkmnrt]$/.test(stem) : true);
  w = applyLongest(w, EN_STEP3, suf => (suf === 'ative' ? r2 : r1));
  w = applyLongest(w, EN_STEP4, () => r2, (stem, suf) => suf !== 'ion' || /[st]$/.test(stem));
  if (w.endsWith('e')) {
    const at = w.length - 1;
    if (at >= r2 || (at >= r1 && !endsShortSyllable(w.slice(0, -1)))) w = w.slice(0, -1);
  } else if (w.endsWith('ll') && w.length - 1 >= r2) w = w.slice(0, -1);
  return w.replace(/Y/g, 'y');
}

/** Porter2 stem of a lower-case English word; irregular verbs and plurals first go to their base form. */
export function stemEnglish(word: string): string {
  if (word.includes('-')) return word.split('-').map(p => (p ? stemEnglish(p) : p)).join('-');
  const base = EN_IRREGULAR.get(word) ?? word.replace(/^'+/, '');
  if (base.length <= 2 || !/^[a-z']+$/.test(base)) return base;
  return porter2(base);
}
