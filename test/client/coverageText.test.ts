import * as assert from 'node:assert/strict';
import { describeCoverage } from '../../client/src/coverageText';

// The coverage status bar item: counts with icons, the server's sentence as the tooltip, nothing for a draft
// that was not checked or has no claims.

describe('coverage status bar text', () => {
  const params = (claims: number, supported: number, errors: number, unsupported: number) => ({
    uri: 'file:///d.md', version: 1, coverage: { claims, supported, errors, unsupported, summary: `${supported} of ${claims} claims supported` },
  });

  it('shows supported of all claims, then errors and unsupported when there are any', () => {
    assert.deepEqual(describeCoverage(params(17, 14, 2, 1)), { text: '$(pass) 14/17 $(error) 2 $(warning) 1', summary: '14 of 17 claims supported' });
    assert.equal(describeCoverage(params(5, 5, 0, 0))?.text, '$(pass) 5/5');
  });

  it('shows nothing for a draft that was not checked or has no claims', () => {
    assert.equal(describeCoverage(undefined), undefined);
    assert.equal(describeCoverage({ uri: 'file:///d.md', version: 1 }), undefined);
    assert.equal(describeCoverage(params(0, 0, 0, 0)), undefined);
  });
});
