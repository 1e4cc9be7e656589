// Closed classes of words whose members exclude each other: a round of a tournament, a unit of measure, a level of
// government, an ordinal, a colour, a medal, a kind of vehicle, a kin relation. One member put where a passage has
// another, between the same words, changes the fact ("lolos ke babak final" for "lolos ke babak semifinal", "per
// kilogram" for "per gram"), where a word swapped outside such a class is as often a paraphrase. Words of one row
// within a class are one value ("pria" and "laki-laki" are not rivals). Pairs that are plain opposites (north/south,
// left/right, men/women) are the antonyms' (lexicon/antonyms.ts), which the contradiction check reads.

const CLASSES: Record<string, string[][]> = {
  round: [
    ['final', 'finals', 'grand final'], ['semifinal', 'semifinals', 'semi-final', 'semi-finals'],
    ['quarterfinal', 'quarterfinals', 'quarter-final', 'quarter-finals'], ['penyisihan', 'kualifikasi', 'qualifying', 'qualifiers'],
  ],
  mass: [
    ['miligram', 'milligram', 'milligrams', 'mg'], ['gram', 'grams'], ['kilogram', 'kilograms', 'kilo', 'kilos', 'kg'],
    ['ons', 'ounce', 'ounces'], ['pon', 'pound', 'pounds', 'lb', 'lbs'], ['kuintal'], ['ton', 'tons', 'tonne', 'tonnes'],
  ],
  length: [
    ['milimeter', 'millimetre', 'millimeter', 'millimetres', 'millimeters', 'mm'],
    ['sentimeter', 'centimetre', 'centimeter', 'centimetres', 'centimeters', 'cm'],
    ['meter', 'metre', 'meters', 'metres'], ['kilometer', 'kilometre', 'kilometers', 'kilometres', 'km'],
    ['inci', 'inch', 'inches'], ['kaki', 'foot', 'feet'], ['mil', 'mile', 'miles'],
  ],
  volume: [['mililiter', 'millilitre', 'milliliter', 'ml'], ['liter', 'litre', 'liters', 'litres'], ['galon', 'gallon', 'gallons'], ['barel', 'barrel', 'barrels']],
  area: [['hektare', 'hektar', 'hectare', 'hectares'], ['acre', 'acres']],
  government: [
    ['desa', 'kelurahan', 'village'], ['kecamatan', 'subdistrict'], ['kabupaten', 'regency'], ['provinsi', 'province', 'provincial'],
  ],
  ordinal: [
    ['pertama', 'first'], ['kedua', 'second'], ['ketiga', 'third'], ['keempat', 'fourth'], ['kelima', 'fifth'],
    ['keenam', 'sixth'], ['ketujuh', 'seventh'], ['kedelapan', 'eighth'], ['kesembilan', 'ninth'], ['kesepuluh', 'tenth'],
  ],
  colour: [
    ['merah', 'red'], ['putih', 'white'], ['hitam', 'black'], ['biru', 'blue'], ['hijau', 'green'], ['kuning', 'yellow'],
    ['ungu', 'purple'], ['cokelat', 'coklat', 'brown'], ['abu-abu', 'grey', 'gray'], ['oranye', 'jingga', 'orange'], ['merah muda', 'pink'],
  ],
  medal: [['emas', 'gold'], ['perak', 'silver'], ['perunggu', 'bronze']],
  // Not "mobil" or "car": a word for any of them.
  vehicle: [
    ['truk', 'truck', 'trucks', 'lorry', 'lorries'], ['bus', 'bis', 'buses', 'coach'], ['minibus', 'minibuses'],
    ['motor', 'motorcycle', 'motorcycles', 'motorbike'], ['sepeda', 'bicycle', 'bicycles'], ['taksi', 'taxi', 'taxis'],
    ['ambulans', 'ambulance', 'ambulances'], ['kereta', 'train', 'trains'], ['pesawat', 'plane', 'planes', 'aircraft'],
    ['kapal', 'ship', 'ships', 'boat', 'boats', 'perahu', 'ferry', 'feri'],
  ],
  kin: [
    ['ayah', 'bapak', 'father'], ['ibu', 'mother'], ['kakak', 'abang'], ['adik'], ['paman', 'om', 'uncle'], ['bibi', 'tante', 'aunt'],
    ['kakek', 'grandfather'], ['nenek', 'grandmother'], ['suami', 'husband'], ['istri', 'isteri', 'wife'], ['son'], ['daughter'],
    ['brother'], ['sister'], ['cucu', 'grandson', 'granddaughter'], ['keponakan', 'nephew', 'niece'],
  ],
};

/** A word's class and its row in it ("kg" → mass, kilogram), by the word as written in lower case. */
const MEMBERS = new Map<string, { kind: string; value: number }>();
for (const [kind, rows] of Object.entries(CLASSES)) {
  rows.forEach((row, value) => { for (const w of row) if (!w.includes(' ')) MEMBERS.set(w, { kind, value }); });
}

/** The closed class a word belongs to and its value in it, or undefined. */
export function closedClassOf(norm: string): { kind: string; value: number } | undefined {
  return MEMBERS.get(norm);
}

/** Whether two words are members of one closed class with different values: one cannot stand for the other. */
export function areRivalMembers(x: string, y: string): boolean {
  const a = MEMBERS.get(x), b = MEMBERS.get(y);
  return !!a && !!b && a.kind === b.kind && a.value !== b.value;
}

/** Whether two words are one member of a closed class ("kg" and "kilogram"). */
export function sameMember(x: string, y: string): boolean {
  const a = MEMBERS.get(x), b = MEMBERS.get(y);
  return !!a && !!b && a.kind === b.kind && a.value === b.value;
}
