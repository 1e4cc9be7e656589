// Stems that news copy uses interchangeably, so a paraphrase is not mistaken for a new claim. Kept to words
// whose exchange never changes what is claimed (reporting verbs, "claim"/"admit to being", "meet").

const GROUPS = [
  'kata nyata ucap ujar tutur sebut bilang say tell state',
  'klaim aku claim',
  'temu jumpa meet',
  'mulai start begin',
  // "mengunjungi", "bertandang" and "melawat": to visit.
  'kunjung tandang lawat visit',
  'pulang kembali return',
  // "tiba di Ukraina" and "mencapai Ukraina": aid or troops that arrive reach a place.
  'tiba capai',
  'perang konflik war conflict',
  'tegas tekan emphasise emphasize stress',
  'janji sumpah pledge promise vow',
  'desak dorong urge press',
  'negara bangsa country nation',
  'pimpin kepala lead head',
  'kirim utus send dispatch',
  'sekitar kira-kira hampir around about nearly',
  'pekan minggu week',
  // "bertemu langsung" and "pertemuan tatap muka": a meeting in person.
  'langsung tatap',
  // "negara yang terlibat" and "negara yang berpartisipasi": taking part.
  'libat partisipasi',
  // "perundingan damai", "negosiasi damai", "pembicaraan damai", "peace talks", "negotiations": talks that "runtuh"
  // (collapsed) "gagal".
  'runding negosiasi bicara negoti talk',
  'runtuh gagal',
  // "keamanan siber" is the dictionary's spelling of "keamanan cyber".
  'siber cyber',
  // "mengandalkan perusahaan Tiongkok" and "bergantung pada perusahaan Tiongkok": relying on.
  'andal gantung',
  // "mengecam" and "mengutuk" invasi: to condemn.
  'kutuk kecam condemn',
  // "KTT" (konferensi tingkat tinggi) is the "pertemuan puncak": a summit.
  'ktt puncak summit',
  // "membunyikan alarm" and "menyuarakan kekhawatiran": raising the alarm, voicing concern.
  'bunyi suara',
  'alarm khawatir',
  // "the $1.8 million the department had requested" and "had asked for": a sum sought.
  'ask request',
  // A school, a runway or a road "shut" is one "closed"; members who "endorsed" a deal "approved" it.
  'shut close',
  'endors approv',
  // Season-ticket holders who "have risen" to 9,800 "have grown" to it; a figure that "increased" rose.
  'rise grow increas',
  // "meninggal", "kematian", "tewas" and "wafat": died, death.
  'mati tewas wafat',
  // "kejadian", "peristiwa" and "insiden": an incident.
  'peristiwa insiden',
  // "kini" and "sekarang": now.
  'kini sekarang',
  // "diangkat menjadi menteri" and "dipromosikan menjadi menteri": raised to a post.
  'angkat promosi',
  // "meneken" and "menandatangani": to sign. "karam" and "tenggelam": a ship sinking.
  'teken tandatangan sign',
  'karam tenggelam sink sank sunk',
  // "186 murid" and "186 siswa": a school's pupils.
  'murid siswa',
  // "mempunyai enam ruang kelas" and "memiliki enam ruang kelas": to have.
  'punya milik',
  // "bersedia" and "siap": willing, ready ("siap jika penghitungan ulang harus dilakukan").
  'sedia siap',
];

const groupOf = new Map<string, number>();
const members = GROUPS.map(g => g.split(' '));
members.forEach((g, i) => g.forEach(w => groupOf.set(w, i)));
const SAYING = groupOf.get('kata');

/** True when two stems are listed as interchangeable. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const g = groupOf.get(a);
  return g !== undefined && g === groupOf.get(b);
}

export function synonymGroup(stem: string): number | undefined {
  return groupOf.get(stem);
}

/**
 * The other stems a word (its form and its stem) is interchangeable with. Words of saying are so as verbs only:
 * "pernyataan bersama" (a joint statement, a document) says nothing of what anyone "kata".
 */
export function synonymsOfWord(norm: string, stem: string): readonly string[] {
  if (groupOf.get(stem) === SAYING && /^pe.*an$/.test(norm)) return [];
  return synonymsOf(stem);
}

/** The other stems listed as interchangeable with this one (none for most stems). */
export function synonymsOf(stem: string): readonly string[] {
  const g = groupOf.get(stem);
  return g === undefined ? [] : members[g].filter(w => w !== stem);
}
