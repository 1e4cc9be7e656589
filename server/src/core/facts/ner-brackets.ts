import { Token } from '../types';
import type { NameMention } from './names';
import { ACRONYM, tokenRange } from './ner-words';

// What a word in brackets right after a name says about it. News copy writes an organisation's acronym there
// ("Mahkamah Konstitusi (MK)"), a company's legal form ("PT Pertamina (Persero)"), and after a person either their
// short name ("Susilo Bambang Yudhoyono (SBY)") or what they belong to ("Teten Masduki (PDIP)").

/** Legal forms of Indonesian companies, written after the name: "PT Pertamina (Persero)", "PT Global Mediacom Tbk". */
const LEGAL_FORMS = new Set(['persero', 'perum', 'tbk']);

/**
 * Links the sentence's mentions (in text order) to what follows them in brackets; changes `out` in place. An
 * acronym of the same thing takes the name's kind, and the name is marked `bracketed`: one entity in two mentions.
 * A person's name is linked only to an acronym of its own initials: another one is their party or office. A
 * company's legal form is part of its name, so it is no mention of its own.
 */
export function linkBrackets(tokens: readonly Token[], out: NameMention[]): void {
  for (let k = 1; k < out.length; k++) {
    const m = out[k], prev = out[k - 1], [from, to] = tokenRange(tokens, m);
    if (m.words.length !== 1 || tokens[from - 1]?.text !== '(' || tokens[to]?.text !== ')' || tokens[from - 2]?.end !== prev.end) continue;
    const bracketed = { start: tokens[from - 1].start, end: tokens[to].end };
    if (prev.kind === 'organization' && !prev.bracketed && LEGAL_FORMS.has(m.words[0])) {
      out[k - 1] = { ...prev, bracketed };
      out.splice(k--, 1);
    } else if (prev.kind !== 'other' && ACRONYM.test(m.text) && (prev.kind !== 'person' || initialsOf(prev.words) === m.text)) {
      out[k] = { ...m, kind: prev.kind };
      out[k - 1] = { ...prev, bracketed };
    }
  }
}

/** "SBY" of Susilo Bambang Yudhoyono: the first letters of a name's words, in capitals. */
function initialsOf(words: readonly string[]): string {
  return words.map(w => w[0] ?? '').join('').toUpperCase();
}
