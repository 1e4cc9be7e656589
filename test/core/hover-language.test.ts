import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../server/src/core/index/corpus';
import { analyzeDraft } from '../../server/src/core/checks/check';
import { hoverAt } from '../../server/src/core/features/hover';
import { readerLanguage } from '../../server/src/core/messages/catalogue';
import { Lang } from '../../server/src/core/types';
import { seedCorpus } from './seed-corpus';
import { REPO } from '../workspace';

// The name hover speaks the writer's language as the findings do: an Indonesian draft reads "Disebut 12 kali dalam
// 5 dokumen", an English one "Mentioned 12 times in 5 documents", unless the setting names a language. Only
// Sumber's own words change; roles, quotes and other forms stay in the sources' words.

const dir = path.join(REPO, 'test/fixtures/dossier');
const dossier = Corpus.build(fs.readdirSync(dir).sort().map(f => ({ uri: f, label: f, format: 'plaintext' as const, text: fs.readFileSync(path.join(dir, f), 'utf8') })));

/** The hover on `name` in `draft`, in the language the rule gives for the setting `setting`. */
function hover(corpus: Corpus, draft: string, name: string, setting: 'auto' | Lang = 'auto'): string {
  const facts = analyzeDraft(corpus, draft, 'markdown');
  const lang = readerLanguage(setting, facts.lang);
  return hoverAt(corpus, facts, draft.indexOf(name) + 1, l => `${corpus.docs[l.doc].label}#${l.start}`, lang)?.markdown ?? '';
}

describe('the name hover in the writer\'s language', () => {
  const seeds = seedCorpus();
  const indonesian = 'Menurut Xi, hubungan kedua negara itu kuat.';

  it('reads Indonesian on an Indonesian draft: the kind, the mention count, the other forms and the link', () => {
    const md = hover(seeds, indonesian, 'Xi');
    assert.match(md, /^\*\*Xi Jinping\*\* · orang$/m);
    assert.match(md, /^Disebut \d+ kali dalam 5 dokumen\.$/m);
    assert.match(md, /Juga ditulis “[^”]+”/);
    assert.match(md, /\[Buka di [^\]]+\]\(/);
    assert.doesNotMatch(md, /Mentioned|Also written|Open in|· person/);
    // The sources' words are left as they are.
    assert.match(md, /pemimpin Tiongkok/);
  });

  it('reads English on the same draft when the setting says English', () => {
    const md = hover(seeds, indonesian, 'Xi', 'en');
    assert.match(md, /^\*\*Xi Jinping\*\* · person$/m);
    assert.match(md, /^Mentioned \d+ times in 5 documents\.$/m);
    assert.match(md, /\[Open in [^\]]+\]\(/);
  });

  it('reads English on an English draft, and Indonesian there when the setting says so', () => {
    const en = hover(dossier, 'The Westbrook Transit Authority will buy buses.', 'Transit');
    assert.match(en, /· organisation$/m);
    assert.match(en, /^People: Rafael Ortiz \(heads the Westbrook Transit Authority\)/m);
    const id = hover(dossier, 'The Westbrook Transit Authority will buy buses.', 'Transit', 'id');
    assert.match(id, /· organisasi$/m);
    assert.match(id, /^Tokoh: Rafael Ortiz \(heads the Westbrook Transit Authority\)/m);
  });

  it('counts one time and one document in each language', () => {
    const draft = 'Ferries to Harwick are cancelled.';
    const en = hover(dossier, draft, 'Harwick');
    const times = Number(/Mentioned (\d+) times? in/.exec(en)?.[1]);
    const docs = Number(/in (\d+) documents?\./.exec(en)?.[1]);
    assert.match(en, /^\*\*Harwick\*\* · place$/m);
    assert.match(en, new RegExp(`Mentioned ${times} time${times === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}\\.`));
    const id = hover(dossier, draft, 'Harwick', 'id');
    assert.match(id, /^\*\*Harwick\*\* · tempat$/m);
    assert.match(id, new RegExp(`^Disebut ${times} kali dalam ${docs} dokumen\\.$`, 'm'));
  });
});
