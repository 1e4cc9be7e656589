import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines } from './seed-corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A claim that states what a source has someone deny (checks/asserted-denial.ts), and two readings that keep a denial
// from being called a contradiction where both sides deny, or where the story tells both sides of a dispute
// (checks/contradiction-check.ts, checks/denied-statement.ts). Made-up sources.

const corpus = corpusOfLines({
  'inquiry.txt': [
    'The company\'s operations director, Rafael Dunstan, said Greyline accepted the findings.',
    'He denied that the company had cut its maintenance budget at the refinery, as the union has alleged.',
    'Mayor Delia Ortmann ruled out raising council tax to pay for the tram line.',
    'Some traders had claimed that the council planned to ban delivery vans from the Eastgate high street.',
    'Councillor Maya Fenwick denied this, saying deliveries would still be allowed before 10am.',
    ...fillerLines(8),
  ],
});
const contradictions = (text: string) => checkDraft(corpus, text + '\n', 'markdown').filter(d => d.code === 'contradiction');

describe('a claim that states what a source has someone deny', () => {
  it('is a contradiction, with the denial as the source\'s words', () => {
    for (const claim of [
      'Operations director Rafael Dunstan acknowledged that Greyline had cut its maintenance budget at the refinery.',
      'Greyline cut its maintenance budget at the refinery.',
    ]) {
      const [d, ...rest] = contradictions(claim);
      assert.equal(rest.length, 0, claim);
      assert.match(d?.message ?? '', /“denied”.*“cut its maintenance budget at the refinery”/, claim);
    }
  });

  it('passes the denial itself, and the allegation given to the one who made it', () => {
    assert.deepEqual(contradictions('Dunstan denied that the company had cut its maintenance budget at the refinery.'), []);
    assert.deepEqual(contradictions('The union alleged that Greyline had cut its maintenance budget at the refinery.'), []);
  });

  it('takes "rejected reports that …" for the denial it is, and "confirmed reports that …" for its opposite', () => {
    const reports = corpusOfLines({ 'mill.txt': [
      'The mill manager denied reports that the boiler had been shut for repairs the week before, saying it had been running normally.',
      ...fillerLines(8),
    ] });
    const opposed = (text: string) => checkDraft(reports, text + '\n', 'markdown').filter(d => d.code === 'contradiction');
    assert.deepEqual(opposed('The mill manager rejected reports that the boiler had been shut for repairs the week before.'), []);
    assert.equal(opposed('The mill manager confirmed reports that the boiler had been shut for repairs the week before.').length, 1);
  });
});

describe('a denial of a negation', () => {
  const coach = corpusOfLines({
    'pelatih.txt': [
      ...fillerLines(6, 'id'),
      'Pelatih Zidane membantah anggapan bahwa kekalahan itu terjadi karena Ronaldo yang tak tampil prima di Madrid.',
      'Ketua klub membantah bahwa stadion baru di Madrid akan dibangun tahun depan.',
      ...fillerLines(6, 'id', 'Madrid'),
    ],
  });
  const opposed = (text: string) => checkDraft(coach, text + '\n', 'markdown').filter(d => d.code === 'contradiction');

  it('is no contradiction of a claim that states the positive', () => {
    assert.deepEqual(opposed('Ronaldo dikabarkan tampil prima di Madrid.'), []);
  });

  it('leaves a denial of a plain statement a contradiction', () => {
    assert.equal(opposed('Stadion baru di Madrid akan dibangun tahun depan.').length, 1);
  });
});

describe('a denial on both sides', () => {
  it('passes a subject whose predicate the claim denies as the source denies the act ("would not go up")', () => {
    assert.deepEqual(contradictions('Ortmann said council tax would not go up to pay for the tram line.'), []);
    assert.equal(contradictions('Ortmann said council tax would go up to pay for the tram line.').length, 1);
  });

  it('passes one side of a dispute the story tells, given to the side that took it', () => {
    assert.deepEqual(contradictions('Councillor Maya Fenwick denied that delivery vans would be banned from the Eastgate high street.'), []);
  });
});
