import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A person put into an event that the passage tells without them, the story naming them only paragraphs away for
// something else, doing what the passage has nowhere: an invented relation between real names, not supported.
// Made-up sources, so each case rests on the rule.

const corpus = corpusOfLines({
  'video.txt': [
    'Perdana Menteri Norwegia Ingrid Dahl dan Presiden Finlandia Aino Virtanen mengadakan konferensi video akhir tahun pada hari Jumat.',
    'Keduanya membahas kuota perikanan di Laut Utara.',
    'Harga ikan di Bergen naik tajam sepanjang musim dingin.',
    'Para nelayan mengeluhkan biaya bahan bakar yang terus meningkat.',
    'Pelabuhan Tromsø ditutup selama dua hari karena badai.',
    'Sementara itu, Oslo mengumumkan bahwa Lars Holm dipromosikan menjadi menteri perikanan.',
  ],
  'rencana.txt': [
    'Norwegia mengusulkan rencana perdamaian untuk kawasan Arktik pada tahun lalu.',
    'Rencana itu didukung oleh Swedia tetapi ditolak oleh Rusia.',
  ],
  'raja.txt': ['Seorang pejabat istana ikut mendampingi raja dalam kunjungan ke Helsinki pekan lalu.'],
  // Enough other sentences that the claim's act is as rare as in a real archive.
  'pasar.txt': Array.from({ length: 40 }, (_, i) => `Pada hari ke-${i + 1} musim itu, pedagang di pasar ikan Bergen mencatat ${i + 20} ton tangkapan.`),
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a person from afar', () => {
  it('flags a person the story names elsewhere, put into the event with an act the passage lacks', () => {
    const [d, ...rest] = flagged('Lars Holm ikut mendampingi Ingrid Dahl dalam konferensi video akhir tahun dengan Aino Virtanen pada hari Jumat.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /“ikut mendampingi”/);
  });

  it('passes the event as the passage tells it, and the person where the story names them', () => {
    assert.deepEqual(flagged('Ingrid Dahl dan Aino Virtanen mengadakan konferensi video akhir tahun pada hari Jumat.'), []);
    assert.deepEqual(flagged('Oslo mengumumkan Lars Holm dipromosikan menjadi menteri perikanan.'), []);
  });

  it('flags a person whose supporting story never names them, naming the person as what the passage lacks', () => {
    const [d, ...rest] = flagged('Aino Virtanen mendukung rencana perdamaian Norwegia untuk kawasan Arktik.');
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'unsupported-claim');
    assert.match(d.message, /Aino Virtanen/);
  });

  it('passes the story as told, with the people it names', () => {
    assert.deepEqual(flagged('Rencana perdamaian Norwegia untuk kawasan Arktik didukung oleh Swedia.'), []);
  });
});
