import * as fs from 'node:fs';

// WiCE dev (English Wikipedia claims against the page each cites, human labels) and its fixed split. The file is
// split by a hash of each claim's id into a tune part, which may be looked at and learned from, and a report part,
// whose figure is the one to quote: WiCE has no other split available here, so without this the number would be
// a score on the data it was tuned on. The trainer and the evaluation read the split from this one place.

export interface WiceExample { id: string; sources: string[]; claim: string; label: 'supported' | 'unsupported' }

/** FNV-1a of the id with a fixed salt: stable across runs and machines, unrelated to the order of the file. */
export function wicePart(id: string): 'tune' | 'report' {
  let h = 0x811c9dc5;
  for (const ch of `sumber-wice-2026:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'report';
}

export function loadWice(file: string): WiceExample[] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map(l => JSON.parse(l) as WiceExample);
}
