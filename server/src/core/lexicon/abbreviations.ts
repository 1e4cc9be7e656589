// Abbreviations Indonesian news writes for common nouns, not names: "guru SD" is a primary-school teacher, "UU
// Perbankan" the banking law; and the short forms of the offices and units of a local body ("Kasat Reskrim Polresta
// …" for the head of the criminal investigation unit, "Dishub" for "Dinas Perhubungan"). A draft's abbreviation is
// no unknown name where the sources write it out (checks/entity-check.ts). Kept apart from the aliases of places and bodies (aliases.ts), which the name finder and
// the registry read as names.

export const COMMON_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['uu', 'undang-undang'], ['perpu', 'peraturan pemerintah pengganti undang-undang'], ['perda', 'peraturan daerah'],
  ['sd', 'sekolah dasar'], ['smp', 'sekolah menengah pertama'], ['sma', 'sekolah menengah atas'],
  ['smk', 'sekolah menengah kejuruan'], ['paud', 'pendidikan anak usia dini'],
  ['rs', 'rumah sakit'], ['rsud', 'rumah sakit umum daerah'], ['puskesmas', 'pusat kesehatan masyarakat'],
  ['ktp', 'kartu tanda penduduk'], ['kk', 'kartu keluarga'], ['pns', 'pegawai negeri sipil'], ['asn', 'aparatur sipil negara'],
  ['wni', 'warga negara indonesia'], ['wna', 'warga negara asing'], ['rt', 'rukun tetangga'], ['rw', 'rukun warga'],
  ['phk', 'pemutusan hubungan kerja'], ['bbm', 'bahan bakar minyak'], ['umkm', 'usaha mikro kecil dan menengah'],
  ['reskrim', 'reserse kriminal'], ['satreskrim', 'satuan reserse kriminal'], ['lantas', 'lalu lintas'],
  ['satlantas', 'satuan lalu lintas'], ['polda', 'kepolisian daerah'], ['polres', 'kepolisian resor'],
  ['polresta', 'kepolisian resor kota'], ['polsek', 'kepolisian sektor'], ['dishub', 'dinas perhubungan'],
  ['dinkes', 'dinas kesehatan'], ['disdik', 'dinas pendidikan'], ['diskominfo', 'dinas komunikasi dan informatika'],
  ['kominfo', 'komunikasi dan informatika'], ['damkar', 'pemadam kebakaran'], ['satpol', 'satuan polisi'],
  ['kasat', 'kepala satuan'], ['rutan', 'rumah tahanan'], ['lapas', 'lembaga pemasyarakatan'],
  ['kejari', 'kejaksaan negeri'], ['kajari', 'kepala kejaksaan negeri'], ['kejati', 'kejaksaan tinggi'],
]);
