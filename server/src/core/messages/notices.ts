import { Lang } from '../types';
import { Phrasebook, PhraseForms } from './phrasebook';

// What Sumber says about the set-up rather than a draft, in the writer's language: why a source file was left
// out ("is a binary file", "has no text layer: …"), why a corpus pattern cannot be used, what is wrong with a
// setting. Each is made in English where it happens (the LSP layer's walker, decoder, extractors and settings
// validation), as the server's log and the CLI's stderr keep it; the editor's status, Sources view and
// notifications say it through these books (phrasebook.ts).

// A reason completes the file's name ("seeds/photo.txt is a binary file"; "seeds/photo.txt adalah berkas biner").
const REASONS: PhraseForms = [
  // reading a file (corpus-files.ts, corpus-walk.ts)
  ['is a folder', 'adalah folder'],
  ['is larger than {limit}, the limit for one source file (it has {size})', 'lebih besar dari {limit}, batas untuk satu berkas sumber (ukurannya {size})'],
  ['is UTF-32 text, which is not read; save it as UTF-8', 'berisi teks UTF-32, yang tidak dibaca; simpan sebagai UTF-8'],
  ['is a binary file', 'adalah berkas biner'],
  ['is not valid {encoding}', 'bukan teks {encoding} yang sah'],
  ['is a web page, Word file or PDF, which only the asynchronous loader extracts', 'adalah halaman web, berkas Word, atau PDF, yang hanya dibaca oleh pemuat asinkron'],
  ['has no text to read', 'tidak berisi teks untuk dibaca'],
  ['is a link to a folder outside the workspace folder; not followed', 'adalah tautan ke folder di luar folder kerja; tidak diikuti'],
  ['is a link to a file outside the workspace folder', 'adalah tautan ke berkas di luar folder kerja'],
  ['is a link back to a folder that contains it (a loop); not followed', 'adalah tautan balik ke folder yang memuatnya (berputar); tidak diikuti'],
  ['is a symbolic link loop', 'adalah tautan simbolik yang berputar'],
  ['is a link to nothing', 'adalah tautan ke berkas yang tidak ada'],
  ['goes through a file as if it were a folder', 'melewati berkas seolah-olah itu folder'],
  ['cannot be read (permission denied)', 'tidak dapat dibaca (tidak ada izin)'],
  ['is too long a path', 'jalurnya terlalu panjang'],
  ['does not exist', 'tidak ada'],
  ['cannot be read ({why})', 'tidak dapat dibaca ({why})'],
  // web pages, Word files and PDFs (extract/)
  ['is not a readable Word file: it {reason}', 'bukan berkas Word yang dapat dibaca: berkas ini {reason}'],
  ['has no document body (word/document.xml)', 'tidak memiliki isi dokumen (word/document.xml)'],
  ['is a Word file whose text would unpack to more than {size} MB; it is not read', 'adalah berkas Word yang teksnya akan menjadi lebih dari {size} MB jika dibuka; tidak dibaca'],
  ['is not a readable Word file ({why})', 'bukan berkas Word yang dapat dibaca ({why})'],
  ['is cut short or damaged (its zip directory is missing)', 'terpotong atau rusak (daftar isi zip-nya tidak ada)'],
  ['is not a zip archive', 'bukan arsip zip'],
  ['has a damaged zip directory', 'daftar isi zip-nya rusak'],
  ['is a binary file, not a web page', 'adalah berkas biner, bukan halaman web'],
  ['is not a format Sumber extracts', 'bukan format yang dibaca Sumber'],
  ['could not be read ({why})', 'tidak dapat dibaca ({why})'],
  ['is not a PDF file (it has no %PDF- header)', 'bukan berkas PDF (tidak ada kepala %PDF-)'],
  ['is not a readable PDF ({why})', 'bukan PDF yang dapat dibaca ({why})'],
  ['has no text layer: its pages are images (a scan?), which Sumber cannot read without OCR',
    'tidak memiliki lapisan teks: halamannya berupa gambar (hasil pindaian?), yang tidak dapat dibaca Sumber tanpa OCR'],
  ['is a password-protected PDF, which Sumber cannot open; save a copy without the password',
    'adalah PDF yang dilindungi kata sandi, yang tidak dapat dibuka Sumber; simpan salinannya tanpa kata sandi'],
  // a corpus pattern that cannot be used (corpus-walk.ts): "corpus pattern "x" is outside …"
  ['corpus pattern {pattern} {reason}', 'pola sumber {pattern} {reason}'],
  ['is outside the workspace folder, so it is not read', 'berada di luar folder kerja, jadi tidak dibaca'],
  ['points outside the workspace folder, so it is not read', 'menunjuk ke luar folder kerja, jadi tidak dibaca'],
  ['is not a source file ({types}), so it is not read', 'bukan berkas sumber ({types}), jadi tidak dibaca'],
  ['needs {path} to be a folder, but it is a file', 'memerlukan {path} sebagai folder, tetapi itu sebuah berkas'],
  ['is neither a file nor a folder', 'bukan berkas maupun folder'],
  ['is not a string', 'bukan teks'],
  // a pattern that is not a glob (glob.ts)
  ['pattern {pattern} is longer than {n} characters', 'pola {pattern} lebih panjang dari {n} karakter'],
  ['{reason} in pattern {pattern}', '{reason} dalam pola {pattern}'],
  ['unclosed { at character {n}', 'ada { tanpa penutup di karakter ke-{n}'],
  ['unclosed [ in {segment}', 'ada [ tanpa penutup di {segment}'],
  ['braces expand to more than {n} patterns', 'kurung kurawal menjadi lebih dari {n} pola'],
];

const BOOK = new Phrasebook(REASONS);

/** `reason` (the English the readers make) in `lang`; as it came when the table does not know it. */
export function reasonIn(lang: Lang, reason: string): string {
  return BOOK.say(lang, reason);
}

/** Whether the table knows `reason` (and any reason inside it), for the test that holds the readers to it. */
export function isKnownReason(reason: string): boolean {
  return BOOK.knows(reason);
}

/** The English and Indonesian forms, for the test that holds their values to the same names. */
export const REASON_FORMS = REASONS;

// A setting's problem, as settings.ts says it. The setting's name and the values stay as written: they are what the
// writer types.

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
  ['sumber.archive must be a PostgreSQL address, such as postgres://writer@db.example.org/archive; not using an archive.',
    'sumber.archive harus berupa alamat PostgreSQL, misalnya postgres://writer@db.example.org/archive; arsip tidak dipakai.'],
  ['sumber.archive must not hold a password; not using an archive. Give the password with the command "Sumber: Set Archive Password" or PGPASSWORD.',
    'sumber.archive tidak boleh memuat kata sandi; arsip tidak dipakai. Berikan kata sandinya lewat perintah "Sumber: Atur Kata Sandi Arsip" atau PGPASSWORD.'],
  ['sumber.knownNames must be a list of names, such as ["Budi Santoso"]; using [].',
    'sumber.knownNames harus berupa daftar nama, misalnya ["Budi Santoso"]; yang dipakai: [].'],
];

const PROBLEM_BOOK = new Phrasebook(PROBLEMS);

/** A setting's problem (as settings.ts says it) in `lang`; as it came when the book does not know it. */
export function settingProblemIn(lang: Lang, problem: string): string {
  return PROBLEM_BOOK.say(lang, problem);
}

/** Whether the book knows `problem`, for the test that holds the validation to it. */
export function isKnownSettingProblem(problem: string): boolean {
  return PROBLEM_BOOK.knows(problem);
}

export const SETTING_PROBLEM_FORMS = PROBLEMS;
