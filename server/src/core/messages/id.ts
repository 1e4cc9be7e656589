import { MessageId } from './en';

// The Indonesian catalogue: the same keys and placeholders as `en.ts`, for drafts written in Indonesian. Kept in
// the everyday register of a newsroom ("draf", "sumber", "kutipan"), not translated word for word.

export const ID: Record<MessageId, string> = {
  'differs': 'Sumber menyebut “{source}”; draf menyebut “{draft}”. {label}: “{passage}”',
  'fix.replace': 'Ganti dengan “{text}”',

  'quote-differs': 'Kata-kata kutipan ini berbeda dari sumber: sumber menulis “{source}”; draf menulis “{draft}”. Kutipan di {label}: “{passage}”',
  'quote-differs-whole': 'Kata-kata kutipan ini berbeda dari sumber. Kutipan di {label}: “{passage}”',
  'quote-elsewhere': 'Tidak ada sumber yang memuat kata-kata ini; di bagian ini sumber mengutip kata-kata lain: “{passage}” ({label}).',
  'quote-not-found': 'Tidak ada sumber yang memuat kutipan “{quote}”.',
  'fix.source-wording': 'Pakai kata-kata sumber',
  'misattributed': 'Menurut sumber, kutipan ini diucapkan {who}; draf menyebut {speaker}.',
  'fix.attribute': 'Ganti pembicara menjadi {name}',
  'fix.attribute-full': 'Ganti pembicara menjadi {name} ({full})',

  'unknown-name': 'Tidak ada sumber yang menyebut “{name}”.',
  'unknown-name-closest': 'Tidak ada sumber yang menyebut “{name}”. Kalimat sumber yang paling dekat menyebut {names}.',
  'not-together': 'Tidak ada sumber yang menyebut {a} dan {b} bersama-sama, jadi tidak ada yang menyatakan ini tentang mereka.',
  'unknown-name-part': 'Tidak ada sumber yang menyebut “{name}”: tidak ada sumber yang memakai “{part}”.',
  'unknown-name-part-closest': 'Tidak ada sumber yang menyebut “{name}”: tidak ada sumber yang memakai “{part}”. Kalimat sumber yang paling dekat menyebut {names}.',
  'wrong-role': 'Sumber menyebut {name} sebagai {roles}; draf menyebut “{role}”.',
  'role-of-another': 'Menurut sumber, jabatan “{role}” dipegang {holder} (“{sourceRole}”), bukan {name}.',

  'opposite': 'Sumber menyatakan sebaliknya: sumber menyebut “{source}”; draf menyebut “{draft}”. {label}: “{passage}”',

  'unsupported': 'Tidak ada sumber yang menyatakan ini. Kalimat sumber yang paling dekat, di {label}, tidak memuat {missing}: “{passage}”',
  'unsupported-same-words': 'Tidak ada sumber yang menyatakan ini. Kalimat sumber yang paling dekat, di {label}, memuat kata-katanya tetapi tidak menyatakannya: “{passage}”',
  'unsupported-weak': 'Tidak ada kalimat sumber yang menyatakan semua ini. Yang paling dekat, di {label}, tidak memuat {missing}: “{passage}”',
  'unsupported-weak-same-words': 'Tidak ada kalimat sumber yang menyatakan semua ini. Yang paling dekat, di {label}, memuat kata-katanya tetapi tidak semua isinya: “{passage}”',
  'unsupported-nothing-close': 'Tidak ada sumber yang menyatakan ini, dan tidak ada kalimat sumber yang mendekatinya.',

  'draft-too-large': 'Draf ini ({size}) lebih besar dari {limit}, jadi Sumber tidak memeriksanya. Pecah draf ini, atau naikkan {setting} agar tetap diperiksa.',
  'unknown-directive': '“{directive}” bukan perintah Sumber; pakai salah satu dari {directives}.',
  'unknown-directive-code': '“{code}” bukan kode temuan Sumber, jadi {directive} tidak berlaku untuknya. Kodenya: {codes}.',

  'coverage': '{supported} dari {claims} klaim didukung sumber',
  'coverage.one': '{supported} dari {claims} klaim didukung sumber',
  'coverage.error': '{n} keliru',
  'coverage.errors': '{n} keliru',
  'coverage.unsupported': '{n} tanpa sumber',

  'action.ignore': 'Abaikan temuan ini',
  'action.known-name': 'Tambahkan “{name}” ke nama yang dikenal',

  'support.place': '{file} ¶{paragraph}',
  'support.place-page': '{file} hlm. {page} ¶{paragraph}',
  'support.hover': 'Didukung sumber',
  'support.open': 'Buka kalimat sumber yang mendukung kalimat ini',
  'action.cite': 'Sisipkan rujukan: {place}',

  'hover.kind.person': 'orang',
  'hover.kind.organization': 'organisasi',
  'hover.kind.place': 'tempat',
  'hover.kind.other': 'nama',
  'hover.people': 'Tokoh: {people}',
  'hover.mentioned': 'Disebut {times} dalam {documents}.',
  'hover.times.one': '{n} kali',
  'hover.times': '{n} kali',
  'hover.documents.one': '{n} dokumen',
  'hover.documents': '{n} dokumen',
  'hover.also-written': 'Juga ditulis {forms}.',
  'hover.open-in': 'Buka di {label}',

  'entities.in-sources': '{n} kali dalam sumber ({documents})',
  'entities.not-in-sources': 'tidak ada dalam sumber',
  'entities.in-draft': '{n}× dalam draf',
  'entities.in-draft-as': '{n}× dalam draf sebagai {forms}',
  'entities.none': 'tidak ada nama',

  'status.indexing': 'Mengindeks {patterns}…',
  'status.indexing-files': 'Mengindeks {done} / {total} berkas',
  'status.progress-title': 'Sumber: mengindeks sumber',
  'status.ready.one': '{n} dokumen diindeks',
  'status.ready': '{n} dokumen diindeks',
  'status.skipped.one': '{n} berkas yang tak terbaca dilewati',
  'status.skipped': '{n} berkas yang tak terbaca dilewati',
  'status.empty': 'Tidak ada sumber untuk memeriksa draf: {why} (di {folder}).',
  'status.none-readable': 'tak satu pun berkas sumber dapat dibaca',
  'status.no-match': 'tidak ada berkas yang cocok dengan {patterns}',
  'status.failed': 'Gagal mengindeks {folder}: {error}',
  'status.archive': 'arsip {address}: {n} dokumen',
  'status.archive-unreachable': 'arsip {address} tidak dapat dihubungi, jadi hanya sumber lokal yang diperiksa ({reason}); mencoba lagi',
  'status.skipped-file': '{file} {reason}',
  'cli.skipped': '{file} dilewati: berkas ini {reason}',
  'cli.no-match': 'tidak ada berkas sumber yang cocok dengan {pattern}',
  'cli.patterns': 'perbaiki pola sumber di atas',
  'cli.empty': 'tidak ada sumber untuk memeriksa draf: sumbernya kosong',
  'cli.empty-default': 'tidak ada sumber untuk memeriksa draf: tidak ada berkas yang cocok dengan {patterns} di sini; taruh sumber Anda di seeds/ atau pakai --corpus',
  'cli.total': '{problems} dalam {files}',
  'cli.problems.one': '{n} temuan',
  'cli.problems': '{n} temuan',
  'cli.files.one': '{n} berkas',
  'cli.files': '{n} berkas',

  'list.or': ' atau ',
};
