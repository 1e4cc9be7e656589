#!/usr/bin/env node
// `node scripts/eval-hover.mjs` (after a build): does the hover on a name, typed the way a writer types it on
// second reference (a surname, a given name, lower case, an acronym), say who or what the name is per the
// sources? The corpus is the seed articles plus the English articles of test/fixtures/dossier/. Each case is a
// one-sentence draft, the name to hover, the canonical name and kind the hover must give, and patterns the rest
// of the hover must hold (a role, where a place is, who leads an organisation) or must not (another person's
// role); some also ask for a quote or a mention count. A case counts as "says who" when the name, the kind and
// every pattern are right. The draft is also checked: a name the sources know must not be reported unknown.
// `--verbose` prints each failing hover.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Corpus } = require('../out/server/src/core/index/corpus.js');
const { analyzeDraft, checkDraft } = require('../out/server/src/core/checks/check.js');
const { hoverAt } = require('../out/server/src/core/features/hover.js');

const folders = ['seeds', 'test/fixtures/dossier'];
const files = folders.flatMap(dir => readdirSync(dir).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => join(dir, f)));
const corpus = Corpus.build(files.map(f => ({ uri: f, label: f, text: readFileSync(f, 'utf8'), format: f.endsWith('.md') ? 'markdown' : 'plaintext' })));

const P = 'person', O = 'organisation', L = 'place', N = 'name';
// [draft, name as typed, canonical name, kind, patterns it must say, extra checks]
const CASES = [
  // The seed articles (Indonesian).
  ['Putin tiba di Beijing pada hari Rabu.', 'Putin', 'Vladimir Putin', P, [/presiden rusia/i]],
  ['putin tiba di beijing pada hari rabu.', 'putin', 'Vladimir Putin', P, [/presiden rusia/i]],
  ['Xi menyambut tamunya di Beijing.', 'Xi', 'Xi Jinping', P, [/(presiden|pemimpin) (china|tiongkok)/i]],
  ['Zelensky menghentikan semua kunjungan.', 'Zelensky', 'Volodymyr Zelensky', P, [/presiden ukraina/i]],
  ['Blinken mengunjungi Kyiv pekan ini.', 'Blinken', 'Antony Blinken', P, [/menteri luar negeri/i]],
  ['Belousov ikut dalam rombongan ke Beijing.', 'Belousov', 'Andrei Belousov', P, [/menteri pertahanan/i]],
  ['Borisov juga ikut dalam rombongan.', 'Borisov', 'Yuriy Borisov', P, [/roscosmos|badan antariksa/i]],
  ['Lukashenko hadir di KTT itu.', 'Lukashenko', 'Alexander Lukashenko', P, [/presiden/i, /belarus/i]],
  ['Raisi berbicara dengan Putin.', 'Raisi', 'Ebrahim Raisi', P, [/presiden iran/i], { not: [/turki/i], quote: /Orang Amerika berpikir/ }],
  ['Erdogan akan bertemu Xi pada hari Jumat.', 'Erdogan', 'Recep Tayyip Erdogan', P, [/presiden turki/i]],
  ['Sharif bertemu Putin di Samarkand.', 'Sharif', 'Shehbaz Sharif', P, [/perdana menteri pakistan/i]],
  ['Modi akan bertemu Putin.', 'Modi', 'Narendra Modi', P, [/perdana menteri india/i]],
  ['Qin dikenal vokal membela China.', 'Qin', 'Qin Gang', P, [/menteri luar negeri/i]],
  ['Menurut Macron, perang harus berakhir.', 'Macron', 'Emmanuel Macron', P, [/presiden prancis/i]],
  ['Von der Leyen mendesak Xi.', 'Von der Leyen', 'Ursula von der Leyen', P, [/komisi eropa/i]],
  ['Medvedev dikirim ke Beijing.', 'Medvedev', 'Dmitry Medvedev', P, [/mantan pemimpin/i]],
  ['Ho Tiang Bun mengajar di Singapura.', 'Ho Tiang Bun', 'Ho Tiang Bun', P, [/profesor/i]],
  ['Price berbicara untuk Departemen Luar Negeri.', 'Price', 'Ned Price', P, [/juru bicara/i]],
  ['Putin akan mengunjungi Harbin.', 'Harbin', 'Harbin', L, [/ibu kota provinsi heilongjiang/i]],
  ['Pertemuan di Samarkand berlangsung singkat.', 'Samarkand', 'Samarkand', L, [/kota/i]],
  ['SCO didirikan pada 2001.', 'SCO', 'Organisasi Kerjasama Shanghai', O, [/organisasi politik/i]],
  ['Roscosmos membangun stasiun di bulan.', 'Roscosmos', 'Roscosmos', O, [/Yuriy Borisov/, /badan antariksa/i]],
  ['Xinhua mewawancarai Putin.', 'Xinhua', 'Xinhua', O, [/media negara/i]],
  ['Belta mengutip Lukashenko.', 'Belta', 'Belta', O, [/kantor berita/i]],
  ['Olimpiade Musim Dingin digelar di Beijing.', 'Olimpiade', 'Olimpiade Musim Dingin', N, []],
  // The English fixture articles.
  ['Teller defended the budget on Friday.', 'Teller', 'Gloria Teller', P, [/mayor/i], { quote: /responsible plan/ }],
  ['teller defended the budget on friday.', 'teller', 'Gloria Teller', P, [/mayor/i]],
  ['Teller wants shorter waits for buses.', 'Teller', 'Gloria Teller', P, [/mayor/i], { quote: /wait an hour/ }],
  ['Ortiz promised new buses.', 'Ortiz', 'Rafael Ortiz', P, [/heads the Westbrook Transit Authority/i], { mentions: 2 }],
  ['Yusuf voted against the budget.', 'Yusuf', 'Amina Yusuf', P, [/councillor|finance chair/i], { quote: /numbers only work/ }],
  ['Lindqvist will publish the route plan.', 'Lindqvist', 'Hannah Lindqvist', P, [/chief executive/i]],
  ['Okoro expects fares to rise.', 'Okoro', 'Paul Okoro', P, [/chief financial officer/i]],
  ['Reid inspected the pier.', 'Reid', 'Colin Reid', P, [/harbour master/i], { quote: /cannot take a ferry/, mentions: 2 }],
  ['Sandoval announced a bus service.', 'Sandoval', 'Mira Sandoval', P, [/spokeswoman/i]],
  ['Vance warned drivers about the coast road.', 'Vance', 'Teresa Vance', P, [/police commissioner/i]],
  ['Holm asked the province for funds.', 'Holm', 'Greta Holm', P, [/mayor of Harwick/i]],
  ['Brandt led the noise study.', 'Brandt', 'Tobias Brandt', P, [/researcher/i], { mentions: 3 }],
  ['Chen will share the data.', 'Chen', 'Laura Chen', P, [/president/i, /Westbrook University/]],
  ['Achebe welcomed the depot.', 'Achebe', 'Samuel Achebe', P, [/president of the Westbrook Chamber of Commerce/i], { quote: /Forty new buses/ }],
  ['Farouk is filming the buses.', 'Farouk', 'Nadia Farouk', P, [/executive producer/i]],
  ['The Westbrook Transit Authority will buy buses.', 'Transit', 'Westbrook Transit Authority', O, [/Rafael Ortiz/]],
  ['The Norland Ferry Company runs the route.', 'Ferry', 'Norland Ferry Company', O, [/Mira Sandoval/]],
  ['Westbrook University measured the noise.', 'University', 'Westbrook University', O, [/Laura Chen/]],
  ['Ferries to Harwick are cancelled.', 'Harwick', 'Harwick', L, [/fishing port/i, /Norland/]],
  ['Buses will run through Kelso.', 'Kelso', 'Kelso', L, [/market town/i]],
];

