import * as assert from 'node:assert/strict';
import { countAsWritten } from '../../server/src/core/checks/list-count';
import { corpusOfLines, flaggedIn } from './seed-corpus';

// A count against the names a source lists for the same thing (checks/list-count.ts), where the source gives no
// figure of its own. A made-up corpus, so the rule carries each case.

const corpus = corpusOfLines({
  'forum.txt': [
    'Forum itu beranggotakan negara-negara Nordik, yakni Norwegia, Islandia, Finlandia dan Swedia, sejak 1996.',
    'Para menteri bertemu di Tromsø untuk membahas perikanan.',
  ],
  'forum-en.txt': [
    'The forum has been made up of the Nordic countries Norway, Iceland, Finland and Sweden since 1996.',
    'The ministers met in Tromsø to discuss fishing.',
  ],
});

const flagged = (text: string) => flaggedIn(corpus, text + '\n');

describe('a count against the names the source lists', () => {
  it('flags a count the list does not have, showing the list and offering its count as the draft writes counts', () => {
    const id = flagged('Forum itu beranggotakan lima negara Nordik sejak 1996.');
    assert.deepEqual(id.map(d => d.code), ['number-mismatch']);
    assert.match(id[0].message, /“Norwegia, Islandia, Finlandia dan Swedia”/);
    assert.equal(id[0].fixes[0].newText, 'empat');
    const en = flagged('The forum has been made up of 5 Nordic countries since 1996.');
    assert.deepEqual(en.map(d => d.code), ['number-mismatch']);
    assert.equal(en[0].fixes[0].newText, '4');
  });

  it('passes the count the list has', () => {
    assert.deepEqual(flagged('Forum itu beranggotakan empat negara Nordik sejak 1996.'), []);
    assert.deepEqual(flagged('The forum has been made up of four Nordic countries since 1996.'), []);
  });

  it('writes a count as a numeral or a word, as the draft does', () => {
    assert.equal(countAsWritten(4, '6', 'id'), '4');
    assert.equal(countAsWritten(4, 'enam', 'id'), 'empat');
    assert.equal(countAsWritten(4, 'six', 'en'), 'four');
    assert.equal(countAsWritten(12, 'enam', 'id'), '12');
  });
});

// The list stands after the word the claim has right before its count, without the word for the thing counted.
const radar = corpusOfLines({
  'radar.txt': [
    'Menteri Dahl melaporkan bahwa Norwegia membantu Islandia membangun radar pantai yang hanya dimiliki oleh Norwegia dan Finlandia.',
    'Para nelayan menyambut kabar itu.',
  ],
  'pasar.txt': ['Harga ikan naik menjelang musim dingin.', 'Gudang pendingin baru dibangun di dekat dermaga.'],
});

describe('a count against a list after the same words', () => {
  it('flags a count the list after the claim\'s word before it does not have, and passes the list\'s own', () => {
    const found = flaggedIn(radar, 'Radar pantai itu hanya dimiliki oleh tiga negara.\n');
    assert.deepEqual(found.map(d => d.code), ['number-mismatch']);
    assert.match(found[0].message, /“Norwegia dan Finlandia”/);
    assert.equal(found[0].fixes[0].newText, 'dua');
    assert.ok(!flaggedIn(radar, 'Radar pantai itu hanya dimiliki oleh dua negara.\n').some(d => d.code === 'number-mismatch'));
  });
});
