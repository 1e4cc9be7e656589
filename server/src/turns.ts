// Turns of the event loop shared by all work cut into slices, and a message's right to go first.
//
// A task that pauses waits for its turn; one waiting task resumes per turn, in the order they asked. Each resumed in
// the same turn (a plain setImmediate each), a draft's analysis and its check ran their slices back to back.
//
// A message from the client is handled in a turn of its own (the protocol library queues it with setImmediate),
// which came after the slice whose turn was queued first: a hover sent during a one-keystroke check at 10 MB of
// sources waited a whole slice more after it was read. When a message has arrived since the last slice, the next
// slice's turn steps back behind it, once: then a slice runs, however fast the messages come.

const waiting: Array<() => void> = [];
let scheduled = false;
let arrived = false;
/** Whether the last turn stepped back: it does so once in a row at most, so messages back to back cannot starve a check. */
let steppedBack = false;

/** Resolves in a later turn of the event loop: one waiting task per turn, first come first served. */
export function nextTurn(): Promise<void> {
  return new Promise<void>(resolve => {
    waiting.push(resolve);
    if (!scheduled) schedule();
  });
}

/** A message from the client was read: it is handled before the next slice. */
export function messageArrived(): void {
  arrived = true;
}

function schedule(): void {
  scheduled = true;
  setImmediate(() => {
    // The message's own turn was queued after this one, in this same round of turns: this one goes after it.
    const stepBack = arrived && !steppedBack;
    arrived = false;
    steppedBack = stepBack;
    if (stepBack) { schedule(); return; }
    const go = waiting.shift();
    if (waiting.length) schedule(); else scheduled = false;
    go?.();
  });
}
