// Writes the web page, Word file and PDF fixtures of test/fixtures/formats/ with real tools, so the tests read
// files as writers get them rather than bytes written by hand: the Word files by the `docx` package, the PDFs by
// `pdfkit` (devDependencies, used only here), the web page as a news site serves one, with its navigation, cookie
// banner, "read also" lines, related-article list and footer around the article. PDFs that cannot be read (one
// protected by a password, one with no text layer) go to test/fixtures/unreadable/ (pdf-fixtures.mjs).
// Run it after changing the content:
//
//   node scripts/make-format-fixtures.mjs
//
// The output is committed; the tests never run this script.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { writePdfFixtures } from './pdf-fixtures.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'formats');
await mkdir(out, { recursive: true });

// A transcript: speaker labels in capitals, questions marked "Q:". Word's core properties carry the title,
// the author and a fixed creation date (so the file is the same on every run of this script).
const transcript = [
  ['Q', 'How many ships were delayed by the strike at the harbour?'],
  ['ANA LINDQVIST', 'Forty-two container ships were delayed during the four-day strike. We lost about 18 million euros in fees.'],
  ['Q', 'What comes next for the port?'],
  ['ANA LINDQVIST', 'The new terminal will open in 2027 and it will double our capacity.'],
  ['MARTIN OKAFOR', 'The union never agreed to the new overtime rules, and our members will vote again in May.'],
];
const interview = new Document({
  title: 'Interview with the harbour director',
  creator: 'Lena Holm',
  description: 'Transcript',
  sections: [{
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Interview with the harbour director')] }),
      new Paragraph({ children: [new TextRun({ text: 'Recorded at the port office with Ana Lindqvist, director of the Port of Vessel Bay, and Martin Okafor of the dockworkers union.', italics: true })] }),
      ...transcript.map(([who, words]) => new Paragraph({ children: [new TextRun({ text: `${who}: `, bold: true }), new TextRun(words)] })),
    ],
  }],
});
const interviewBytes = await fixedDates(await Packer.toBuffer(interview));
await writeFile(join(out, 'harbour-interview.docx'), interviewBytes);

/**
 * docx stamps the current time as the creation date and on every zip entry; a fixture should be the same bytes
 * on every run, so both are set to one fixed time.
 */
async function fixedDates(bytes) {
  const when = new Date('2024-03-12T09:30:00Z');
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file('docProps/core.xml').async('string');
  zip.file('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${when.toISOString().replace(/\.\d+Z$/, 'Z')}`));
  // Folders too: their entries carry a time as well.
  for (const entry of Object.values(zip.files)) entry.date = when;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const nav = `<header class="site-header"><a class="logo" href="/">Kabar Harian</a>
  <nav><ul><li><a href="/">Beranda</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li></ul></nav></header>`;
const cookie = `<div id="cookie-consent" class="cookie-banner">Situs ini memakai cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan privasi Kabar Harian. <button>Setuju</button></div>`;
const article = `<article>
  <h1>Banjir merendam 1.200 rumah di Bekasi Timur</h1>
  <p class="byline">Oleh <a href="/penulis/rina">Rina Wulandari</a></p>
  <p>Banjir merendam sedikitnya 1.200 rumah di Kecamatan Bekasi Timur, Jawa Barat, pada Selasa (5/3/2024) setelah hujan deras mengguyur sejak Senin malam.</p>
  <p><strong>Baca juga:</strong> <a href="/ekonomi/cabai">Harga cabai rawit naik 40 persen di Pasar Kramat Jati menjelang Ramadan</a></p>
  <p>Kepala Badan Penanggulangan Bencana Daerah Kota Bekasi, Dedi Supriyadi, mengatakan ketinggian air mencapai 1,5 meter di beberapa perumahan.</p>
  <p>“Kami sudah mengerahkan 30 perahu karet untuk mengevakuasi warga,” kata Dedi kepada wartawan di posko pengungsian.</p>
  <p>Sebanyak 3.400 warga mengungsi ke masjid dan sekolah terdekat. Pemerintah kota membuka dapur umum di enam titik.</p>
  <p><strong>Baca juga:</strong> <a href="/nasional/tol">Gubernur meresmikan jalan tol baru sepanjang 27 kilometer di Karawang</a></p>
  <p>Dedi meminta warga di bantaran Kali Bekasi tetap waspada karena hujan diperkirakan turun hingga akhir pekan.</p>
  <div class="inline-related"><strong>BACA JUGA</strong><ul>
    <li><a href="/d">Pintu air Bendung Bekasi dibuka penuh sejak pukul 03.00</a></li>
    <li><a href="/e">BMKG memperkirakan hujan lebat di Jawa Barat hingga Kamis</a></li></ul></div>
</article>`;
const related = `<section class="related"><h2>Berita terkait</h2><ul>
  <li><a href="/a">Wali kota Bekasi menutup 14 sekolah karena banjir</a></li>
  <li><a href="/b">Kereta rel listrik tujuan Cikarang terlambat dua jam</a></li>
  <li><a href="/c">Tim SAR menemukan dua warga hanyut di Kali Cikeas</a></li></ul></section>`;
const footer = `<footer><p>© 2024 Kabar Harian. Redaksi Kabar Harian berkantor di Jalan Kebon Sirih 12, Jakarta Pusat, sejak 1998.</p>
  <ul><li><a href="/tentang">Tentang kami</a></li><li><a href="/pedoman">Pedoman media siber</a></li></ul></footer>`;
const page = `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir merendam 1.200 rumah di Bekasi Timur - Kabar Harian</title>
<meta name="author" content="Rina Wulandari">
<meta property="article:published_time" content="2024-03-05T14:20:00+07:00">
<style>body { font-family: sans-serif } .cookie-banner { position: fixed }</style>
<script>window.dataLayer = [{ page: 'artikel' }]; console.log('Gubernur meresmikan 99 jembatan');</script>
</head><body>
${cookie}
${nav}
<main><div class="content">${article}
${related}</div></main>
${footer}
<script src="/analytics.js"></script>
</body></html>
`;
await writeFile(join(out, 'banjir-bekasi.html'), page);
console.log(`wrote ${out}/harbour-interview.docx (${interviewBytes.length} bytes) and banjir-bekasi.html (${page.length} characters)`);
for (const [file, size] of await writePdfFixtures(out, join(out, '..', 'unreadable'))) console.log(`wrote ${file} (${size} bytes)`);
