import * as assert from 'node:assert/strict';
import { maskMarkdown } from '../../server/src/core/text/markdown';

const mask = (src: string, keepHeadings = true): string => {
  const out = maskMarkdown(src, { keepHeadings }).text;
  assert.equal(out.length, src.length, 'the mask keeps the length');
  return out;
};
/** Spaces standing in for a piece of markup. */
const gap = (markup: string): string => ' '.repeat(markup.length);
const starts = (src: string): number[] => maskMarkdown(src, { keepHeadings: true }).blockStarts;

describe('markdown mask: blocks', () => {
  it('blanks YAML and TOML front matter', () => {
    assert.equal(mask('---\ntitle: Putin\n---\nPutin tiba.'), '   \n            \n   \nPutin tiba.');
    assert.equal(mask('+++\ntitle = "x"\n+++\nTeks.'), '   \n           \n   \nTeks.');
    // A lone rule at the top that never closes is not front matter.
    assert.equal(mask('---\nTeks.'), '   \nTeks.');
  });

  it('blanks fenced code of any fence length, with an info string, keeping line breaks', () => {
    assert.equal(mask('```ts\nconst x = 1;\n```\nSesudah.'), '     \n            \n   \nSesudah.');
    assert.equal(mask('~~~~\n~~~\nkode\n~~~~\nTeks.'), '    \n   \n    \n    \nTeks.');
    assert.equal(mask('```\r\nkode\r\n```\r\nTeks.'), '   \r\n    \r\n   \r\nTeks.');
  });

  it('blanks indented code after a blank line, but not an indented list continuation', () => {
    assert.equal(mask('Paragraf.\n\n    kode\n\nLagi.'), 'Paragraf.\n\n        \n\nLagi.');
    assert.equal(mask('- butir\n\n    lanjutan butir'), '  butir\n\n    lanjutan butir');
  });

  it('blanks heading markers, or whole headings when asked', () => {
    assert.equal(mask('## Putin di Beijing ##\nTeks.'), '   Putin di Beijing   \nTeks.');
    assert.equal(mask('## Putin di Beijing\nTeks.', false), '                   \nTeks.');
    assert.equal(mask('#hashtag bukan judul'), '#hashtag bukan judul');
  });

  it('blanks setext underlines, and the heading text too when headings are dropped', () => {
    assert.equal(mask('Judul\n=====\nTeks.'), 'Judul\n     \nTeks.');
    assert.equal(mask('Judul\n-----\nTeks.', false), '     \n     \nTeks.');
    assert.equal(mask('Teks.\n\n---\n\nLagi.'), 'Teks.\n\n   \n\nLagi.');
  });

  it('blanks list markers and task boxes', () => {
    assert.equal(mask('- satu\n* dua\n+ tiga'), '  satu\n  dua\n  tiga');
    assert.equal(mask('1. satu\n2) dua\n- [x] selesai'), '   satu\n   dua\n      selesai');
  });

  it('keeps a wrapped line that starts with a number as prose', () => {
    assert.equal(mask('Serangan dimulai pada\n2022. Sejak itu'), 'Serangan dimulai pada\n2022. Sejak itu');
  });

  it('blanks blockquote markers, nested ones too', () => {
    assert.equal(mask('> Kami tidak akan\n> mundur.'), '  Kami tidak akan\n  mundur.');
    assert.equal(mask('> > kutipan dalam'), '    kutipan dalam');
  });

  it('blanks table pipes and the delimiter row', () => {
    assert.equal(mask('| Negara | Jumlah |\n|---|:--:|\n| Rusia | 5 |'),
      '  Negara   Jumlah  \n          \n  Rusia   5  ');
  });

  it('blanks reference and footnote definition labels', () => {
    assert.equal(mask('Teks.\n\n[ap]: https://apnews.com "AP"'), 'Teks.\n\n' + gap('[ap]: https://apnews.com "AP"'));
    assert.equal(mask('Teks.\n\n[^1]: Sumber: AP.'), 'Teks.\n\n      Sumber: AP.');
  });

  it('blanks multi-line HTML comments', () => {
    assert.equal(mask('<!--\ncatatan\n-->\nTeks.'), '    \n       \n   \nTeks.');
  });
});

