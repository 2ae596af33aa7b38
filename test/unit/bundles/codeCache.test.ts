/**
 * The V8 code cache of the bundles (server/src/runtime/codeCache.ts) never changes or breaks an
 * export: with no cache, a fresh one, a corrupt, truncated or foreign one, or a cache folder
 * that cannot be written, `sio-dossier pdf` writes the same bytes; a bad cache is replaced by
 * a good one, and the cache never lands beside the user's files.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { codeCacheDir, frame, unframe } from '../../../server/src/runtime/codeCache';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml');

function pdf(dir: string, cacheDir: string, env: Record<string, string> = {}) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  const out = path.join(dir, `out-${readdirSync(dir).length}.pdf`);
  const r = spawnSync(process.execPath, [CLI, 'pdf', path.join(dir, 'lea.sio.yaml'), '-o', out], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', SIO_CODE_CACHE_DIR: cacheDir, ...env }
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'no warning about the cache');
  return readFileSync(out);
}

const cacheFiles = (dir: string, bundle = 'export') => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8') && (f.startsWith(`${bundle}.`) || f.startsWith(`${bundle}-`))) : []);

describe('code cache of the PDF engine', () => {
  let dir: string;
  let cache: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-cc-'));
    cache = path.join(mkdtempSync(path.join(tmpdir(), 'sio-cc-cache-')), 'cache');
    copyFileSync(EXAMPLE, path.join(dir, 'lea.sio.yaml'));
  });

  it('gives the same PDF with no cache, a new cache and a reused one, and writes the cache in its folder only', () => {
    const off = pdf(dir, cache, { SIO_CODE_CACHE: '0' });
    assert.ok(!existsSync(cache), 'SIO_CODE_CACHE=0 writes no cache');
    const first = pdf(dir, cache);
    const files = cacheFiles(cache);
    assert.equal(files.length, 1, 'one cache file for dist/export.js');
    assert.equal(cacheFiles(cache, 'cli-main').length, 1, 'one for dist/cli-main.js, which dist/cli.js loads');
    assert.match(files[0], /^export(\.once)?-[0-9a-f]{24}\.v8$/);
    assert.ok(unframe(readFileSync(path.join(cache, files[0]))), 'the cache file carries a matching hash');
    const again = pdf(dir, cache);
    assert.ok(first.equals(off) && again.equals(off), 'byte-identical PDFs');
    assert.deepEqual(readdirSync(dir).filter((f) => !f.endsWith('.pdf')), ['lea.sio.yaml'], 'nothing else beside the dossier');
  });

  it('a valid cache is reused as it is: the next exports write nothing in the cache folder', () => {
    const own = path.join(mkdtempSync(path.join(tmpdir(), 'sio-cc-reuse-')), 'cache');
    pdf(dir, own);
    const state = () => readdirSync(own).map((f) => { const st = statSync(path.join(own, f)); return `${f} ${st.ino} ${st.mtimeMs}`; }).sort();
    const before = state();
    assert.ok(before.length >= 2, 'dist/cli-main.js and dist/export.js cached');
    pdf(dir, own);
    pdf(dir, own);
    assert.deepEqual(state(), before);
  });

  for (const [what, spoil] of [
    ['corrupt', (b: Buffer) => Buffer.from(b.map((x, i) => (i > 100 && i % 97 === 0 ? x ^ 0xff : x)))],
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['not ours', () => Buffer.from('garbage, not a cache')],
    ['empty', () => Buffer.alloc(0)],
    // Our hash matches, V8 refuses it (as after an update of Node or VS Code).
    ['well framed but refused by V8', () => frame(Buffer.alloc(4096, 7))]
  ] as const) {
    it(`a ${what} cache file changes nothing in the PDF and is replaced by a valid one`, () => {
      const reference = pdf(dir, cache, { SIO_CODE_CACHE: '0' });
      pdf(dir, cache);
      const [file] = cacheFiles(cache);
      writeFileSync(path.join(cache, file), spoil(readFileSync(path.join(cache, file))));
      assert.ok(pdf(dir, cache).equals(reference));
      assert.ok(unframe(readFileSync(path.join(cache, file))), 'rewritten with a matching hash');
      assert.ok(pdf(dir, cache).equals(reference));
    });
  }

  it('a cache folder that cannot be created does not stop the export', () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'sio-cc-file-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const reference = pdf(dir, cache, { SIO_CODE_CACHE: '0' });
    assert.ok(pdf(dir, path.join(blocker, 'cache')).equals(reference));
  });

  it('frames V8 data with a hash that rejects any changed, missing or foreign byte', () => {
    const data = Buffer.from('some compiled code, as V8 gives it');
    const framed = frame(data);
    assert.deepEqual(unframe(framed), data);
    const flipped = Buffer.from(framed);
    flipped[flipped.length - 1] ^= 1;
    assert.equal(unframe(flipped), null);
    assert.equal(unframe(framed.subarray(0, framed.length - 1)), null);
    assert.equal(unframe(data), null);
  });

  it('lives in the user cache folder of each system, and can be turned off or moved', () => {
    const home = require('node:os').homedir() as string;
    assert.equal(codeCacheDir({}, 'linux'), path.join(home, '.cache', 'dossier-sio', 'code-cache'));
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux'), path.join('/x/cache', 'dossier-sio', 'code-cache'));
    assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\lea\\AppData\\Local' }, 'win32'), path.join('C:\\Users\\lea\\AppData\\Local', 'dossier-sio', 'code-cache'));
    assert.equal(codeCacheDir({}, 'darwin'), path.join(home, 'Library', 'Caches', 'dossier-sio', 'code-cache'));
    assert.equal(codeCacheDir({ SIO_CODE_CACHE_DIR: '/tmp/elsewhere' }, 'linux'), '/tmp/elsewhere');
    assert.equal(codeCacheDir({ SIO_CODE_CACHE: '0' }, 'linux'), null);
  });
});
