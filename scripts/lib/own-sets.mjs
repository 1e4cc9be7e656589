// The project's own labelled claim sets (eval/claims-own-*.tsv) and the corpus each is checked against: the seeds,
// or a fixture of test/fixtures/ for the English sets and two Indonesian ones. `npm run eval` scores each set with
// the shared scorer; eval-codes.mjs weighs every check's findings over all of them.

/** Sets on the seed corpus, by the letter in their file name. */
export const SEED_SETS = ['a', 'b', 'c', 'd', 'f', 'h', 'i', 'j', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x'];

/** Sets on a fixture: [file suffix, name after "Own … claims", fixture folder, language]. */
export const FIXTURE_SETS = [
  ['en', '', 'english'], ['en-b', 'B ', 'english'], ['en-c', 'C ', 'dossier'], ['en-d', 'D ', 'windfarm'], ['en-e', 'E ', 'courtroom'],
  ['en-f', 'F ', 'harbour'], ['en-g', 'G ', 'clinic'], ['en-h', 'H ', 'bridge'], ['en-i', 'I ', 'water'], ['en-j', 'J ', 'school'],
  ['en-k', 'K ', 'rail'], ['en-l', 'L ', 'vaccine'], ['en-m', 'M ', 'ferry'], ['en-n', 'N ', 'hospital'], ['en-o', 'O ', 'landslide'],
  ['en-p', 'P ', 'refinery'], ['en-q', 'Q ', 'tramway'], ['en-r', 'R ', 'wildfire'], ['en-s', 'S ', 'airport'], ['en-t', 'T ', 'byelection'],
  ['en-u', 'U ', 'reservoir'], ['en-v', 'V ', 'orchard'], ['en-w', 'W ', 'strike'], ['en-x', 'X ', 'airport'], ['en-y', 'Y ', 'refinery'], ['en-z', 'Z ', 'tramway'],
  ['en-aa', 'AA ', 'stadium'], ['en-ab', 'AB ', 'museum'], ['en-ac', 'AC ', 'festival'], ['en-ad', 'AD ', 'breach'],
  ['e', 'E ', 'banjir', 'Indonesian'], ['g', 'G ', 'pasar', 'Indonesian'], ['k', 'K ', 'dbd', 'Indonesian'], ['l', 'L ', 'atap', 'Indonesian'], ['y', 'Y ', 'cabai', 'Indonesian'], ['z', 'Z ', 'tol', 'Indonesian'],
  ['aa', 'AA ', 'sidang', 'Indonesian'], ['ab', 'AB ', 'gunung', 'Indonesian'],
  ['ac', 'AC ', 'pabrik', 'Indonesian'], ['ad', 'AD ', 'liga', 'Indonesian'],
  ['ae', 'AE ', 'pilkada', 'Indonesian'], ['af', 'AF ', 'kapal', 'Indonesian'],
  ['ag', 'AG ', 'keracunan', 'Indonesian'], ['ah', 'AH ', 'tarif', 'Indonesian'],
  ['ai', 'AI ', 'banjir-bandang', 'Indonesian'], ['aj', 'AJ ', 'beasiswa', 'Indonesian'],
  ['ak', 'AK ', 'tambang', 'Indonesian'], ['al', 'AL ', 'kereta', 'Indonesian'],
  ['am', 'AM ', 'rumah-sakit', 'Indonesian'], ['an', 'AN ', 'pelabuhan-ikan', 'Indonesian'],
  ['ao', 'AO ', 'pasar-terapung', 'Indonesian'], ['ap', 'AP ', 'sekolah-roboh', 'Indonesian'],
  ['aq', 'AQ ', 'gempa', 'Indonesian'], ['ar', 'AR ', 'pemadaman-listrik', 'Indonesian'],
  ['as', 'AS ', 'kabut-asap', 'Indonesian'], ['at', 'AT ', 'investasi-bodong', 'Indonesian'],
  ['au', 'AU ', 'jembatan-putus', 'Indonesian'], ['av', 'AV ', 'mogok-angkot', 'Indonesian'],
  ['aw', 'AW ', 'wabah-campak', 'Indonesian'], ['ax', 'AX ', 'sengketa-lahan', 'Indonesian'],
  ['ay', 'AY ', 'tabrakan-bus', 'Indonesian'], ['az', 'AZ ', 'kebocoran-data', 'Indonesian'],
  ['ba', 'BA ', 'satwa-selundupan', 'Indonesian'], ['bb', 'BB ', 'dana-desa', 'Indonesian'],
  ['bc', 'BC ', 'rs-terbakar', 'Indonesian'], ['bd', 'BD ', 'harga-beras', 'Indonesian'],
  ['be', 'BE ', 'pilkades', 'Indonesian'], ['bf', 'BF ', 'tawuran', 'Indonesian'],
  ['bg', 'BG ', 'stunting', 'Indonesian'], ['bh', 'BH ', 'banjir-rob', 'Indonesian'],
  ['bi', 'BI ', 'perampokan', 'Indonesian'], ['bj', 'BJ ', 'air-bersih', 'Indonesian'],
  ['bk', 'BK ', 'konser', 'Indonesian'], ['bl', 'BL ', 'solar-timbun', 'Indonesian'],
  ['bm', 'BM ', 'pencemaran-sungai', 'Indonesian'], ['bn', 'BN ', 'narkoba-lapas', 'Indonesian'],
  ['bo', 'BO ', 'pinjol-ilegal', 'Indonesian'], ['bp', 'BP ', 'gagal-panen', 'Indonesian'],
  ['bq', 'BQ ', 'pungli-ppdb', 'Indonesian'], ['br', 'BR ', 'crane-roboh', 'Indonesian'],
  ['bs', 'BS ', 'penggusuran-pkl', 'Indonesian'], ['bt', 'BT ', 'pantai-tenggelam', 'Indonesian'],
  ['bu', 'BU ', 'obat-palsu', 'Indonesian'], ['bv', 'BV ', 'feri-terbakar', 'Indonesian'],
  ['bw', 'BW ', 'penipuan-umrah', 'Indonesian'], ['bx', 'BX ', 'wabah-rabies', 'Indonesian'],
  ['by', 'BY ', 'ijazah-palsu', 'Indonesian'], ['bz', 'BZ ', 'pencurian-ternak', 'Indonesian'],
  ['ca', 'CA ', 'ledakan-gudang', 'Indonesian'], ['cb', 'CB ', 'konflik-harimau', 'Indonesian'],
  ['cc', 'CC ', 'penculikan-anak', 'Indonesian'], ['cd', 'CD ', 'pupuk-subsidi', 'Indonesian'],
  ['ce', 'CE ', 'pembunuhan-pedagang', 'Indonesian'], ['cf', 'CF ', 'longsor-sampah', 'Indonesian'],
  ['cg', 'CG ', 'jalan-ambles', 'Indonesian'], ['ch', 'CH ', 'pasien-ditolak', 'Indonesian'],
  ['ci', 'CI ', 'bansos-salah-sasaran', 'Indonesian'], ['cj', 'CJ ', 'puting-beliung', 'Indonesian'],
  ['ck', 'CK ', 'dokter-gadungan', 'Indonesian'], ['cl', 'CL ', 'proyek-mangkrak', 'Indonesian'],
].map(([set, name, fixture, lang = 'English']) => ({ set, name, fixture, lang }));
