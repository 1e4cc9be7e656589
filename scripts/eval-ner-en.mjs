#!/usr/bin/env node
// Measures the entity recogniser (server/src/core/facts/names.ts) on English: the hand-annotated gold set
// eval/ner-en.tsv over the English fixture articles, the English dossier articles and the English own claims.
// Run after `npx tsc -b`:
//
//   node scripts/eval-ner-en.mjs [--errors]
//
// The texts are analysed as the checker analyses them, not sentence by sentence as eval-ner.mjs must for CoNLL
// data: an article as a source (analyzeText over the whole file, language detected, headings kept, names with
// dates removed), with the vocabulary of the six articles as its corpus; a claim as a draft against that corpus,
// its own words added to the vocabulary (core/checks/check.ts, analyzeDraft). The mentions are then read exactly
// as eval-ner.mjs reads them for idner-news-2k (asEntities: kinds to PER/ORG/LOC, "other" and modifier places no
// entity, "Name (ACR)" one span) and scored by the same function, strict and by checker conventions.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { loadCore, asEntities, scoreSentence, emptyCounts, table, prf } from './eval-ner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const GOLD = join(root, 'eval', 'ner-en.tsv');
const CLAIMS = 'claims-own-en.tsv';

/** Gold rows grouped by source, each checked against its text so a shifted offset cannot pass unnoticed. */
function readGold(texts) {
  const bySource = new Map();
  const lines = readFileSync(GOLD, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#')).slice(1);
  for (const line of lines) {
    const [source, start, end, type, surface] = line.split('\t');
    const g = { start: Number(start), end: Number(end), type };
    const text = texts.get(source);
    if (text?.slice(g.start, g.end) !== surface) throw new Error(`gold row does not match its text: ${line}`);
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(g);
  }
  return bySource;
}

/** Every text of the set by source id: the articles by their path under test/fixtures, each claim by CLAIMS#id. */
function readTexts() {
  const articles = new Map();
  for (const dir of ['english', 'dossier']) {
    const at = join(root, 'test', 'fixtures', dir);
    for (const name of readdirSync(at).filter(f => f.endsWith('.txt')).sort()) articles.set(`${dir}/${name}`, readFileSync(join(at, name), 'utf8'));
  }
  const claims = new Map();
  const [head, ...rows] = readFileSync(join(root, 'eval', CLAIMS), 'utf8').trim().split('\n').map(l => l.split('\t'));
  const id = head.indexOf('id'), text = head.indexOf('text');
  for (const r of rows) claims.set(`${CLAIMS}#${r[id]}`, r[text]);
  return { articles, claims };
}

/** Sentences of each text as the checker analyses it, with the recogniser's mentions (offsets into the text). */
function analyse(core, articles, claims) {
  const lower = new Set(), midCap = new Set();
  for (const t of articles.values()) core.collectVocabulary(t, lower, midCap);
  const corpus = core.makeContext(lower, midCap);
  const out = [];
  const add = (source, facts) => {
    if (facts.lang !== 'en') console.log(`note: ${source} read as ${facts.lang}`);
    for (const s of facts.sentences) out.push({ source, start: s.start, end: s.end, text: s.text, names: s.names });
  };
  for (const [source, text] of articles) add(source, core.analyzeText(text, { format: 'plaintext', keepHeadings: true }, corpus));
  for (const [source, text] of claims) {
    const l = new Set(), m = new Set();
    core.collectVocabulary(text, l, m);
    const ctx = {
      lowerVocab: { has: w => l.has(w) || lower.has(w) }, midCapVocab: { has: w => m.has(w) || midCap.has(w) },
      toolsFor: lang => corpus.toolsFor(lang),
    };
    add(source, core.analyzeText(text, { format: 'plaintext', keepHeadings: false, keepNotes: false, paragraphLanguage: true, unclearLang: 'en' }, ctx));
  }
  return out;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const sameSpan = (a, b) => a.start === b.start && a.end === b.end;

/**
 * Strict errors of one sentence in three classes a developer can act on: a wrong type on the right span, a
 * wrong boundary (overlapping spans), and a plain miss or spurious mention. A gold span the recogniser found
 * but left as kind "other" says so, since that is a type decision it did not make rather than a name not seen.
 */
function classify(text, gold, found, pred) {
  const out = [];
  const q = x => `"${text.slice(x.start, x.end)}"`;
  for (const g of gold) {
    if (pred.some(p => sameSpan(p, g) && p.type === g.type)) continue;
    const typed = pred.find(p => sameSpan(p, g));
    const near = pred.filter(p => overlaps(p, g));
    const other = found.filter(n => n.kind === 'other' && overlaps(n, g));
    if (typed) out.push(`type     ${g.type} ${q(g)} read as ${typed.type}`);
    else if (near.length) out.push(`boundary ${g.type} ${q(g)} found as ${near.map(p => `${p.type} ${q(p)}`).join(', ')}`);
    else if (other.length === 1 && sameSpan(other[0], g)) out.push(`other    ${g.type} ${q(g)} found with no type`);
    else if (other.length) out.push(`boundary ${g.type} ${q(g)} found with no type as ${other.map(q).join(', ')}`);
    else out.push(`miss     ${g.type} ${q(g)}`);
  }
  for (const p of pred) {
    if (!gold.some(g => overlaps(p, g))) out.push(`spurious ${p.type} ${q(p)}`);
  }
  return out;
}

function evaluate(showErrors) {
  const core = loadCore();
  const words = require(join(root, 'out', 'server', 'src', 'core', 'facts', 'ner-words.js'));
  const { articles, claims } = readTexts();
  const texts = new Map([...articles, ...claims]);
  const gold = readGold(texts);
  const strict = emptyCounts(), lenient = emptyCounts();
  const errors = [];
  let placed = 0;
  for (const s of analyse(core, articles, claims)) {
    // Gold and mentions in the sentence's own offsets, as scoreSentence takes them.
    const local = x => ({ ...x, start: x.start - s.start, end: x.end - s.start });
    const g = (gold.get(s.source) ?? []).filter(x => x.start >= s.start && x.end <= s.end).map(local);
    placed += g.length;
    const found = s.names.map(n => ({ ...local(n), ...(n.bracketed && { bracketed: local(n.bracketed) }) }));
    const pred = asEntities(found, words);
    scoreSentence(strict, s.text, g, found, pred, false);
    scoreSentence(lenient, s.text, g, found, pred, true);
    for (const e of classify(s.text, g, found, pred)) errors.push(`${e}  | ${s.source}: ${s.text}`);
  }
  const total = [...gold.values()].reduce((n, g) => n + g.length, 0);
  if (placed !== total) throw new Error(`${total - placed} gold mentions fall outside every analysed sentence`);
  console.log(`NER on the English set (${articles.size} articles, ${claims.size} claims; ${total} hand-annotated mentions): exact span and type`);
  table(strict);
  console.log('* span only: any kind, "other" included, type ignored');
  // The set has few known places or bracketed acronyms, so the lenient reading often changes nothing.
  const lenientNote = '("Name (ACR)" as two mentions; known places left unmarked ignored)';
  if (JSON.stringify(lenient) === JSON.stringify(strict)) console.log(`By checker conventions ${lenientNote}: the same.`);
  else { console.log(`\nThe same, by checker conventions ${lenientNote}`); table(lenient); }
  console.log(`\nstrict micro F1 ${prf(strict.all).f.toFixed(3)}; ${errors.length} errors${showErrors ? ':' : ' (--errors lists them)'}`);
  if (showErrors) for (const e of errors) console.log(e);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) evaluate(process.argv.includes('--errors'));
