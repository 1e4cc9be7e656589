// Names that mean the same place in the languages and spellings news uses. General knowledge; corpus-specific
// aliases (surnames, acronyms defined in the text) are learned by the entity registry instead.

const GROUPS = [
  'tiongkok|china|cina|rrt|rrc|republik rakyat tiongkok|republik rakyat china|people\'s republic of china|prc',
  'amerika serikat|as|amerika|united states|usa|us|u.s.|a.s.|united states of america',
  'rusia|russia|federasi rusia|russian federation',
  'inggris|britain|great britain|united kingdom|uk|britania raya',
  'korea selatan|south korea|korsel', 'korea utara|north korea|korut',
  'uni eropa|european union|eu|ue', 'perserikatan bangsa-bangsa|pbb|united nations|un',
  'belarusia|belarus', 'ukraina|ukraine', 'turki|turkey|turkiye|türkiye', 'iran|persia',
  'prancis|perancis|france', 'jerman|germany', 'jepang|japan', 'mesir|egypt', 'suriah|syria',
  'moskow|moscow|moskwa', 'kyiv|kiev', 'teheran|tehran', 'uni soviet|soviet union|soviet|ussr',
  'kyrgyzstan|kirgistan|kirgizstan', 'uzbekistan|uzbek', 'pakistan', 'india', 'taiwan',
  'amerika latin|latin america', 'timur tengah|middle east', 'asia-pasifik|asia pasifik|asia-pacific',
  'nato|pakta pertahanan atlantik utara|north atlantic treaty organization',
  // Indonesian provinces as the press shortens them ("Kepala Dinas … Sulsel").
  'sumatera utara|sumut', 'sumatera barat|sumbar', 'sumatera selatan|sumsel', 'kepulauan riau|kepri',
  'bangka belitung|kepulauan bangka belitung|babel', 'jawa barat|jabar', 'jawa tengah|jateng', 'jawa timur|jatim',
  'daerah istimewa yogyakarta|diy', 'nusa tenggara barat|ntb', 'nusa tenggara timur|ntt',
  'kalimantan barat|kalbar', 'kalimantan tengah|kalteng', 'kalimantan selatan|kalsel', 'kalimantan timur|kaltim',
  'kalimantan utara|kaltara', 'sulawesi utara|sulut', 'sulawesi tengah|sulteng', 'sulawesi selatan|sulsel',
  'sulawesi tenggara|sultra', 'sulawesi barat|sulbar', 'maluku utara|malut',
  // Local governments as the press shortens them ("Pemkab Wanasari" for "Pemerintah Kabupaten Wanasari").
  'pemerintah kabupaten|pemkab', 'pemerintah kota|pemkot', 'pemerintah provinsi|pemprov', 'pemerintah daerah|pemda',
];

const groupOf = new Map<string, number>();
// Split once: the registry asks for a key per name mention, hundreds of thousands of times per index.
const MEMBERS = GROUPS.map(g => g.split('|'));
MEMBERS.forEach((names, i) => names.forEach(name => groupOf.set(name, i)));

/** Every known variant of every name. */
export function aliasNames(): Iterable<string> {
  return groupOf.keys();
}

/** A stable key shared by every known variant of a place name ("tiongkok" and "china" → same key). */
export function aliasKey(name: string): string | undefined {
  const g = groupOf.get(name);
  return g === undefined ? undefined : MEMBERS[g][0];
}

/** All variants of a known name, the name itself included. */
export function aliasVariants(name: string): string[] {
  const g = groupOf.get(name);
  return g === undefined ? [name] : MEMBERS[g].slice();
}
