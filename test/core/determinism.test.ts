import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus, SourceFile } from '../../server/src/core/index/corpus';
import { checkDraft, DEFAULT_OPTIONS } from '../../server/src/core/checks/check';
import { CoreDiagnostic } from '../../server/src/core/checks/types';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// Findings depend on the corpus, the draft and the options only: not on what was checked before in the same
// process, not on the order the corpus files came in. And a fix that names the real speaker of a quote writes a
// name the sources use for that person, the one its title gives.

const english: SourceFile[] = [
  { uri: 'a', label: 'a.txt', format: 'plaintext', text: 'Fishermen in Port Lanter protest new quota\nHendra Kusuma, the head of the fishermen\'s cooperative, said the catch had fallen by half this year.\nThe cooperative has 400 members.' },
  { uri: 'b', label: 'b.txt', format: 'plaintext', text: 'Quota talks stall\n"We cannot wait any longer for the ministry," Hendra said on Monday.\nHendra added that boats would stay in port.\n"The quota is fair," said Mira Santoso, the fisheries minister.' },
];
const indonesian: SourceFile[] = [
  { uri: 'a', label: 'a.txt', format: 'plaintext', text: 'Nelayan Lanter memprotes kuota baru\nHendra Kusuma, ketua koperasi nelayan, mengatakan tangkapan turun separuh tahun ini.\nKoperasi itu memiliki 400 anggota.' },
  { uri: 'b', label: 'b.txt', format: 'plaintext', text: 'Perundingan kuota macet\n“Kami tidak bisa menunggu kementerian lebih lama lagi,” kata Hendra pada Senin.\nHendra menambahkan bahwa kapal akan tetap di pelabuhan.\n“Kuota itu adil,” kata Mira Santoso, menteri perikanan.' },
];
const drafts = {
  en: '"We cannot wait any longer for the ministry," Hendra Kusuma said.\n\n"We cannot wait any longer for the ministry," Santoso said.\n\nHendra said the catch had fallen by 60 percent.',
  id: '“Kami tidak bisa menunggu kementerian lebih lama lagi,” kata Hendra Kusuma.\n\n“Kuota itu adil,” kata Hendra.\n\nHendra mengatakan tangkapan turun 60 persen.',
};
// Drafts that bring words, names and a language of their own into the process between two identical checks.
const intervening = [
  'Kusuma Hendra and Hendra Wijaya met the Lanter council on Friday. Hendra Wijaya said, "We will sue."',
  'Menteri Hendra Wijaya (HW) mengatakan, “Kami akan menggugat,” ujarnya. Para nelayan berunjuk rasa.',
  fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8'),
];

/** Findings as JSON, with sources named by label rather than by their place in the corpus. */
function json(corpus: Corpus, text: string): string {
  return JSON.stringify(checkDraft(corpus, text, 'markdown').map((d: CoreDiagnostic) => ({ ...d, evidence: d.evidence.map(({ doc: _doc, ...e }) => e) })));
}

describe('findings depend only on corpus, draft and options', () => {
  for (const [lang, files] of [['en', english], ['id', indonesian]] as const) {
    it(`gives the same findings twice in one process, whatever was checked in between (${lang})`, () => {
      const corpus = Corpus.build(files);
      const first = json(corpus, drafts[lang]);
      for (const other of intervening) {
        checkDraft(corpus, other, 'markdown');
        checkDraft(seedCorpus(), other, 'markdown');
        assert.equal(json(corpus, drafts[lang]), first);
      }
      assert.equal(json(Corpus.build(files), drafts[lang]), first, 'a corpus built again');
      assert.equal(json(Corpus.build([...files].reverse()), drafts[lang]), first, 'the files in another order');
    });

    it(`takes a first name and the full name for one person, and names the real speaker (${lang})`, () => {
      const found = checkDraft(Corpus.build(files), drafts[lang], 'markdown').filter(d => d.code === 'misattributed-quote');
      // The first quote is Hendra's, whether the draft names him in full or not; the second is not Santoso's.
      assert.equal(found.length, 1, JSON.stringify(found.map(d => d.message)));
      const [wrong, right] = lang === 'en' ? ['Santoso', 'Hendra Kusuma'] : ['Hendra', 'Mira Santoso'];
      // In the draft's language: an Indonesian draft is told in Indonesian.
      assert.equal(found[0].message, lang === 'en' ? `The sources say ${right} said this; the draft says ${wrong}.` : `Menurut sumber, kutipan ini diucapkan ${right}; draf menyebut ${wrong}.`);
      // The sources call Hendra Kusuma "Hendra" too; Mira Santoso they name only in full.
      const fix = lang === 'en' ? ['Attribute to Hendra (Hendra Kusuma)', 'Hendra'] : ['Ganti pembicara menjadi Mira Santoso', 'Mira Santoso'];
      assert.deepEqual(found[0].fixes.map(f => [f.title, f.newText]), [fix]);
    });
  }

  it('does not take a full name for another person when the sources name that person in full only in a headline, or two people share the first name', () => {
    const draft = '"We cannot wait any longer for the ministry," Hendra Kusuma said.';
    for (const text of [
      'Hendra Kusuma Warns Fishermen Will Strike Over Quota\n"We cannot wait any longer for the ministry," Hendra said on Monday.',
      'Fishermen strike\nCooperative head Hendra Kusuma met the minister.\n"We cannot wait any longer for the ministry," Hendra said.\nHendra Wijaya, a trader, agreed.',
    ]) {
      const corpus = Corpus.build([{ uri: 'a', label: 'a.txt', format: 'plaintext', text }]);
      assert.deepEqual(checkDraft(corpus, draft, 'markdown').filter(d => d.code === 'misattributed-quote').map(d => d.message), []);
    }
  });

  it('writes a name the sources use for the speaker, never an acronym that follows the name', () => {
    const corpus = seedCorpus();
    const sample = fs.readFileSync(path.join(REPO, 'examples/draft.md'), 'utf8');
    const fixes = checkDraft(corpus, sample, 'markdown', { ...DEFAULT_OPTIONS, messageLanguage: 'en' }).filter(d => d.code === 'misattributed-quote').flatMap(d => d.fixes);
    assert.ok(fixes.length > 0);
    for (const f of fixes) {
      const entity = corpus.registry.entities.find(e => f.title.endsWith(`(${e.name})`) || f.title === `Attribute to ${e.name}`);
      assert.ok(entity && entity.kind === 'person', f.title);
      assert.ok(f.title.startsWith(`Attribute to ${f.newText}`), `${f.title} / ${f.newText}`);
      assert.ok(entity.name.split(' ').includes(f.newText), `${f.newText} is a name of ${entity.name}`);
    }
  });

  it('takes capitals in brackets after a person as their acronym only when they are the initials', () => {
    const corpus = Corpus.build([{ uri: 'a', label: 'a.txt', format: 'plaintext', text: [
      'Menteri Luar Negeri Budi Santoso (ANTARA) meninjau pelabuhan Lanter.',
      'Kantor berita ANTARA melaporkan kunjungan itu.',
      'Mantan presiden Susilo Bambang Yudhoyono (SBY) ikut hadir.',
    ].join('\n') }]);
    assert.ok(corpus.registry.lookup('budi santoso'));
    assert.notEqual(corpus.registry.lookup('antara'), corpus.registry.lookup('budi santoso'));
    assert.equal(corpus.registry.lookup('sby')?.name, 'Susilo Bambang Yudhoyono');
  });
});
