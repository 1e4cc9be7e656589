import * as assert from 'node:assert/strict';
import { corpusOfLines, flaggedBy } from './seed-corpus';

// A match's result ("beat Arsenal 5–4") is one figure of its own: compared with the results the passages give, in
// either order, and never figure by figure with a count of something else ("a three-goal lead")
// (checks/score-figures.ts).

const lines = {
  first: 'Duncan Edwards opened the scoring for United against Arsenal at Highbury, and Tommy Taylor gave United a three-goal lead at half time.',
  result: 'United went on to beat Arsenal 5-4 in front of 63,000 fans.',
};
const withResult = flaggedBy(corpusOfLines({ 'match.txt': [lines.first, lines.result] }));
const withoutResult = flaggedBy(corpusOfLines({ 'report.txt': [lines.first, 'Arsenal drew level with three goals in three minutes.'] }));

describe('the result of a match', () => {
  it('is flagged against the result the passage gives, whole', () => {
    const text = 'United beat Arsenal 5–3 at Highbury.\n';
    const [d] = withResult(text);
    assert.equal(d?.code, 'number-mismatch');
    assert.equal(text.slice(d.start, d.end), '5–3');
    assert.match(d.message, /The source says “5-4”/);
  });

  it('passes the same result, written either way round', () => {
    assert.deepEqual(withResult('United beat Arsenal 5–4 at Highbury.\n'), []);
    assert.deepEqual(withResult('Arsenal lost 4-5 to United at Highbury.\n').filter(d => d.code === 'number-mismatch'), []);
  });

  it('is not compared with a count of something else where no passage gives a result', () => {
    const findings = withoutResult('United beat Arsenal 5–4 at Highbury after Tommy Taylor gave them a lead at half time.\n');
    assert.deepEqual(findings.filter(d => d.code === 'number-mismatch'), []);
  });
});

describe('the result of a vote', () => {
  const vote = flaggedBy(corpusOfLines({ 'vote.txt': [
    'City councillors voted on Tuesday to build the city\'s first tram line, ending three years of argument.',
    'The motion passed by 31 votes to 12, with two abstentions, after a four-hour meeting at the Guildhall.',
    'Harga tiket akan ditetapkan tahun depan.',
  ] }));

  it('is flagged whole against the result the story gives, in the passage or beside it', () => {
    const text = 'The motion passed by 31 votes to 14.\n';
    const [d, ...rest] = vote(text);
    assert.equal(rest.length, 0);
    assert.equal(d?.code, 'number-mismatch');
    assert.equal(text.slice(d.start, d.end), '31 votes to 14');
    assert.match(d.message, /The source says “31 votes to 12”/);
    assert.equal(vote('Councillors approved the city\'s first tram line by 33 votes to 12 on Tuesday.\n')[0]?.code, 'number-mismatch');
  });

  it('passes the result as the story gives it', () => {
    assert.deepEqual(vote('The motion passed by 31 votes to 12.\n'), []);
  });
});
