import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { mentionsOf, peopleAndOrganisations } from '../../server/src/core/features/people-list';
import { REPO } from '../workspace';

// The Sumber view's People and organisations: who the sources name, most mentioned first, and where. On the three English fixture
// articles.

const DIR = path.join(REPO, 'test/fixtures/english');
const corpus = Corpus.build(fs.readdirSync(DIR).sort().map((f): SourceFile => ({
  uri: f, label: `sources/${f}`, text: fs.readFileSync(path.join(DIR, f), 'utf8'), format: 'plaintext',
})));

describe('the People and organisations list', () => {
  it('lists people and organisations, most mentioned first, with a role, and no places', () => {
    const { entries, total } = peopleAndOrganisations(corpus, 100);
    assert.equal(total, entries.length);
    const names = entries.map(e => e.name);
    assert.ok(names.includes('Elena Marsh') && names.includes('Calder Development Agency'), names.join(', '));
    for (let i = 1; i < entries.length; i++) assert.ok(entries[i - 1].mentions >= entries[i].mentions, 'most mentioned first');
    const nair = entries.find(e => e.name === 'Priya Nair');
    assert.ok(nair, names.join(', '));
    assert.equal(nair.kind, 'person');
    assert.equal(nair.mentions, 3, 'full name once, surname twice');
    assert.equal(nair.documents, 1);
    assert.match(nair.role ?? '', /general secretary/);
  });

  it('leaves places out', () => {
    const news = Corpus.build([{ uri: 'a.txt', label: 'a.txt', format: 'plaintext', text: 'Presiden Joko Widodo tiba di Jakarta pada hari Senin. Di Jakarta, Widodo bertemu pengurus Palang Merah Indonesia.' }]);
    assert.ok(news.registry.entities.some(e => e.name === 'Jakarta' && e.kind === 'place'), 'the corpus names a place');
    const names = peopleAndOrganisations(news, 100).entries.map(e => e.name);
    assert.ok(names.includes('Joko Widodo'), names.join(', '));
    assert.ok(!names.includes('Jakarta'), names.join(', '));
  });

  it('keeps the first entries and says how many there are', () => {
    const all = peopleAndOrganisations(corpus, 100);
    const two = peopleAndOrganisations(corpus, 2);
    assert.deepEqual(two.entries, all.entries.slice(0, 2));
    assert.equal(two.total, all.total);
  });

  it('gives the mentions with the full name first, and none for an id a re-index gave away', () => {
    const marsh = peopleAndOrganisations(corpus, 100).entries.find(e => e.name === 'Elena Marsh')!;
    const at = mentionsOf(corpus, marsh.id, marsh.name)!;
    assert.equal(at.length, marsh.mentions);
    assert.equal(corpus.docs[at[0].doc].text.slice(at[0].start, at[0].end), 'Elena Marsh');
    assert.deepEqual(at.slice(1).map(m => corpus.docs[m.doc].text.slice(m.start, m.end)), ['Marsh']);
    assert.equal(mentionsOf(corpus, marsh.id, 'Someone Else'), undefined);
  });
});
