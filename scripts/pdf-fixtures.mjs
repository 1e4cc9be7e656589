// The PDF fixtures, written with pdfkit (a devDependency) for scripts/make-format-fixtures.mjs:
//
// - formats/rail-punctuality-2023.pdf: a three-page report as an office prints one. Every page has a running
//   header and a footer with the publisher's address and the page number, drawn after the body (as pdfkit and
//   many report tools add them once the pages are laid out), so in the content stream they come last. The body
//   has a word hyphenated at a line's end ("replace-" / "ment"), a compound hyphenated at one ("cross-" /
//   "border", written "cross-border" elsewhere), a paragraph that runs over a page break in mid-sentence, a
//   heading, and a page set in two columns whose sentence runs from the first column into the second.
// - unreadable/protected-memo.pdf: a memo that opens only with a password.
// - unreadable/scanned-letter.pdf: a page with marks on it and no text layer, as a scanner without OCR gives one.
//
// Dates are fixed (pdfkit derives the file's ID from them), and the protected file uses RC4 (PDF 1.4), whose
// output follows from the password and the ID, so every run writes the same bytes.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const CREATED = new Date('2024-03-12T09:30:00Z');
const MARGIN = 72;

/** A pdfkit document's bytes once it is ended. */
function render(doc) {
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** Lines set one by one, as a typesetter breaks them (pdfkit would wrap without hyphenating). */
function lines(doc, ...texts) {
  for (const t of texts) {
    doc.text(t, MARGIN, doc.y, { lineBreak: false });
    // Without line breaking pdfkit leaves the position where it was: the next line goes below by hand.
    doc.y += doc.currentLineHeight(true);
  }
  doc.moveDown(0.8);
}

function paragraph(doc, text) {
  doc.text(text, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
  doc.moveDown(0.8);
}

async function report() {
  const doc = new PDFDocument({
    size: 'A4', margin: MARGIN, bufferPages: true,
    info: { Title: 'Rail Punctuality Review 2023', Author: 'Vessel Bay Transport Authority', CreationDate: CREATED, ModDate: CREATED },
  });
  doc.font('Helvetica-Bold').fontSize(20).text('Rail Punctuality Review 2023', MARGIN, MARGIN);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11);
  paragraph(doc, 'In 2023, 87.4 percent of regional trains arrived within five minutes of their timetable, down from 91.2 percent in 2022. The authority counted 48,300 late arrivals on the four regional lines.');
  lines(doc,
    'Most delays were caused by faults in the signalling system between Northgate and Millbrook.',
    'The authority will spend 14 million euros on the replace-',
    'ment of the old signals on the Northgate line by the end of 2025.');
  paragraph(doc, '“Punctuality will not improve until the old signals are gone,” said Maria Castellano, the chief engineer of the authority.');
  paragraph(doc, 'The cross-border service to Eastmoor was cancelled on 11 days in 2023 because of staff shortages at the border station.');
  // The last paragraph of the page starts two lines above the bottom margin and runs on to the next page.
  doc.y = doc.page.height - MARGIN - 2.2 * doc.currentLineHeight(true);
  paragraph(doc, 'Passenger numbers rose by 6 percent to 21.5 million journeys, and the busiest line, between Vessel Bay and Northgate, carried 9.8 million of them, most of them on trains that left before eight in the morning.');

  doc.font('Helvetica-Bold').fontSize(14).text('Findings by line', MARGIN, doc.y);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11);
  paragraph(doc, 'The Northgate line was the least punctual, with 79.1 percent of trains on time. The coastal line to Millbrook was the most punctual at 94.6 percent.');
  lines(doc,
    'Trains on the cross-',
    'border line to Eastmoor were on time on 88 percent of their runs.');

  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(14).text('Recommendations', MARGIN, MARGIN);
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11).text(
    'The authority recommends that the ministry fund a second track between Millbrook and the coast. ' +
    'A second track would let the coastal line run every fifteen minutes instead of every half hour. ' +
    'It also recommends that timetables be published six weeks ahead, so that passengers who travel between Vessel Bay and Eastmoor can plan their journeys around the works on the line in 2024 and 2025.',
    MARGIN, doc.y, { columns: 2, columnGap: 24, width: doc.page.width - 2 * MARGIN, height: 5 * doc.currentLineHeight(true) },
  );

  // Running header and footer on every page, drawn last. The bottom margin is lifted while the footer is drawn,
  // or pdfkit would start a new page for text below it.
  const { count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#555555');
    doc.text('Vessel Bay Transport Authority · Rail Punctuality Review 2023', MARGIN, 36, { lineBreak: false });
    doc.text('Published by the authority from its offices at 12 Harbour Road, Vessel Bay. Not for resale.', MARGIN, doc.page.height - 44, { lineBreak: false });
    doc.text(String(i + 1), doc.page.width - MARGIN - 10, doc.page.height - 32, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return render(doc);
}

async function protectedMemo() {
  const doc = new PDFDocument({
    size: 'A4', margin: MARGIN, pdfVersion: '1.4', userPassword: 'vessel-bay', ownerPassword: 'vessel-bay-owner',
    info: { Title: 'Internal memo', CreationDate: CREATED, ModDate: CREATED },
  });
  doc.font('Helvetica').fontSize(11).text('The board will meet on 4 April 2024 to approve the signal budget.');
  return render(doc);
}

async function scannedLetter() {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: 'Scanned letter', CreationDate: CREATED, ModDate: CREATED } });
  // Grey bars where a scan would show lines of type: marks on the page, but no text to read.
  doc.fillColor('#333333');
  for (let i = 0; i < 24; i++) doc.rect(MARGIN, MARGIN + i * 18, 300 + ((i * 53) % 150), 7).fill();
  return render(doc);
}

/** Writes the PDFs; returns [file, size] of each. */
export async function writePdfFixtures(formatsDir, unreadableDir) {
  await mkdir(unreadableDir, { recursive: true });
  const files = [
    [join(formatsDir, 'rail-punctuality-2023.pdf'), await report()],
    [join(unreadableDir, 'protected-memo.pdf'), await protectedMemo()],
    [join(unreadableDir, 'scanned-letter.pdf'), await scannedLetter()],
  ];
  for (const [file, bytes] of files) await writeFile(file, bytes);
  return files.map(([file, bytes]) => [file, bytes.length]);
}
