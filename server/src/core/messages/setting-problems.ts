import { Lang } from '../types';
import { Phrasebook, PhraseForms } from './phrasebook';

// What is wrong with a `sumber` setting, in the writer's language. The LSP layer's validation (settings.ts) says
// it in English for the log; the notification the editor shows goes through this book (phrasebook.ts). The
// setting's name and the values stay as written: they are what the writer types.

const PROBLEMS: PhraseForms = [
  ['sumber.corpus must be a list of folder paths or globs, such as ["seeds/**/*.txt"]; using {value}.',
    'sumber.corpus harus berupa daftar folder atau glob, misalnya ["seeds/**/*.txt"]; yang dipakai: {value}.'],
  ['sumber.messageLanguage must be one of {values}; using auto (the draft\'s language).',
    'sumber.messageLanguage harus salah satu dari {values}; yang dipakai: auto (bahasa draf).'],
  ['sumber.{key} must be a number from {min} to {max}; using {value}.', 'sumber.{key} harus berupa angka dari {min} sampai {max}; yang dipakai: {value}.'],
  ['sumber.{key} must be one of {values}; using {value}.', 'sumber.{key} harus salah satu dari {values}; yang dipakai: {value}.'],
  ['sumber.{key} must be true or false; using {value}.', 'sumber.{key} harus true atau false; yang dipakai: {value}.'],
  ['sumber.knownNames must be a list of names (strings); using only the entries that are strings.',
    'sumber.knownNames harus berupa daftar nama (teks); yang dipakai hanya entri yang berupa teks.'],
  ['sumber.knownNames must be a list of names, such as ["Budi Santoso"]; using [].',
    'sumber.knownNames harus berupa daftar nama, misalnya ["Budi Santoso"]; yang dipakai: [].'],
];

const BOOK = new Phrasebook(PROBLEMS);

/** A setting's problem (as settings.ts says it) in `lang`; as it came when the book does not know it. */
export function settingProblemIn(lang: Lang, problem: string): string {
  return BOOK.say(lang, problem);
}

export function isKnownSettingProblem(problem: string): boolean {
  return BOOK.knows(problem);
}

export const SETTING_PROBLEM_FORMS = PROBLEMS;
