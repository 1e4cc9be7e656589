import { Lang } from '../types';
import { EN, MessageId } from './en';
import { ID } from './id';

// The one way a message is made: a catalogue entry of the reader's language with its values filled in. The
// language is the writer's: the draft's own (an Indonesian draft gets Indonesian messages) unless the
// `sumber.messageLanguage` setting (the CLI's --lang) names one. The editor and the CLI both get their text here.

export type { MessageId } from './en';

/** What the setting may say: the draft's language, or always one. */
export type MessageLanguage = 'auto' | Lang;
export const MESSAGE_LANGUAGES: readonly MessageLanguage[] = ['auto', 'en', 'id'];

const CATALOGUES: Record<Lang, Record<MessageId, string>> = { en: EN, id: ID };

/** The language to speak to the writer of a draft in `draftLang`. */
export function readerLanguage(setting: MessageLanguage | undefined, draftLang: Lang): Lang {
  return setting === 'en' || setting === 'id' ? setting : draftLang;
}

/** The message `id` in `lang`, every `{name}` replaced by its value (a placeholder without one stays visible). */
export function say(lang: Lang, id: MessageId, values: Record<string, string | number> = {}): string {
  return CATALOGUES[lang][id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The language of a display locale (VS Code's `vscode.env.language`: "id", "en-us", "de"): Indonesian for
 * Indonesian, else English, the one other language Sumber speaks. For what belongs to no draft: indexing,
 * skipped files, notifications.
 */
export function languageOfLocale(locale: unknown): Lang {
  return typeof locale === 'string' && /^(id|in)(?:[-_]|$)/i.test(locale) ? 'id' : 'en';
}

/** A count as the reader writes it: "1,200" in English, "1.200" in Indonesian. */
export function countIn(lang: Lang, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  // A count's groups of three by hand: a process's first toLocaleString loads the locale's data, about 10 ms of a
  // language server's start, for the first "Indexing 1 / 1 files".
  const digits = String(n), separator = lang === 'id' ? '.' : ',';
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? separator : '') + digits[i];
  return out;
}

/** “a”, “b” or “c”, in the reader's language. */
export function quotedList(lang: Lang, items: readonly string[], last: 'list.or' | 'list.and' = 'list.or'): string {
  const q = items.map(i => `“${i}”`);
  return q.length <= 1 ? q.join('') : q.slice(0, -1).join(', ') + say(lang, last) + q[q.length - 1];
}

/** The placeholders of a message, for the test that holds the two catalogues to the same ones. */
export function placeholdersOf(lang: Lang, id: MessageId): string[] {
  return [...CATALOGUES[lang][id].matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
}

/** The page that explains a code, relative to the repository (and the installed extension): docs/checks/CODE.md. */
export function docsPageOf(code: string): string {
  return `docs/checks/${code}.md`;
}