describe('markdown mask: inline', () => {
  it('blanks code spans whole', () => {
    assert.equal(mask('Fungsi `stem()` dan ``a ` b`` selesai.'), `Fungsi ${gap('`stem()`')} dan ${gap('``a ` b``')} selesai.`);
  });

  it('keeps link text and blanks brackets, destination and title', () => {
    assert.equal(mask('Baca [laporan AP](https://apnews.com/x "AP") kini.'),
      `Baca  laporan AP${gap('](https://apnews.com/x "AP")')} kini.`);
    // Balanced parentheses belong to the destination; the ones in the link text stay prose.
    assert.equal(mask('Lihat [peta (2024)](https://x.org/a_(b)) ya.'), `Lihat  peta (2024)${gap('](https://x.org/a_(b))')} ya.`);
  });

  it('blanks images entirely, alt text included', () => {
    assert.equal(mask('Foto ![Putin dan Xi](img/a.jpg) di sini.'), `Foto ${gap('![Putin dan Xi](img/a.jpg)')} di sini.`);
  });

  it('keeps reference link text only when the label is defined', () => {
    const src = '[AP][ap] dan [Reuters][] serta [sic].\n\n[ap]: https://apnews.com\n[reuters]: https://reuters.com';
    assert.equal(mask(src).split('\n')[0], ' AP      dan  Reuters    serta [sic].');
  });

  it('blanks autolinks, HTML tags, comments and footnote references', () => {
    assert.equal(mask('Lihat <https://example.com> atau <b>ini</b>.'), 'Lihat                       atau    ini    .');
    assert.equal(mask('Teks <!-- catatan --> lagi[^2].'), 'Teks                  lagi    .');
  });

  it('blanks emphasis markers but not an underscore inside a word or a lone asterisk', () => {
    assert.equal(mask('Ini **tebal**, *miring*, _juga_ dan ~~coret~~.'), 'Ini   tebal  ,  miring ,  juga  dan   coret  .');
    assert.equal(mask('Variabel snake_case_name dan 5 * 3 tetap.'), 'Variabel snake_case_name dan 5 * 3 tetap.');
    assert.equal(mask('Kata *miring\nmelintas baris* ok.'), 'Kata  miring\nmelintas baris  ok.');
  });

  it('turns a backslash escape into the literal character', () => {
    assert.equal(mask('Bukan \\*miring\\* dan \\[bukan tautan\\].'), 'Bukan  *miring * dan  [bukan tautan ].');
  });
});

describe('markdown mask: block starts', () => {
  it('marks paragraphs, headings, list items, quotes and table rows', () => {
    const src = '# Judul\nParagraf satu\nmasih satu.\n\nParagraf dua.\n- butir\n- butir\n> kutip\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    const lineStart = (text: string): number => src.indexOf(text);
    assert.deepEqual(starts(src), [0, lineStart('Paragraf satu'), lineStart('Paragraf dua'), lineStart('- butir'),
      src.lastIndexOf('- butir'), lineStart('> kutip'), lineStart('| a'), lineStart('|---'), lineStart('| 1')]);
  });
});

describe('markdown mask: a realistic draft', () => {
  it('keeps every prose word at its original offset and hides all markup', () => {
    const draft = [
      '---',
      'title: Putin di Beijing',
      'tags: [rusia, tiongkok]',
      '---',
      '',
      '# Putin dan Xi Bertemu',
      '',
      'Presiden Rusia **Vladimir Putin** tiba di Beijing, menurut [laporan AP](https://apnews.com/article/123 "AP").',
      '',
      '- Kedua pemimpin membahas *perang* di Ukraina.',
      '- Xi menyerukan `gencatan senjata`.',
      '',
      '```json',
      '{ "kutipan": "tanpa batas" }',
      '```',
      '',
      'Kunjungan itu berlangsung dua hari.',
    ].join('\n');
    const masked = maskMarkdown(draft, { keepHeadings: false }).text;
    assert.equal(masked.length, draft.length);
    for (const word of ['Presiden', 'Vladimir', 'tiba di Beijing', 'laporan AP', 'Kedua', 'perang', 'Xi menyerukan', 'Kunjungan']) {
      const at = draft.indexOf(word, draft.indexOf('Presiden'));
      assert.equal(masked.slice(at, at + word.length), word, word);
    }
    for (const markup of ['title', 'tiongkok', 'Bertemu', '**', 'https', '](', '- ', '`', 'json', 'tanpa batas']) {
      assert.equal(masked.includes(markup), false, markup);
    }
    assert.deepEqual(masked.split('\n').filter(l => l.trim()).map(l => l.trim().replace(/\s+/g, ' ')), [
      'Presiden Rusia Vladimir Putin tiba di Beijing, menurut laporan AP .',
      'Kedua pemimpin membahas perang di Ukraina.',
      'Xi menyerukan .',
      'Kunjungan itu berlangsung dua hari.',
    ]);
    assert.equal(masked.split('\n').length, draft.split('\n').length);
  });
});
