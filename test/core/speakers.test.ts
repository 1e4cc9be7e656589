import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/index/corpus';
import { quoteSpeaker } from '../../server/src/core/features/dossier-facts';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// Who said each quote of the seeds and the English fixtures, as the hover credits it: the speaker the document
// names (after the quote or before it, "called", "according to", a pronoun pointing back past the people spoken
// to), a role standing for the name ("“…,” the mayor said", "dipuji oleh presiden Rusia"), and no one for a scare
// quote, a headline or a statement two made together. Each row: the quote's first words, the speaker (null for no
// one). The one quoted speaks, not the outlet quoting ("Lukashenko, yang dikutip oleh kantor berita …"), a pronoun
// right after a subject restates it ("Pemimpin Ukraina dia … memperingatkan"), and "apa yang dia sebut sebagai"
// is what the pronoun's person called it.

const SEEDS: Array<[string, string | null]> = [
  ["tanpa batas", null],
  ["Kedua belah pihak ingin", "Ho Tiang Bun"],
  ["Tiongkok mengharapkan kembalinya perdamaian", "Xi Jinping"],
  ["situasi di Ukraina,", "Vladimir Putin"],
  ["Kami menghargai inisiatif rekan-rekan", "Vladimir Putin"],
  ["tetapi negosiasi tersebut harus", "Vladimir Putin"],
  ["meletakkan dasar bagi proses", "Vladimir Putin"],
  ["tanpa batas.", null],
  ["tatanan dunia demokratis", null],
  ["tanpa batas", null],
  ["Presiden Putin dan saya", "Xi Jinping"],
  ["tingkat kemitraan strategis yang", "Vladimir Putin"],
  ["memperkuat koordinasi kebijakan luar", "Vladimir Putin"],
  ["industri dan teknologi tinggi,", "Vladimir Putin"],
  ["pendekatan Tiongkok dalam menyelesaikan", "Vladimir Putin"],
  ["tanpa batas", null],
  ["acara gala.", null],
  ["Kekuatan Besar", null],
  ["China bersedia melakukan upaya", "Xi Jinping"],
  ["kepentingan inti satu sama", "Xi Jinping"],
  ["Upaya untuk menciptakan dunia", "Vladimir Putin"],
  ["Kami sangat menghargai posisi", "Vladimir Putin"],
  ["Kami mematuhi prinsip satu", "Vladimir Putin"],
  ["Alternatif", null],
  ["alternatif", null],
  ["berkembang secara positif", "Vladimir Putin"],
  ["lebih kuat", "Ebrahim Raisi"],
  ["Orang Amerika berpikir bahwa", "Ebrahim Raisi"],
  ["tanpa batas", null],
  ["tanpa batas", null],
  ["China dan Rusia berbagi", "Ned Price"],
  ["perdamaian, stabilitas, demokrasi, dan", "Kementerian luar negeri Taiwan"],
  ["terhebat dalam semua sejarah", "Vladimir Putin"],
  ["kekhawatiran", null],
  ["Jalan menuju pembicaraan damai", "Xi Jinping"],
  ["Tiongkok akan terus menjunjung", "Xi Jinping"],
  ["semakin penting sebagai faktor", "Vladimir Putin"],
  ["berkoordinasi dan bekerja sama", "Xi Jinping"],
  ["sanksi dan gangguan pasti", "Xi Jinping"],
  ["menunjukkan daya tahan hubungan", "Vladimir Putin"],
  ["diplomat Prajurit Serigala", null],
  ["penyelesaian politik krisis Ukraina", "Xi Jinping"],
  ["memainkan peran konstruktif", "Xi Jinping"],
  ["lebih memperdalam kepercayaan dan", null],
  ["Teman Lama", null],
  ["Teman Lama", null],
  ["membantu upaya perang Rusia", "Antony Blinken"],
  ["ke Eropa dan Amerika", "Volodymyr Zelensky"],
  ["dukungan serius China di", "Alexander Lukashenko"],
  ["rumit dan cukup kontroversial", "Xi Jinping"],
  ["kontributor utama", "Antony Blinken"],
];

const FIXTURES: Array<[string, string | null]> = [
  ["We cannot take a", "Colin Reid"],
  ["The road is safe", "Teresa Vance"],
  ["a responsible plan for", "Gloria Teller"],
  ["We will have the", "Rafael Ortiz"],
  ["The numbers only work", "Amina Yusuf"],
  ["Nobody in this city", "Gloria Teller"],
  ["Forty new buses mean", "Samuel Achebe"],
  ["a turning point for", "Elena Marsh"],
  ["We are borrowing against", "Tomas Reyes"],
  ["The risks can be", "Daniel Okafor"],
  ["Nobody should have to", "Priya Nair"],
];

function fixtureCorpus(): Corpus {
  const dirs = ['test/fixtures/dossier', 'test/fixtures/english'].map(d => path.join(REPO, d));
  return Corpus.build(dirs.flatMap(d => fs.readdirSync(d).sort().map(f => ({
    uri: f, label: f, format: 'plaintext' as const, text: fs.readFileSync(path.join(d, f), 'utf8'),
  }))));
}

function speakers(corpus: Corpus, table: Array<[string, string | null]>): void {
  const all = corpus.docs.flatMap(d => d.facts.quotes.map(q => ({ q, who: quoteSpeaker(corpus, d.id, q)?.name ?? null })));
  for (const [start, expected] of table) {
    const found = all.filter(x => x.q.text.split(/\s+/).slice(0, 4).join(' ') === start);
    assert.ok(found.length, `no quote starts “${start}”`);
    for (const x of found) assert.equal(x.who, expected, `“${x.q.text}”`);
  }
}

describe('who said each quote of the sources', () => {
  it('credits every quote of the seed articles to its speaker, or to no one', () => speakers(seedCorpus(), SEEDS));
  it('credits every quote of the English fixture articles to its speaker', () => speakers(fixtureCorpus(), FIXTURES));
});
