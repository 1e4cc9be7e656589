import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedBy } from './seed-corpus';

// A dateline gives the day a story was filed ("BATU LINTANG, Rabu (11/3/2026) - …"). Where its sentence dates the
// event otherwise ("…, Selasa (10/3/2026)"), the dateline's day is no date of the event (checks/date-check.ts).
// Made-up sources.

describe("a dateline's day", () => {
  const flagged = flaggedBy(corpusOfLines({
    'sidang.txt': [
      'BATU LINTANG, Rabu (11/3/2026) - Mantan bendahara desa, Rina Kartika (41), menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang, Selasa (10/3/2026).',
      'Jaksa mendakwa Rina merugikan keuangan negara sebesar Rp 300 juta.',
      ...fillerLines(6, 'id', 'Batu Lintang'),
    ],
  }));
  const codes = (text: string) => flagged(text + '\n').map(d => d.code);

  it('is no date of an event its sentence dates otherwise', () => {
    assert.deepEqual(codes('Rina Kartika menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang pada Rabu (11/3/2026).'), ['date-mismatch']);
  });

  it('leaves the event on its own date', () => {
    assert.deepEqual(codes('Rina Kartika menjalani sidang perdana perkara korupsi di Pengadilan Negeri Batu Lintang pada Selasa (10/3/2026).'), []);
  });
});
