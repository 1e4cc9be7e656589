import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { seedCorpus, seedPieces } from './seed-corpus';
import { Entity } from '../../server/src/core/index/entity-types';
import { takesPartialNames } from '../../server/src/core/index/partial-names';

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

  it('makes a person of a titled name whose other mentions the name finder left untyped (the seeds: "Presiden Iran Ebrahim Raisi", "kata Raisi")', () => {
    assert.equal(entity(seedCorpus(), 'Ebrahim Raisi')?.kind, 'person');
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

describe('a part of a name', () => {
  it('stands for the one name the rule gives, on every run of words that starts or ends a name of the sources', () => {
    const corpus = Corpus.build(seedPieces());
    const entities = corpus.registry.entities;
    // The rule written out: every name that takes partial names, under each run of words it starts or ends with.
    const under = new Map<string, Entity[]>();
    for (const e of entities) {
      const words = e.name.toLowerCase().split(' ');
      if (!takesPartialNames(e.kind, words)) continue;
      const keys = new Set(words.slice(1).flatMap((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]));
      for (const k of keys) (under.get(k) ?? under.set(k, []).get(k)!).push(e);
    }
    const expected = (part: string) => {
      let hits = [...(under.get(part.toLowerCase()) ?? [])];
      if (hits.some(h => h.kind === 'person')) hits = hits.filter(h => h.kind === 'person');
      hits.sort((a, b) => b.mentions.length - a.mentions.length);
      const rest = hits.slice(1).reduce((n, h) => n + h.mentions.length, 0);
      return hits.length && hits[0].mentions.length > rest ? hits[0] : undefined;
    };
    const parts = [...under.keys(), ...entities.map(e => e.name), 'Putin', 'Xi', 'Jinping', 'Peskov', 'nobody here'];
    let found = 0;
    for (const part of parts) {
      const got = corpus.registry.byNamePart(part);
      assert.equal(got, expected(part), part);
      if (got) found++;
    }
    assert.ok(under.size > 20 && found > 10, `${under.size} parts, ${found} found`);
  });
});
