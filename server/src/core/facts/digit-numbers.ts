// Value of a digit run with separators. Indonesian writes 1.500,5 and English 1,500.5, but sources are often
// translated, so the separators a text uses do not always match its language.

import type { Lang } from '../types';

/**
 * Parses "1.500", "1.500,5", "2,5", "1,500", "1,500.5", "2.5" into a number, or undefined for a malformed
 * run ("1.50.0").
 *  - Both separators present: the last one is the decimal point, the other groups thousands.
 *  - One separator used several times: thousands ("1.500.000").
 *  - One separator used once: followed by exactly three digits (and not after a lone "0") it groups thousands,
 *    except an English "." which stays a decimal point ("1.125" in English is a decimal; "2,500" in a
 *    translated Indonesian text is two thousand five hundred). Otherwise it is a decimal point, whatever the
 *    language ("2.5 persen" in a translated text is 2.5).
 */
export function parseDigitRun(run: string, lang: Lang): number | undefined {
  const separators = run.match(/[.,]/g) ?? [];
  if (separators.length === 0) return Number(run);
  const groups = run.split(/[.,]/);
  const head = groups[0];
  const last = separators[separators.length - 1];
  const kinds = new Set(separators);

  if (kinds.size === 2) {
    const thousands = last === ',' ? '.' : ',';
    if (separators.slice(0, -1).some((s) => s !== thousands)) return undefined;
    if (!groupsAreThousands(head, groups.slice(1, -1))) return undefined;
    return Number(groups.slice(0, -1).join('') + '.' + groups[groups.length - 1]);
  }
  if (separators.length > 1) {
    return groupsAreThousands(head, groups.slice(1)) ? Number(groups.join('')) : undefined;
  }
  const tail = groups[1];
  const groupsThousands = tail.length === 3 && head !== '0' && head.length <= 3 && !(lang === 'en' && last === '.');
  return groupsThousands ? Number(head + tail) : Number(head + '.' + tail);
}

function groupsAreThousands(head: string, rest: string[]): boolean {
  return head.length >= 1 && head.length <= 3 && rest.every((g) => g.length === 3);
}
