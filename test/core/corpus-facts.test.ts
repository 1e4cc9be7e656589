import * as assert from 'node:assert/strict';
import { seedCorpus } from './seed-corpus';

// Names, roles, aliases and quote attribution as the index builds them from the seed articles.

describe('entities from the seed corpus', () => {
  const corpus = seedCorpus();
  const lookup = (k: string) => corpus.registry.lookup(k);

  it('merges a surname or given name with the full name', () => {
    assert.equal(lookup('blinken')?.name, 'Antony Blinken');
    assert.equal(lookup('xi')?.name, 'Xi Jinping');
    assert.equal(lookup('putin')?.name, 'Vladimir Putin');
    assert.equal(lookup('raisi')?.name, 'Ebrahim Raisi');
  });

  it('merges aliases and acronyms', () => {
    assert.equal(lookup('tiongkok'), lookup('china'));
    assert.equal(lookup('as'), lookup('amerika serikat'));
    assert.equal(lookup('sco'), lookup('organisasi kerjasama shanghai'));
  });

  it('takes roles from titles, appositions and predicates', () => {
    const roles = (k: string) => lookup(k)!.roles.map(r => r.text);
    assert.ok(roles('blinken').includes('Menteri Luar Negeri AS'), roles('blinken').join('|'));
    assert.ok(roles('putin').includes('Presiden Rusia'));
    assert.ok(roles('qin gang').some(r => /^menteri luar negeri/.test(r)), roles('qin gang').join('|'));
    assert.ok(roles('ho tiang bun').some(r => /profesor/.test(r)), roles('ho tiang bun').join('|'));
  });

  it('does not take sentence-initial ordinary words or boilerplate for names', () => {
    for (const w of ['kunjungan', 'perang', 'meskipun', 'sejak', 'baca']) assert.equal(lookup(w), undefined, w);
  });

  it('attributes quotes to who said them', () => {
    const speaker = (fragment: string) => {
      for (const d of corpus.docs) for (const q of d.facts.quotes) {
        if (q.text.includes(fragment)) return q.attribution.speaker && corpus.registry.resolve(q.attribution.speaker)?.name;
      }
      return 'not found';
    };
    assert.equal(speaker('sanksi dan gangguan pasti akan gagal'), 'Xi Jinping');
    assert.equal(speaker('Orang Amerika berpikir'), 'Ebrahim Raisi');
    assert.equal(speaker('Kami mematuhi prinsip satu China'), 'Vladimir Putin');
    assert.equal(speaker('Kedua belah pihak ingin menunjukkan'), 'Ho Tiang Bun');
  });

  it('retrieves through postings: every sentence with a word is listed under its stem', () => {
    const ids = corpus.postingsOf('kontributor');
    assert.equal(ids.length, 1);
    assert.match(corpus.sentence(corpus.refOf(ids[0])).text, /kontributor utama/);
    // Every sentence holding "beijing" is listed once, in order, and no other.
    const holding = corpus.docs.flatMap(d => d.facts.sentences.filter(s => s.words.some(w => w.stem === 'beijing')).map(s => `${d.id}:${s.index}`));
    assert.deepEqual([...corpus.postingsOf('beijing')].map(id => corpus.refOf(id)).map(r => `${r.doc}:${r.sentence}`), holding);
  });
});
