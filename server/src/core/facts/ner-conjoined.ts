import { Token } from '../types';
import type { NameMention } from './names';
import { mention, tokenRange } from './ner-words';

// A body's name that joins two fields with "dan" ("Kementerian Hukum dan HAM", "Kementerian Kelautan dan
// Perikanan"): no capitalised run crosses the "dan", so the rules and the tagger both stop before it.

/** Organisation words that name a government body: its name may join two fields with "dan". */
const BODIES = new Set(['kementerian', 'departemen', 'badan', 'komisi', 'dinas', 'lembaga', 'ministry', 'department']);

/**
 * "Kementerian Hukum dan HAM", "Kementerian Kelautan dan Perikanan": a body's name joins its fields with "dan",
 * which no capitalised run crosses. An organisation that opens with a word for a body, then "dan", then a name
 * of capitalised words that is no person, place or organisation of its own, is one name. Changes `out` in place.
 */
export function joinConjoined(tokens: Token[], out: NameMention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k], b = out[k + 1];
    if (a.kind !== 'organization' || !BODIES.has(a.words[0]) || b.kind !== 'other' || b.words.length > 4) continue;
    const [, aTo] = tokenRange(tokens, a), [bFrom, bTo] = tokenRange(tokens, b);
    if (bFrom !== aTo + 1 || tokens[aTo].norm !== 'dan' || !tokens.slice(bFrom, bTo).every(t => t.cap)) continue;
    out.splice(k, 2, mention(tokens.slice(tokenRange(tokens, a)[0], bTo), 'organization'));
  }
}

