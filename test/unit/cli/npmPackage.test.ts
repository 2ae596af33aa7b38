/**
 * Issue 24, the Git class workflow: a recipe pins a released CLI — the tarball `npm pack` makes.
 * The package is installable (no `private`), carries only what `sio-dossier` needs (.npmignore —
 * vsce forbids package.json `files` beside .vscodeignore — and `bin`: the bundles, fonts and preview script; everything else is bundled, so it has no
 * runtime dependency to fetch), and once installed offline into an empty folder its
 * `sio-dossier verifier` checks a dossier.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('the sio-dossier npm package', function () {
  this.timeout(180_000);
  let dir: string;
  let tarball: string;
  let files: string[];
  before(() => {
    assert.ok(existsSync(path.join(ROOT, 'dist/cli.js')), 'npm run build first');
    dir = mkdtempSync(path.join(tmpdir(), 'sio-pack-'));
    const r = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(dir, info.filename);
    files = info.files.map((f) => f.path);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is publishable, with a bin that the tarball carries and no runtime dependency', () => {
    assert.equal(manifest.private, undefined, 'private: true would forbid npm publish');
    assert.equal(manifest.bin['sio-dossier'], './dist/cli.js');
    // Every bundle dist/cli.js loads, the PDF fonts and the standalone preview's script.
    for (const f of ['dist/cli.js', 'dist/cli-main.js', 'dist/checkWorker.js', 'dist/export.js', 'dist/tableur.js', 'dist/site.js', 'dist/markdown-it.js', 'dist/fonts/plain/DejaVuSans.ttf', 'dist/webview/preview.js', 'LICENSE']) {
      assert.ok(files.includes(f), `${f} in the tarball: ${files.join(', ')}`);
    }
    assert.ok(!files.includes('dist/extension.js') && !files.includes('dist/server.js'), 'the CLI package, not the extension');
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'every runtime library is bundled by esbuild');
    assert.ok(!files.some((f) => /^(server|client|test|shared|scripts)\//.test(f) || f.endsWith('.map')), files.join(', '));
  });

  it('installs offline into an empty folder and its sio-dossier verifier checks a dossier', () => {
    const empty = path.join(dir, 'classe');
    spawnSync('mkdir', ['-p', empty]);
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: empty, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    copyFileSync(path.join(ROOT, 'examples/hugo-bernard-slam.sio.yaml'), path.join(empty, 'hugo.sio.yaml'));
    const bin = path.join(empty, 'node_modules/.bin/sio-dossier');
    const ok = spawnSync(bin, ['verifier', 'hugo.sio.yaml'], { cwd: empty, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /1 fichier vérifié : 0 erreur/);
    assert.equal(spawnSync(bin, ['--version'], { cwd: empty, encoding: 'utf8' }).stdout.trim(), manifest.version);
    // The engines come with it: the PDF of the same dossier.
    assert.equal(spawnSync(bin, ['pdf', 'hugo.sio.yaml'], { cwd: empty, encoding: 'utf8' }).status, 0);
    assert.ok(readdirSync(empty).includes('hugo.pdf'));
  });
});