const verbose = process.argv.includes('--verbose');
const plain = md => md.replace(/\\([\\`*_{}[\]<>|#])/g, '$1').replace(/\]\([^)]*\)/g, ']');
let says = 0, named = 0, kinds = 0, quotes = 0, quoteCases = 0, counts = 0, countCases = 0, unknown = 0;
for (const [text, typed, name, kind, patterns, extra = {}] of CASES) {
  const draft = text;
  const facts = analyzeDraft(corpus, draft, 'markdown');
  const at = draft.indexOf(typed);
  // In English whatever the source's language: the figures below read the hover's English words ("Mentioned 3 times").
  const hover = at >= 0 ? hoverAt(corpus, facts, at + 1, loc => `${corpus.docs[loc.doc].label}#${loc.start}`, 'en') : undefined;
  const md = hover ? plain(hover.markdown) : '';
  const [head = '', ...rest] = md.split('\n');
  const body = rest.join('\n');
  const miss = [];
  const nameOk = head.includes(`**${name}**`), kindOk = head.includes(`· ${kind}`);
  if (!hover) miss.push('no hover');
  else {
    if (!nameOk) miss.push(`is “${head}”`);
    if (!kindOk) miss.push(`kind not ${kind}`);
  }
  for (const p of patterns) if (!p.test(body)) miss.push(`lacks ${p}`);
  for (const p of extra.not ?? []) if (p.test(body)) miss.push(`says ${p}`);
  if (nameOk) named++;
  if (nameOk && kindOk) kinds++;
  if (!miss.length) says++;
  if (extra.quote) { quoteCases++; if (extra.quote.test(body)) quotes++; else miss.push(`no quote ${extra.quote}`); }
  if (extra.mentions) {
    countCases++;
    const n = Number(body.match(/Mentioned (\d+) time/)?.[1] ?? md.match(/(\d+) mentions?/)?.[1] ?? 0);
    if (n >= extra.mentions) counts++; else miss.push(`mentioned ${n}, not ≥ ${extra.mentions}`);
  }
  const flagged = checkDraft(corpus, draft, 'markdown').filter(d => d.code === 'unknown-entity' && d.start <= at && at < d.end);
  if (flagged.length) { unknown++; miss.push('reported as an unknown name'); }
  console.log(`${miss.length ? '✗' : '✓'} ${typed.padEnd(14)} → ${name}${miss.length ? `: ${miss.join('; ')}` : ''}`);
  if (verbose && miss.length) console.log(md.split('\n').map(l => `      ${l}`).join('\n'));
}
console.log(`\nhovers that say who the name is: ${says}/${CASES.length} (right entity ${named}, right kind ${kinds})`);
console.log(`quotes found in the speaker's hover: ${quotes}/${quoteCases}; mention counts with the surname: ${counts}/${countCases}`);
console.log(`known names reported unknown by the check: ${unknown}/${CASES.length}`);
