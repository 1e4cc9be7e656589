import * as assert from 'node:assert/strict';
import { corpusOfLines, fillerLines, flaggedIn } from './seed-corpus';

// What a denied verb acts on is denied with it ("would not give the club any public money" as "ruled out public
// money"; "ruled out raising council tax" as "would not raise council tax"), and a negation of a reason leaves the
// act standing ("We are not leaving because we want to, but because we have to"). Made-up sources.

const corpus = corpusOfLines({
  'council.txt': [
    "The council's leader welcomed the plans but said the council would not give the club any public money for the stadium itself.",
    'Mayor Delia Ortmann ruled out raising council tax to pay for the tram line.',
    '"We are not leaving Holloway Lane because we want to, but because we have to," the chairman said.',
    'The money will pay for new cameras and a night guard, which the museum has not had since 2018.',
    ...fillerLines(10),
  ],
});
const flagged = (text: string) => flaggedIn(corpus, text + '\n').map(f => f.code);

describe('the phrase a denied verb acts on', () => {
  it('is no opposite of a claim that denies it otherwise', () => {
    assert.ok(!flagged("The council's leader welcomed the plans but ruled out public money for the stadium itself.").includes('contradiction'));
    assert.ok(!flagged('Mayor Delia Ortmann said the council would not raise council tax to pay for the tram line.').includes('contradiction'));
  });

  it('still opposes a claim that affirms the act', () => {
    assert.deepEqual(flagged("The council's leader said the council would give the club public money for the stadium itself."), ['contradiction']);
    assert.deepEqual(flagged('Mayor Delia Ortmann said council tax would rise to pay for the tram line.'), ['contradiction']);
  });

  it('reads a denied reason as no denial of the act', () => {
    assert.ok(!flagged('The chairman said the club is leaving Holloway Lane because it has to.').includes('contradiction'));
    assert.deepEqual(flagged('The chairman said the club is not leaving Holloway Lane.'), ['contradiction']);
  });

  it('reads a relative clause that denies having the noun as a denial of it, and only as an answer to one', () => {
    assert.ok(!flagged('The museum has had no night guard since 2018.').includes('contradiction'));
    assert.deepEqual(flagged('The money will pay for new cameras and a night guard.'), []);
  });

  it('reads what follows a denied verb of denying as admitted: a claim that denies it is contradicted', () => {
    const trial = corpusOfLines({
      'sidang.txt': ['Di persidangan, Kang Emil tidak membantah pernah berjanji mengizinkan Jakmania datang ke Bandung.', ...fillerLines(6, 'id')],
      'hearing.txt': ['At the hearing, the minister did not deny receiving the money from the contractor.', ...fillerLines(6)],
    });
    const codes = (text: string) => flaggedIn(trial, text + '\n').map(f => f.code);
    assert.deepEqual(codes('Kang Emil tidak pernah berjanji mengizinkan Jakmania datang ke Bandung.'), ['contradiction']);
    assert.deepEqual(codes('The minister did not receive the money from the contractor.'), ['contradiction']);
    assert.ok(!codes('Kang Emil pernah berjanji mengizinkan Jakmania datang ke Bandung.').includes('contradiction'));
  });
});
