import { Lang } from '../types';

// Sentences made in English where they happen (a file reader's reason, a setting's problem), said in the writer's
// language at the edge. The English stays the one the log and the tests read; a phrasebook is the table of each
// English form beside its Indonesian one. `{name}` in a form is a value carried over as it is (a size, a path, a
// library's own error text); a value named `{reason}` is a phrase of the same book in turn (a Word file's zip
// problem), said in the same language. A sentence the book does not know is said as it came: a new one is never
// lost, only left in English (the tests feed each book what its makers produce).

export type PhraseForms = ReadonlyArray<readonly [en: string, id: string]>;

interface Compiled { pattern: RegExp; names: string[]; id: string }

export class Phrasebook {
  private readonly compiled: Compiled[];

  constructor(readonly forms: PhraseForms) {
    // Each English form as a whole-string pattern; a value matches as little as it can, so the fixed words decide.
    this.compiled = forms.map(([en, id]) => {
      const names: string[] = [];
      const source = en.split(/(\{\w+\})/).map(part => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]);
        return '(.+?)';
      }).join('');
      return { pattern: new RegExp(`^${source}$`, 's'), names, id };
    });
  }

  /** `text` (English, as made) in `lang`; as it came when the book does not know it. */
  say(lang: Lang, text: string): string {
    if (lang === 'en') return text;
    const found = this.match(text);
    if (!found) return text;
    const { entry, values } = found;
    return entry.id.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const i = entry.names.indexOf(name);
      if (i < 0) return whole;
      return name === 'reason' ? this.say(lang, values[i]) : values[i];
    });
  }

  /** Whether the book knows `text` (and any reason inside it), for the tests that hold the makers to it. */
  knows(text: string): boolean {
    const found = this.match(text);
    if (!found) return false;
    const at = found.entry.names.indexOf('reason');
    return at < 0 || this.knows(found.values[at]);
  }

  private match(text: string): { entry: Compiled; values: string[] } | undefined {
    for (const entry of this.compiled) {
      const m = entry.pattern.exec(text);
      if (m) return { entry, values: m.slice(1) };
    }
    return undefined;
  }
}
