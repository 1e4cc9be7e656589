// The short draft the language server's tests open: a heading, a correct quote (Blinken), a wrong figure (40 for 70
// persen), a supported sentence naming Xi and Putin, and a quote put in Putin's mouth that Xi said.
export const SAMPLE_LINES: readonly string[] = [
  '# Putin dan Xi di Beijing',
  '',
  'Blinken menuduh China menjadi “kontributor utama” perang Moskow.',
  '',
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
  'Xi diperkirakan akan bertemu Putin di Rusia pada musim semi.',
  '',
  '“Sanksi dan gangguan pasti akan gagal,” kata Putin.',
  '',
];
