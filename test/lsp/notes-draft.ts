// A short Indonesian draft on the seeds with one supported claim, one wrong figure (40 persen; the sources say 70)
// and one name no source has (Sekar Wulandari): the coverage and view tests read their counts from it.

export const DRAFT = [
  '# Catatan',
  '',
  'China menyediakan sekitar 40 persen peralatan mesin yang diimpor Rusia.',
  '',
  'Peneliti kebijakan luar negeri Sekar Wulandari menilai kunjungan itu sebagian besar bersifat simbolis.',
  '',
  'Dalam konferensi pers bersama di Beijing, Xi dan Putin sepakat bahwa penyelesaian politik krisis Ukraina adalah arah yang benar.',
  '',
].join('\n');
