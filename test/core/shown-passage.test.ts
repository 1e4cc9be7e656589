import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';

// The passage an unsupported sentence is shown against is the one that covers most of it, not a short sentence the
// verifier happens to score higher: the writer should see what the sources say of the sentence's matter.

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/pasar');
const pasar = Corpus.build(fs.readdirSync(FIXTURE).filter(f => f.endsWith('.txt')).sort().map(f => ({
  uri: f, label: f, format: 'plaintext' as const, text: fs.readFileSync(path.join(FIXTURE, f), 'utf8'),
})));

describe('the passage an unsupported sentence is shown against', () => {
  it('is the sentence that covers most of it', () => {
    const [d] = checkDraft(pasar, 'Pedagang yang terdampak kebakaran dibebaskan dari pajak pasar selama setengah tahun.\n', 'markdown')
      .filter(x => x.code === 'unsupported-claim');
    assert.match(d?.message ?? '', /“Ia menambahkan, pemerintah kabupaten akan membebaskan retribusi pasar/);
    assert.match(d.evidence[0]?.text ?? '', /membebaskan retribusi pasar selama enam bulan/);
  });
});
