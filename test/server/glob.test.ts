import * as assert from 'node:assert/strict';
import { compileGlob, Glob, isGlob, MAX_ALTERNATIVES } from '../../server/src/glob';

// Corpus globs: pattern and path in, match or error out. The timing tests guard against matchers that
// backtrack (a regular expression took 17 s on one file name).

function glob(pattern: string): Glob {
  const g = compileGlob(pattern);
  if ('error' in g) assert.fail(g.error);
  return g;
}

const matches = (pattern: string, ...paths: string[]) => paths.filter(p => glob(pattern).match(p));

describe('glob', () => {
  it('** spans folders (or none), * and ? stay within one name', () => {
    assert.deepEqual(matches('seeds/**/*.txt', 'seeds/a.txt', 'seeds/x/y/a.txt', 'seedsx/a.txt', 'seeds/a.md', 'other/seeds/a.txt'), ['seeds/a.txt', 'seeds/x/y/a.txt']);
    assert.deepEqual(matches('seeds/*.txt', 'seeds/a.txt', 'seeds/x/a.txt', 'seeds/.txt'), ['seeds/a.txt', 'seeds/.txt']);
    assert.deepEqual(matches('a/?.md', 'a/b.md', 'a/bc.md', 'a//.md'), ['a/b.md']);
    assert.deepEqual(matches('**/*.md', 'x.md', 'a/b/c.md', 'a/b/c.txt'), ['x.md', 'a/b/c.md']);
    assert.deepEqual(matches('seeds/**', 'seeds/a.txt', 'seeds/x/y.md', 'seedsx/a.txt'), ['seeds/a.txt', 'seeds/x/y.md']);
    assert.deepEqual(matches('a/**/b/**/c.txt', 'a/b/c.txt', 'a/x/b/y/z/c.txt', 'a/x/c.txt'), ['a/b/c.txt', 'a/x/b/y/z/c.txt']);
    assert.deepEqual(matches('./seeds/*.md', 'seeds/a.md'), ['seeds/a.md']);
  });

  it('expands braces, nested too', () => {
    assert.deepEqual(matches('{a,b}.md', 'a.md', 'b.md', 'c.md', '{a,b}.md'), ['a.md', 'b.md']);
    assert.deepEqual(matches('{news,notes/{x,y}}/*.txt', 'news/1.txt', 'notes/x/1.txt', 'notes/z/1.txt'), ['news/1.txt', 'notes/x/1.txt']);
    assert.deepEqual(matches('seeds/*.{txt,md,}', 'seeds/a.txt', 'seeds/a.md', 'seeds/a.', 'seeds/a.json'), ['seeds/a.txt', 'seeds/a.md', 'seeds/a.']);
    assert.deepEqual(matches('a}b,c.txt', 'a}b,c.txt'), ['a}b,c.txt'], 'a } or , outside braces is literal');
  });

  it('reads character classes, negated and with ranges', () => {
    assert.deepEqual(matches('[abc].txt', 'a.txt', 'c.txt', 'd.txt', 'ab.txt'), ['a.txt', 'c.txt']);
    assert.deepEqual(matches('[!_]*.md', 'x.md', '_draft.md'), ['x.md']);
    assert.deepEqual(matches('[^_]*.md', 'x.md', '_draft.md'), ['x.md']);
    assert.deepEqual(matches('0[0-4]?.txt', '004.txt', '051.txt'), ['004.txt']);
    assert.deepEqual(matches('[]a].txt', '].txt', 'a.txt', 'b.txt'), ['].txt', 'a.txt']);
    assert.deepEqual(matches('[a-].txt', '-.txt', 'a.txt', 'b.txt'), ['-.txt', 'a.txt']);
  });

  it('gives the literal folder a walk can start from', () => {
    assert.equal(glob('seeds/**/*.txt').base, 'seeds');
    assert.equal(glob('docs/sources/*.md').base, 'docs/sources');
    assert.equal(glob('*.md').base, '');
    assert.equal(glob('**/x/*.md').base, '');
    assert.equal(glob('a/b/c.md').base, 'a/b');
    assert.equal(glob('{seeds,docs}/**/*.md').base, '');
    assert.deepEqual(glob('{seeds,docs}/**/*.md').branches.map(b => b.base), ['seeds', 'docs']);
    assert.deepEqual(glob('seeds/{a,b}/*.md').branches.map(b => b.base), ['seeds/a', 'seeds/b']);
    assert.equal(glob('seeds/{a,b}/*.md').base, 'seeds');
    assert.equal(glob('../notes/*.md').base, '../notes');
    assert.equal(glob('/srv/notes/*.md').base, '/srv/notes');
  });

  it('says whether a folder could hold a match', () => {
    const [b] = glob('seeds/*/2024/*.txt').branches;
    assert.equal(b.mayContain('x'), true);
    assert.equal(b.mayContain('x/2024'), true);
    assert.equal(b.mayContain('x/2023'), false);
    assert.equal(b.mayContain(''), true);
  });

  it('reports a malformed pattern instead of hanging', () => {
    const started = Date.now();
    const unclosed = compileGlob('seeds/{a,b.txt');
    assert.ok('error' in unclosed);
    assert.match(unclosed.error, /unclosed \{ at character 7 in pattern "seeds\/\{a,b\.txt"/);
    const nested = compileGlob('x/{a,{b,c}/*.md');
    assert.ok('error' in nested && /unclosed \{/.test(nested.error));
    const klass = compileGlob('seeds/[abc.txt');
    assert.ok('error' in klass && /unclosed \[/.test(klass.error));
    assert.ok(Date.now() - started < 100);
  });

  it('caps brace expansion', () => {
    const many = compileGlob('{a,b,c,d}'.repeat(6) + '.md'); // 4^6 = 4096 patterns
    assert.ok('error' in many);
    assert.match(many.error, new RegExp(`more than ${MAX_ALTERNATIVES} patterns`));
    assert.ok(!('error' in compileGlob('{a,b,c,d}'.repeat(5) + '.md')));
    const long = compileGlob('*'.repeat(5000));
    assert.ok('error' in long && /longer than/.test(long.error));
  });

  it('matches a pathological pattern against 40-character names in well under 50 ms', () => {
    const g = glob('*a*a*a*a*a*a*a*a*b');
    const deep = glob('**/**/a*a*a*a*a*a*b/**/**/*a*a*a*a*a*a*a*a*b');
    const name = 'a'.repeat(40);
    const started = Date.now();
    assert.equal(g.match(name), false);
    assert.equal(g.match('a'.repeat(39) + 'b'), true);
    assert.equal(deep.match(Array(20).fill(name).join('/')), false);
    assert.ok(Date.now() - started < 50, `took ${Date.now() - started} ms`);
  });

  it('tells globs from plain paths', () => {
    assert.equal(isGlob('seeds'), false);
    assert.equal(isGlob('seeds/a.txt'), false);
    for (const p of ['*.md', 'a?.md', '{a,b}', '[ab].md']) assert.equal(isGlob(p), true, p);
  });
});
