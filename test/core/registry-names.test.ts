import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { seedCorpus } from './seed-corpus';

// The corpus's entities as a reporter would list them: a surname counts for the person its own article names in
// full, a title is no part of a name, an event is nobody, and a name the sources describe is the kind of thing
// they say it is. Sources in, entities out.

const file = (label: string, text: string): SourceFile => ({ uri: label, label, format: 'plaintext', text });
const entity = (c: Corpus, name: string) => c.registry.entities.find(e => e.name === name);

describe('who is who in the sources', () => {
  it('counts a surname for the person the same article names in full', () => {
    const c = Corpus.build([file('a.txt', 'Councillor Ana Lindqvist proposed a new bridge on Monday.\nThe bridge would cost $4 million, Lindqvist said.\nCritics doubt that Lindqvist can find the money.')]);
    const e = entity(c, 'Ana Lindqvist');
    assert.equal(e?.mentions.length, 3);
    assert.equal(c.registry.lookup('lindqvist'), e);
  });

  it('gives a surname two articles use for two people to each article\'s own person, and alone to neither', () => {
    const c = Corpus.build([
      file('a.txt', 'Anna Berg runs the ferry company.\nBerg said the fares would rise.'),
      file('b.txt', 'Lars Berg opposes the new bridge.\nBerg said the bridge was too costly.'),
    ]);
    assert.equal(entity(c, 'Anna Berg')?.mentions.length, 2);
    assert.equal(entity(c, 'Lars Berg')?.mentions.length, 2);
    assert.equal(c.registry.lookup('berg'), undefined);
  });

  it('keeps a title out of the name: "Police Commissioner Teresa Vance" is Teresa Vance, a police commissioner', () => {
    const c = Corpus.build([file('a.txt', 'Harbour Master Colin Reid closed the pier.\nPolice Commissioner Teresa Vance asked drivers to avoid the coast road.')]);
    assert.deepEqual(entity(c, 'Teresa Vance')?.roles.map(r => r.text), ['Police Commissioner']);
    assert.deepEqual(entity(c, 'Colin Reid')?.roles.map(r => r.text), ['Harbour Master']);
  });

  it('does not make an event a person because a word of it stands alone elsewhere (the seeds: "Perang Dingin")', () => {
    const e = entity(seedCorpus(), 'Olimpiade Musim Dingin');
    assert.ok(e);
    assert.notEqual(e.kind, 'person');
  });

  it('gives a country no acronym that is not its initials ("Indonesia (PSSI)" ends an association\'s name)', () => {
    const c = Corpus.build([file('a.txt', 'Pelatih itu dipecat oleh Persatuan Sepak Bola Seluruh Indonesia (PSSI) pada Senin.\nPSSI belum memberi alasan.\nTim nasional Indonesia kalah lagi.')]);
    assert.equal(entity(c, 'Indonesia')?.kind, 'place');
    assert.notEqual(c.registry.lookup('pssi'), entity(c, 'Indonesia'));
  });

  it('takes the kind of a name from what the sources say it is', () => {
    const c = Corpus.build([file('a.txt', [
      'Putin juga diharapkan mengunjungi Jilin, ibu kota provinsi di timur laut Tiongkok.',
      'Rombongan itu termasuk Yuriy Borisov, yang memimpin badan antariksa Rusia Roscosmos.',
      'Ucapan itu dikutip oleh kantor berita negara Belta.',
    ].join('\n'))]);
    assert.equal(entity(c, 'Jilin')?.kind, 'place');
    assert.equal(entity(c, 'Roscosmos')?.kind, 'organization');
    assert.equal(entity(c, 'Belta')?.kind, 'organization');
    assert.deepEqual(entity(c, 'Yuriy Borisov')?.roles.map(r => r.text), ['memimpin badan antariksa Rusia Roscosmos']);
  });
});
