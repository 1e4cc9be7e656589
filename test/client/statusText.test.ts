import * as assert from 'node:assert/strict';
import {
  MAX_SKIPPED_SHOWN,
  STARTING,
  StatusParams,
  describeStatus,
  describeStopped,
  plural,
  describeCoverage,
} from '../../client/src/statusText';

function params(overrides: Partial<StatusParams>): StatusParams {
  return {
    state: 'ready',
    documents: 0,
    sentences: 0,
    entities: 0,
    quotes: 0,
    skipped: [],
    message: '',
    ...overrides,
  };
}

describe('describeStatus', () => {
  it('spins while indexing', () => {
    const d = describeStatus(params({ state: 'indexing', message: 'Indexing 5 files' }));
    assert.equal(d.text, '$(sync~spin) Sumber: indexing…');
    assert.equal(d.busy, true);
    assert.equal(d.severity, 'info');
    assert.equal(d.detail, 'Indexing 5 files');
  });

  it('counts documents when ready, with the index sizes in the detail', () => {
    const d = describeStatus(
      params({ state: 'ready', documents: 5, sentences: 212, entities: 48, quotes: 19, message: '5 documents indexed' }),
    );
    assert.deepEqual(d, {
      text: 'Sumber: 5 documents',
      detail: '212 sentences, 48 entities, 19 quotes',
      severity: 'info',
      busy: false,
    });
  });

  it('uses the singular for one', () => {
    const d = describeStatus(params({ state: 'ready', documents: 1, sentences: 1, entities: 1, quotes: 1 }));
    assert.equal(d.text, 'Sumber: 1 document');
    assert.equal(d.detail, '1 sentence, 1 entity, 1 quote');
  });

  it('warns when ready but some files were skipped', () => {
    const d = describeStatus(params({ state: 'ready', documents: 4, skipped: ['seeds/broken.md'] }));
    assert.equal(d.severity, 'warning');
    assert.match(d.detail, /Skipped 1 file: seeds\/broken\.md$/);
  });

  it('warns with the server message when the corpus is empty', () => {
    const message = 'No corpus files match seeds/**/*.txt, seeds/**/*.md';
    const d = describeStatus(params({ state: 'empty', message }));
    assert.equal(d.severity, 'warning');
    assert.equal(d.busy, false);
    assert.equal(d.detail, message);
    assert.ok(d.text.startsWith('Sumber'));
  });

  it('still says something when an empty corpus comes without a message', () => {
    const d = describeStatus(params({ state: 'empty', message: '   ' }));
    assert.ok(d.detail.length > 0);
  });

  it('is an error that lists the skipped files', () => {
    const skipped = ['seeds/a.txt', 'seeds/b.md'];
    const d = describeStatus(params({ state: 'error', message: 'Could not read the corpus', skipped }));
    assert.equal(d.severity, 'error');
    assert.equal(d.busy, false);
    assert.ok(d.detail.startsWith('Could not read the corpus'));
    for (const file of skipped) assert.ok(d.detail.includes(file), file);
  });

  it('names only the first few skipped files', () => {
    const skipped = Array.from({ length: MAX_SKIPPED_SHOWN + 3 }, (_, i) => `seeds/${i}.txt`);
    const d = describeStatus(params({ state: 'error', skipped }));
    assert.ok(d.detail.includes(`seeds/${MAX_SKIPPED_SHOWN - 1}.txt`));
    assert.ok(!d.detail.includes(`seeds/${MAX_SKIPPED_SHOWN}.txt`));
    assert.ok(d.detail.endsWith('and 3 more'));
  });

  it('passes an unknown state through as information', () => {
    const d = describeStatus(params({ state: 'paused' as StatusParams['state'], message: 'Paused' }));
    assert.equal(d.severity, 'info');
    assert.equal(d.detail, 'Paused');
    assert.equal(d.busy, false);
  });

  it('tolerates a server that leaves out skipped', () => {
    const d = describeStatus({ ...params({ state: 'ready', documents: 2 }), skipped: undefined as unknown as string[] });
    assert.equal(d.severity, 'info');
  });
});

describe('status before and after the server', () => {
  it('is busy while starting', () => {
    assert.equal(STARTING.busy, true);
    assert.equal(STARTING.severity, 'info');
  });

  it('is an error once stopped, with a default reason', () => {
    assert.equal(describeStopped('').severity, 'error');
    assert.ok(describeStopped('').detail.length > 0);
    assert.equal(describeStopped('crashed').detail, 'crashed');
  });
});

describe('plural', () => {
  it('adds s, or takes an irregular plural', () => {
    assert.equal(plural(0, 'quote'), '0 quotes');
    assert.equal(plural(1, 'quote'), '1 quote');
    assert.equal(plural(2, 'entity', 'entities'), '2 entities');
  });
});

// The coverage sentence of the status bar item's tooltip and "Show Draft Coverage": the server's, nothing for a
// draft that was not checked or has no claims.

describe('coverage sentence', () => {
  const params = (claims: number, supported: number, errors: number, unsupported: number) => ({
    uri: 'file:///d.md', version: 1, coverage: { claims, supported, errors, unsupported, summary: `${supported} of ${claims} claims supported` },
  });

  it('is the server\'s sentence', () => {
    assert.deepEqual(describeCoverage(params(17, 14, 2, 1)), { summary: '14 of 17 claims supported' });
  });

  it('is nothing for a draft that was not checked or has no claims', () => {
    assert.equal(describeCoverage(undefined), undefined);
    assert.equal(describeCoverage({ uri: 'file:///d.md', version: 1 }), undefined);
    assert.equal(describeCoverage(params(0, 0, 0, 0)), undefined);
  });
});
