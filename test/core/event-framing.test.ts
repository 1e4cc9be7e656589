import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// A verb that only says an event happened ("took place", "was held", "berlangsung", "digelar") is no word a passage
// must have: the event and its time or place are (facts/event-framing.ts). Made-up sources.

const english = corpusOfLines({
  'festival.txt': [
    'More than 60 people fell ill after eating at the Harbourside Food Festival, health officials said.',
    'The festival, which drew about 12,000 visitors on Saturday 10 and Sunday 11 August, sold food from 45 stalls.',
    'Nine visitors were treated in hospital.',
    ...fillerLines(10),
  ],
  'talks.txt': [
    'The trust raised its offer to six percent during nine hours of talks at the offices of the Regional Conciliation Service in Wexley.',
    ...fillerLines(6),
    'Among those waiting is Peter Lyle, 71, a retired bus driver from Dunmoor.',
  ],
});
const indonesian = corpusOfLines({
  'pameran.txt': [
    'Pameran Kopi Nusantara di Balai Kota Padang menarik sekitar 8.000 pengunjung selama tiga hari.',
    'Pameran itu dibuka oleh Wali Kota Padang, Hendri Septa, pada Jumat (14/6).',
    ...fillerLines(10, 'id', 'Padang'),
  ],
});
const flagged = (text: string) => flaggedIn(/\b(the|was|in)\b/i.test(text) ? english : indonesian, text + '\n');

describe('a verb that only says an event happened', () => {
  it('passes the event with the time or place its story gives', () => {
    assert.deepEqual(flagged('The festival took place on 10 and 11 August.'), []);
    assert.deepEqual(flagged('The festival was held on 10 and 11 August.'), []);
    assert.deepEqual(flagged('Pameran Kopi Nusantara berlangsung di Balai Kota Padang.'), []);
    assert.deepEqual(flagged('Pameran Kopi Nusantara digelar di Balai Kota Padang.'), []);
  });

  it('still flags the event on days its story does not give', () => {
    assert.equal(flagged('The festival took place on 17 and 18 August.').length, 1);
  });

  it('flags a place put where its passage has another, though the sources name the place only in passing', () => {
    const [d] = flagged('The nine hours of talks took place at the offices of the Regional Conciliation Service in Dunmoor.');
    assert.equal(d?.code, 'unknown-entity');
    assert.match(d.message, /Wexley/);
    assert.equal(d.fixes[0]?.newText, 'Wexley');
  });

  it('keeps the verb where it says more than that the event happened, and names it as missing', () => {
    // "berlangsung sepekan penuh" says how long it lasted; "was held hostage" is another sense of holding.
    assert.match(flagged('Pameran Kopi Nusantara berlangsung sepekan penuh di Balai Kota Padang.')[0]?.message ?? '', /“berlangsung sepekan penuh”/);
    assert.match(flagged('Peter Lyle was held hostage.')[0]?.message ?? '', /“held hostage”/);
  });
});
