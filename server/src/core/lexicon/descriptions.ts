// Nouns that say what a name is when news describes it beside the name: "Tobias Brandt, an acoustics
// researcher", "Harwick, a fishing port", "Harbin, ibu kota provinsi Heilongjiang", "kantor berita negara Belta".
// The noun tells the kind of thing named, which a one-word name's context alone often does not. Occupations are
// kept apart from TITLE_HEADS (roles.ts): the role check compares titles, and a researcher described as a
// scientist is no wrong role; here they only describe.

/** What a person is by trade or office, beyond the titles of roles.ts (Indonesian and English). */
export const OCCUPATIONS: ReadonlySet<string> = new Set(`researcher scientist biologist economist analyst engineer
producer officer commissioner master manager editor reporter journalist correspondent lawyer attorney teacher
lecturer student resident farmer fisherman owner worker nurse doctor physician surgeon activist expert historian
academic consultant officer inspector superintendent sergeant captain lieutenant constable detective treasurer
clerk administrator dean provost rector principal coach trainer pilot author writer economist architect planner
organiser organizer campaigner negotiator mediator auditor accountant banker investor entrepreneur
executive official representative member chairperson head sheriff marshal trustee
peneliti ilmuwan ekonom analis insinyur produser pejabat komisaris manajer editor wartawan jurnalis koresponden
pengacara advokat guru dosen mahasiswa warga petani nelayan pemilik pekerja buruh perawat dokter aktivis pakar
ahli pengamat sejarawan akademisi konsultan inspektur bendahara pelatih pilot penulis arsitek perencana
perunding regulator auditor akuntan bankir investor pengusaha eksekutif perwakilan wakil anggota kepala rektor
dekan`.split(/\s+/).filter(Boolean));

/** Nouns for a kind of place ("kota", "ibu kota", "port town"): a name so described is a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(`kota ibukota provinsi kabupaten kecamatan desa kelurahan
pulau kepulauan wilayah daerah kawasan negara pelabuhan distrik region semenanjung lembah gunung sungai danau
teluk selat pantai city town village port harbour harbor capital province county district region island islands
state country nation suburb borough municipality valley peninsula river lake bay coast hamlet settlement
bandara stasiun terminal gerbang jembatan bendungan waduk stadion airport station stadium`.split(/\s+/).filter(Boolean));

/** Two-word place nouns whose first word alone means something else ("ibu kota" is a capital, "ibu" a mother). */
export const PLACE_NOUN_PAIRS: ReadonlySet<string> = new Set(['ibu kota', 'kota madya', 'kota praja']);

/** Nouns for a kind of organisation ("badan antariksa", "kantor berita", "a ferry company"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(`badan lembaga kantor perusahaan media penyiar stasiun harian koran majalah partai organisasi kementerian departemen dinas asosiasi serikat perhimpunan yayasan
komite komisi dewan firma bank pabrikan produsen operator maskapai universitas institut sekolah
agency company firm broadcaster newspaper network channel outlet publisher party organisation organization
ministry department association union society foundation committee commission council bank manufacturer maker
operator airline carrier university institute school hospital charity group authority regulator
service`.split(/\s+/).filter(Boolean));

/**
 * Verbs of leading in a relative clause after a name ("who heads the Westbrook Transit Authority", "yang memimpin
 * badan antariksa Rusia Roscosmos"): the clause says what the person leads.
 */
export const LEAD_VERBS: ReadonlySet<string> = new Set(`heads headed leads led chairs chaired runs ran directs
directed manages managed founded co-founded oversees oversaw commands commanded represents represented
memimpin mengetuai mengepalai mengelola mendirikan menakhodai membawahi mewakili menjabat`.split(/\s+/).filter(Boolean));

/** Words that start a relative clause about the name before them ("…, who heads", "…, yang memimpin"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'yang']);

/** Auxiliaries and adverbs that may stand between the relative word and its verb ("who has led", "yang kini memimpin"). */
export const CLAUSE_FILLERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'now', 'also', 'still',
  'currently', 'once', 'formerly', 'telah', 'sudah', 'kini', 'sekarang', 'juga', 'masih', 'pernah', 'sempat']);

/** Possessive determiners that tie a described role to someone named before ("its spokeswoman, Mira Sandoval"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);
