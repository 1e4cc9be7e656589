import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { namePieces } from '../../server/src/core/checks/name-forms';

// A name is not unknown for its form alone: an English demonym or plural of a word the sources use, a place under
// another of its names, a word that only says what kind of place a known name is. Made-up English and Indonesian
// sources, so each case rests on the rule.

const english = Corpus.build([{
  uri: 'en.txt', label: 'en.txt', format: 'plaintext', text: [
    'Rebel fighters in Libya shelled the port of Misrata on Monday, the city council said.',
    'The photographer Tim Hale was killed in the shelling while working for a news agency.',
    'The regiment is based at Hamamatsu in Shizuoka, where it trains pilots for the air force.',
    'The President\'s Trophy went to Riverside Academy for the seventh year running.',
    'The film was added to the National Film Registry by the U.S. Library of Congress.',
    'Us and them, the mayor said of the two teams.',
    'The Busby Babes were one of the finest sides to grace the English game, and Iraqi fans loved them too.',
    'The shoot of Mockingjay, the last part of The Hunger Games, began in Atlanta, the producers said.',
  ].join('\n'),
}]);
const indonesian = Corpus.build([{
  uri: 'id.txt', label: 'id.txt', format: 'plaintext', text: [
    'Menteri Dahl tiba di Oslo pada hari Senin untuk membahas perjanjian perikanan.',
    'Dahl bertemu para nelayan di pelabuhan Tromsø pada hari Selasa.',
  ].join('\n'),
}]);

const unknownNames = (corpus: Corpus, text: string) =>
  checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'unknown-entity').map(d => d.name);

describe('name forms the sources write another way', () => {
  it('knows an English demonym of a place the sources name', () => {
    assert.deepEqual(unknownNames(english, 'Tim Hale was killed in Misrata during the Libyan conflict.'), []);
  });

  it('knows a country whose demonym the sources use, and only that country', () => {
    assert.deepEqual(unknownNames(english, 'The Busby Babes were the finest side in England, with fans in Iraq.'), []);
    assert.deepEqual(unknownNames(english, 'The Busby Babes were the finest side in Portugal.'), ['Portugal']);
  });

  it('knows a country of several words whose demonym the sources use', () => {
    const cinema = Corpus.build([{ uri: 'c.txt', label: 'c.txt', format: 'plaintext',
      text: 'Several films showcased the ethnic diversity of American cinema, the archive said.\n' }]);
    assert.deepEqual(unknownNames(cinema, 'The films showcased the diversity of cinema in the United States.'), []);
    assert.deepEqual(unknownNames(cinema, 'The films showcased the diversity of cinema in the United Kingdom.'), ['United Kingdom']);
  });

  it('knows an Indonesian province by the short form the press uses, and an amount glued to its currency is no name', () => {
    const province = Corpus.build([{ uri: 'p.txt', label: 'p.txt', format: 'plaintext',
      text: 'Kepala Dinas Kelautan Sulawesi Selatan, Syamsul Bahri, menyambut baik temuan tersebut. Dana pesangon mencapai Rp 87 miliar.\n' }]);
    assert.deepEqual(unknownNames(province, 'Kepala Dinas Kelautan Sulsel, Syamsul Bahri, menyambut baik temuan tersebut.'), []);
    assert.deepEqual(unknownNames(province, 'Dana pesangon mencapai Rp87 miliar.'), []);
    assert.deepEqual(unknownNames(province, 'Kepala Dinas Kelautan Jateng, Syamsul Bahri, menyambut baik temuan tersebut.'), ['Jateng']);
  });

  it('knows a plural of a word of a name', () => {
    assert.deepEqual(unknownNames(english, 'Riverside Academy won the Presidents\' Trophy for the seventh year running.'), []);
  });

  it('knows a place under another of its names, but not through a pronoun', () => {
    assert.deepEqual(unknownNames(english, 'The film was added to the National Film Registry by the United States Library of Congress.'), []);
    const pronounOnly = Corpus.build([{ uri: 'p.txt', label: 'p.txt', format: 'plaintext', text: 'The mayor told us about the two teams at the match.' }]);
    assert.deepEqual(unknownNames(pronounOnly, 'The mayor of the United States said it of the two teams at the match.'), ['United States']);
  });

  it('knows a known place with the word for its kind of place', () => {
    assert.deepEqual(unknownNames(english, 'The regiment is based at Hamamatsu in Shizuoka Prefecture.').filter(n => /Prefecture/.test(n ?? '')), []);
    assert.ok(unknownNames(english, 'The regiment is based at Hamamatsu in Gifu Prefecture.').some(n => /Gifu/.test(n ?? '')));
  });

  it('reads each written piece of a name for its words, punctuation inside the name or not', () => {
    assert.deepEqual(unknownNames(english, 'The producers were shooting Hunger Games: Mockingjay in Atlanta.'), []);
    assert.deepEqual(unknownNames(english, 'The producers were shooting "The Hunger Games: Mockingjay – Part 2" in Atlanta.'), []);
    assert.deepEqual(unknownNames(english, 'The producers were shooting Hunger Games: Catching Fire in Atlanta.'), ['Catching Fire']);
    assert.deepEqual(namePieces('Hunger Games: Mockingjay – Part 2'),
      { pieces: ['Hunger', 'Games:', 'Mockingjay', '–', 'Part', '2'], words: [['hunger'], ['games'], ['mockingjay'], [], ['part'], []] });
  });

  it('takes an academic degree for what a person studied, not a name the sources must mention', () => {
    assert.deepEqual(unknownNames(english, 'Tim Hale graduated with a Bachelor of Arts degree before joining the news agency.'), []);
    assert.ok(unknownNames(english, 'Tim Hale graduated from Bachelor College before joining the news agency.').length > 0);
  });

  it('still calls a name unknown when only its ending is shared, and never strips Indonesian names', () => {
    assert.ok(unknownNames(english, 'Tim Hale was killed during the Libertian conflict.').length > 0);
    assert.deepEqual(unknownNames(indonesian, 'Menteri Dahlan tiba di Oslo pada hari Senin.'), ['Dahlan']);
  });
});
