import * as assert from 'node:assert/strict';
import { Foreground } from '../../server/src/foreground';
import { messageArrived, nextTurn } from '../../server/src/turns';

// Background work pauses through Foreground.pause: it must hold still while a draft's check runs, and go on after.

const turn = () => new Promise<void>(r => setImmediate(r));

describe('foreground before background', () => {
  it('holds background slices while foreground work runs, and resumes them when it ends', async () => {
    const fg = new Foreground();
    let slices = 0, stop = false;
    const background = (async () => { while (!stop) { slices++; await fg.pause(); } })();
    await turn(); await turn();
    assert.ok(slices > 0, 'the background runs when nothing else does');
    let during = -1;
    await fg.during(async () => {
      await turn();
      const at = slices;
      for (let i = 0; i < 20; i++) await turn();
      during = slices - at;
      assert.ok(fg.busy);
    });
    assert.equal(during, 0, 'no background slice ran during the foreground work');
    assert.equal(fg.busy, false);
    const after = slices;
    await turn(); await turn(); await turn();
    assert.ok(slices > after, 'the background goes on afterwards');
    stop = true;
    await fg.during(async () => undefined);
    await background;
  });

  it('waits for every overlapping piece of foreground work, and passes on what the work returns or throws', async () => {
    const fg = new Foreground();
    let resumed = false;
    let release!: () => void;
    const long = fg.during(() => new Promise<string>(r => { release = () => r('done'); }));
    const paused = fg.pause().then(() => { resumed = true; });
    await assert.rejects(fg.during(async () => { throw new Error('check failed'); }), /check failed/);
    for (let i = 0; i < 5; i++) await turn();
    assert.equal(resumed, false, 'one piece ended, the other still runs');
    release();
    assert.equal(await long, 'done');
    await paused;
    assert.equal(resumed, true);
  });

  it('lets a hold go when released, once however often, or by itself after its longest time', async () => {
    const fg = new Foreground();
    const release = fg.hold();
    const other = fg.hold();
    release(); release();
    assert.equal(fg.busy, true, 'a second release of the same hold does not end the other one');
    other();
    assert.equal(fg.busy, false);
    fg.hold(20);
    assert.equal(fg.busy, true);
    await new Promise(r => setTimeout(r, 60));
    assert.equal(fg.busy, false, 'a hold never released ends after its longest time');
  });

  it('lets background slices wait until the client has been quiet for a moment', async () => {
    const fg = new Foreground(40);
    fg.touch();
    const began = Date.now();
    await fg.pause();
    assert.ok(Date.now() - began >= 35, `resumed after ${Date.now() - began} ms`);
    const quietBegan = Date.now();
    await fg.pause();
    assert.ok(Date.now() - quietBegan < 30, 'nothing came in since: the next slice follows at once');
  });

  it('runs one background slice per turn of the event loop, the waiting tasks in turn', async () => {
    // A hover read between two turns then waits for one slice, not for one slice of every background task.
    const fg = new Foreground(0);
    const log: string[] = [];
    let turning = true;
    const probe = () => { log.push('|'); if (turning) setImmediate(probe); };
    setImmediate(probe);
    const task = async (name: string) => { for (let i = 0; i < 3; i++) { await fg.pause(); log.push(name); } };
    await Promise.all([task('a'), task('b'), task('c')]);
    turning = false;
    assert.ok(log.join('').split('|').every(between => between.length <= 1), log.join(''));
    assert.equal(log.filter(x => x !== '|').join(''), 'abcabcabc');
  });
});

describe('turns of the event loop for sliced work', () => {
  const turn = () => new Promise<void>(r => setImmediate(r));

  it('resumes one waiting task per turn, in the order they asked', async () => {
    const log: string[] = [];
    let turning = true;
    const probe = () => { log.push('|'); if (turning) setImmediate(probe); };
    setImmediate(probe);
    const task = async (name: string) => { for (let i = 0; i < 3; i++) { await nextTurn(); log.push(name); } };
    await Promise.all([task('a'), task('b')]);
    turning = false;
    assert.ok(log.join('').split('|').every(between => between.length <= 1), log.join(''));
    assert.equal(log.filter(x => x !== '|').join(''), 'ababab');
  });

  it('lets a message that has just arrived be handled before the next slice', async () => {
    const log: string[] = [];
    const slicing = (async () => { await nextTurn(); log.push('slice'); })();
    // The protocol library queues the message's handling after the slice's turn, which was queued first.
    messageArrived();
    setImmediate(() => log.push('message'));
    await slicing;
    assert.deepEqual(log, ['message', 'slice']);
  });

  it('steps back once at most: messages back to back cannot starve a check', async () => {
    const log: string[] = [];
    let sending = true;
    const send = () => { if (!sending) return; messageArrived(); log.push('m'); setImmediate(send); };
    setImmediate(send);
    await turn();
    for (let i = 0; i < 5; i++) { await nextTurn(); log.push('S'); }
    sending = false;
    const gaps = log.join('').split('S').slice(1, -1);
    assert.ok(gaps.every(g => g.length <= 2), log.join(''));
  });
});
