import * as assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// A specific finding must rest on the passage that is about the claim: a negation in a sentence about something
// else is no contradiction, while a figure or a negation in the claim's own passage still is. A small made-up
// English corpus.

const corpus = Corpus.build([{
  uri: 'port.txt', label: 'port.txt', format: 'plaintext', text: [
    'Dock worker Mark Sapp, 42, lives in the old quarter of Port Calder.',
    'The harbour police opened an inquiry in March.',
    'Officers searched the warehouses along the quay for several days.',
    'Two men were charged with stealing copper cable from the harbour warehouse on Quay Street.',
    'Councillor Tomas Reyes spoke at the harbour ceremony on Tuesday.',
    'The fishermen did not support the plan.',
    'The ferry company did not renew its lease on the northern pier.',
  ].join('\n'),
}]);

const findings = (text: string) => checkDraft(corpus, text, 'markdown');
const codes = (text: string) => findings(text).map(d => d.code);

describe('findings that rest on the aligned passage', () => {
  it('still flags a figure the article gives otherwise', () => {
    assert.ok(codes('Five men were charged with stealing copper cable from the harbour warehouse on Quay Street.').includes('number-mismatch'));
  });

  it('does not call a claim contradicted by a negation in a sentence about something else', () => {
    assert.ok(!codes('Councillor Reyes supported the harbour plan at the ceremony on Tuesday.').includes('contradiction'));
  });

  it('flags a claim whose own passage states the negation', () => {
    assert.ok(codes('The ferry company renewed its lease on the northern pier.').includes('contradiction'));
  });

});
