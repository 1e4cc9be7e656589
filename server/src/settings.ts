import { CheckOptions } from './core/checks/types';
import { CHECK_CODES } from './core/checks/types';
import { toCheckOptions, DEFAULT_OPTIONS } from './core/checks/check';
import { DEFAULT_MAX_DRAFT_KB } from './core/checks/draft-limit';
import { DEFAULT_CORPUS } from './corpus-files';
import { MESSAGE_LANGUAGES } from './core/messages/catalogue';

// Settings arrive per resource, untyped and possibly missing (a client without workspace/configuration, or one
// that answers null). They are validated here, at the edge, and turned into core options; nothing is kept in
// globals. A value that is present but wrong falls back to the default and is reported as a problem that names
// the setting and the fix, so a typo never silently turns a check off.

export interface Settings {
  corpus: string[];
  /**
   * Whether corpus entries may point outside the workspace folder. The VS Code client says false when the
   * workspace is untrusted and the entries come from the workspace's own settings; other editors' settings are
   * the user's own.
   */
  corpusOutsideAllowed: boolean;
  check: CheckOptions;
  debounceMs: number;
  maxDraftKB: number;
  /** Keep the analysed corpus on disk (under the user's cache directory) for a fast next start. */
  indexCache: boolean;
  /** Mark each supported sentence with where its source passage stands ("↗ vote.md ¶3"). */
  showSupport: boolean;
  /** A shared archive on PostgreSQL to check against beside the folder's sources: its address, never a password. */
  archive?: string;
  /** Longest wait for the archive, in milliseconds. */
  archiveTimeoutMs: number;
  /** How many drafts on disk (the most recently changed first) draw their archive documents when the archive connects. */
  archivePrefetchDrafts: number;
  /** How many drafts on disk (the most recently changed first) are checked in the background once the sources are indexed. */
  checkDraftsAhead: number;
  /** Settings that had a value the server could not use, in words for a person. */
  problems: string[];
}

/** Drafts on disk drawn ahead by default: a writer's current pieces, not a whole folder of old ones. */
const DEFAULT_PREFETCH_DRAFTS = 10;
/** Drafts on disk checked ahead without an archive: the pieces a writer is likely to open next. */
const DEFAULT_CHECK_AHEAD_DRAFTS = 3;

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

export function toSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const given = (key: string) => r[key] !== undefined && r[key] !== null;

  let corpus = [...DEFAULT_CORPUS];
  if (given('corpus')) {
    const list = r.corpus;
    if (Array.isArray(list) && list.length && list.every(p => typeof p === 'string' && p.trim())) corpus = list.map(p => (p as string).trim());
    else problems.push(`sumber.corpus must be a list of folder paths or globs, such as ["seeds/**/*.txt"]; using ${JSON.stringify(DEFAULT_CORPUS)}.`);
  }

  if (given('supportThreshold') && !(typeof r.supportThreshold === 'number' && r.supportThreshold >= 0 && r.supportThreshold <= 1)) {
    problems.push(`sumber.supportThreshold must be a number from 0 to 1; using ${DEFAULT_OPTIONS.supportThreshold}.`);
  }
  if (given('weakSupportThreshold') && !(typeof r.weakSupportThreshold === 'number' && r.weakSupportThreshold >= 0 && r.weakSupportThreshold <= 1)) {
    problems.push(`sumber.weakSupportThreshold must be a number from 0 to 1; using ${DEFAULT_OPTIONS.weakSupportThreshold}.`);
  }
  if (given('weakSupportSeverity') && !SEVERITIES.includes(r.weakSupportSeverity as string)) {
    problems.push(`sumber.weakSupportSeverity must be one of ${SEVERITIES.join(', ')}; using ${DEFAULT_OPTIONS.weakSupportSeverity}.`);
  }
  const severity = (r.severity && typeof r.severity === 'object' ? r.severity : {}) as Record<string, unknown>;
  for (const code of CHECK_CODES) {
    const v = severity[code];
    if (v !== undefined && v !== null && !SEVERITIES.includes(v as string)) {
      problems.push(`sumber.severity.${code} must be one of ${SEVERITIES.join(', ')}; using ${DEFAULT_OPTIONS.severity[code]}.`);
    }
  }

  // A list with one bad entry keeps its good names: dropping them all would bring back every finding they silenced.
  if (given('knownNames') && !(Array.isArray(r.knownNames) && r.knownNames.every(n => typeof n === 'string'))) {
    problems.push(Array.isArray(r.knownNames)
      ? 'sumber.knownNames must be a list of names (strings); using only the entries that are strings.'
      : 'sumber.knownNames must be a list of names, such as ["Budi Santoso"]; using [].');
  }

  if (given('messageLanguage') && !MESSAGE_LANGUAGES.includes(r.messageLanguage as never)) {
    problems.push(`sumber.messageLanguage must be one of ${MESSAGE_LANGUAGES.join(', ')}; using auto (the draft's language).`);
  }

  const debounceMs = numberSetting(r, 'debounceMs', 300, 0, 10_000, problems);
  const maxDraftKB = numberSetting(r, 'maxDraftSizeKB', DEFAULT_MAX_DRAFT_KB, 1, 1_000_000, problems);
  if (given('indexCache') && typeof r.indexCache !== 'boolean') problems.push('sumber.indexCache must be true or false; using true.');
  if (given('showSupport') && typeof r.showSupport !== 'boolean') problems.push('sumber.showSupport must be true or false; using true.');
  const archive = archiveSetting(r.archive, problems);
  const archiveTimeoutMs = numberSetting(r, 'archiveTimeoutMs', 10_000, 500, 120_000, problems);
  const archivePrefetchDrafts = Math.floor(numberSetting(r, 'archivePrefetchDrafts', DEFAULT_PREFETCH_DRAFTS, 0, 100, problems));
  const checkDraftsAhead = Math.floor(numberSetting(r, 'checkDraftsAhead', DEFAULT_CHECK_AHEAD_DRAFTS, 0, 100, problems));
  return {
    corpus,
    corpusOutsideAllowed: r.corpusOutsideAllowed !== false,
    check: toCheckOptions(r),
    debounceMs,
    maxDraftKB,
    indexCache: r.indexCache !== false,
    showSupport: r.showSupport !== false,
    ...(archive ? { archive } : {}),
    archiveTimeoutMs,
    archivePrefetchDrafts,
    checkDraftsAhead,
    problems,
  };
}

/**
 * The archive's address: a postgres:// address, without a password (settings files are shared and synced; the
 * password belongs in the editor's secret storage or PGPASSWORD). Empty means no archive.
 */
function archiveSetting(v: unknown, problems: string[]): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || !/^postgres(?:ql)?:\/\/[^\s]*$/i.test(v.trim())) {
    problems.push('sumber.archive must be a PostgreSQL address, such as postgres://writer@db.example.org/archive; not using an archive.');
    return undefined;
  }
  if (/^[a-z]+:\/\/[^/@]*:[^/@]*@/i.test(v.trim()) || /[?&]password=/i.test(v)) {
    problems.push('sumber.archive must not hold a password; not using an archive. Give the password with the command "Sumber: Set Archive Password" or PGPASSWORD.');
    return undefined;
  }
  return v.trim();
}

function numberSetting(r: Record<string, unknown>, key: string, fallback: number, min: number, max: number, problems: string[]): number {
  const v = r[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
  problems.push(`sumber.${key} must be a number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

export const DEFAULT_SETTINGS: Settings = toSettings(undefined);
