import { CheckOptions } from './core/checks/types';
import { toCheckOptions } from './core/check';
import { DEFAULT_CORPUS } from './corpus-files';

// Settings arrive per resource, untyped and possibly missing (a client without workspace/configuration, or one
// that answers null). They are validated here, at the edge, and turned into core options; nothing is kept in
// globals.

export interface Settings {
  corpus: string[];
  check: CheckOptions;
  debounceMs: number;
}

export function toSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const corpus = Array.isArray(r.corpus) && r.corpus.length && r.corpus.every(p => typeof p === 'string' && p.trim())
    ? (r.corpus as string[]).map(p => p.trim())
    : [...DEFAULT_CORPUS];
  const debounce = Number(r.debounceMs);
  return {
    corpus,
    check: toCheckOptions(r),
    debounceMs: Number.isFinite(debounce) && debounce >= 0 && debounce <= 10000 ? debounce : 300,
  };
}

export const DEFAULT_SETTINGS: Settings = toSettings(undefined);
