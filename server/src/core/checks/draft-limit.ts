import { CoreDiagnostic } from './types';
import { Lang } from '../types';
import { say } from '../messages/catalogue';

// A draft over the size limit gets one information finding that says so, instead of minutes of work: checking
// is linear in the draft's length, but a 20 MB "draft" is an archive opened by mistake, not an article.

export const DEFAULT_MAX_DRAFT_KB = 2048;

export function isOversized(text: string, maxKB: number): boolean {
  return text.length > maxKB * 1024;
}

export function oversizeFinding(text: string, maxKB: number, settingName: string, lang: Lang = 'en'): CoreDiagnostic {
  const firstLineEnd = text.indexOf('\n');
  return {
    start: 0,
    end: firstLineEnd < 0 ? Math.min(text.length, 80) : Math.min(firstLineEnd, 80),
    code: 'draft-too-large',
    severity: 'information',
    message: say(lang, 'draft-too-large', { size: sizeLabel(text.length), limit: sizeLabel(maxKB * 1024), setting: settingName }),
    evidence: [],
    fixes: [],
  };
}

function sizeLabel(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}
