/**
 * `sio-dossier pdf` and `sio-dossier preview` from a terminal: they write next to the dossier
 * or where asked, never over the dossier itself, and leave no partial file behind.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLE = path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml');

function cli(cwd: string, ...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
}

describe('sio-dossier pdf / preview', () => {
  let dir: string;
  let dossier: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-cli-'));
    dossier = path.join(dir, 'lea.sio.yaml');
    copyFileSync(EXAMPLE, dossier);
  });

  it('writes <name>.pdf next to the dossier by default, and only that file', () => {
    const r = cli(dir, 'pdf', dossier);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /PDF écrit : .*lea\.pdf/);
    assert.deepEqual(readdirSync(dir).sort(), ['lea.pdf', 'lea.sio.yaml']);
    assert.equal(readFileSync(path.join(dir, 'lea.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.equal(readFileSync(dossier, 'utf8'), readFileSync(EXAMPLE, 'utf8'));
  });

  it('refuses to write over the dossier, which stays intact', () => {
    const r = cli(dir, 'pdf', dossier, '-o', dossier);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /dossier/i);
    assert.equal(readFileSync(dossier, 'utf8'), readFileSync(EXAMPLE, 'utf8'));
    assert.deepEqual(readdirSync(dir), ['lea.sio.yaml']);
  });

  it('gives the same bytes twice (versionable exports)', () => {
    cli(dir, 'pdf', dossier, '-o', path.join(dir, 'a.pdf'));
    cli(dir, 'pdf', dossier, '-o', path.join(dir, 'b.pdf'));
    assert.ok(readFileSync(path.join(dir, 'a.pdf')).equals(readFileSync(path.join(dir, 'b.pdf'))));
  });

  it('writes a standalone preview page with the réalisations, escaped', () => {
    const out = path.join(dir, 'apercu.html');
    const r = cli(dir, 'preview', dossier, '-o', out);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /Déploiement de GLPI pour la gestion du parc/);
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /MARTIN/);
  });

  it('creates the output folder when -o names one that does not exist yet', () => {
    const out = path.join(dir, 'exports', 'lea.pdf');
    const r = cli(dir, 'pdf', dossier, '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(path.join(dir, 'exports')), ['lea.pdf']);
  });

  it('needs -o for the preview and a *.sio.yaml input', () => {
    assert.equal(cli(dir, 'preview', dossier).status, 2);
    assert.equal(cli(dir, 'pdf', path.join(dir, 'nope.txt')).status, 2);
  });
});
