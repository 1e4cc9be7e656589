import * as assert from 'node:assert/strict';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft } from '../../server/src/core/checks/check';
import { CancelledError } from '../../server/src/core/cancellation';
import { rehearseUpdates } from '../../server/src/update-rehearsal';

// The update the server rehearses in the background on a small corpus built apart: it must run the update's code
// and leave the corpus it was taken from exactly as it was, findings and all.

const people = ['Ana Lindqvist', 'Marek Duda', 'Rosa Imani', 'Tomas Berg', 'Lena Okafor', 'Ivo Marsh', 'Nadia Sol', 'Piet Hal'];
const files: SourceFile[] = Array.from({ length: 40 }, (_, i) => {
  const p = people[i % people.length], label = `n${String(i).padStart(3, '0')}.txt`;
  return { uri: label, label, format: 'plaintext', text: `Councillor ${p} opened bridge number ${i + 1} on Monday.\n${p.split(' ')[1]} said it cost $${i + 2} million.` };
});
const DRAFT = 'Councillor Marek Duda opened bridge number 2 on Monday.\n\nDuda said it cost $9 million.\n\nCouncillor Zora Quill opened a bridge.\n';
const pause = () => new Promise<void>(r => setImmediate(r));
const entities = (c: Corpus) => c.registry.entities.map(e => `${e.name}:${e.kind}:${e.mentions.length}:${[...e.keys]}`);

describe('the rehearsed update', () => {
  it('runs three updates on a small corpus and leaves the corpus it came from as it was', async () => {
    const corpus = await Corpus.buildAsync(files, { updatable: true });
    const before = { entities: entities(corpus), findings: checkDraft(corpus, DRAFT, 'markdown'), docs: corpus.docs.length, sentences: corpus.sentenceCount };
    assert.ok(before.findings.some(f => f.code === 'number-mismatch') && before.findings.some(f => f.code === 'unknown-entity'));
    assert.equal(await rehearseUpdates(corpus, pause, { isCancellationRequested: false }), 3);
    assert.deepEqual({ entities: entities(corpus), findings: checkDraft(corpus, DRAFT, 'markdown'), docs: corpus.docs.length, sentences: corpus.sentenceCount }, before);
  });

  it('rehearses nothing on a corpus of a few documents, and stops when cancelled', async () => {
    assert.equal(await rehearseUpdates(Corpus.build(files.slice(0, 10)), pause, { isCancellationRequested: false }), 0);
    const token = { isCancellationRequested: false };
    const running = rehearseUpdates(Corpus.build(files), async () => { token.isCancellationRequested = true; await pause(); }, token);
    await assert.rejects(running, CancelledError);
  });
});
