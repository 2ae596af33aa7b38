/** `sio-dossier site` as a student runs it: the built CLI, its messages and exit codes. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

/**
 * Léa's example with the files it names, copied into `dir`: `npm run example` leaves her PDF and
 * spreadsheet beside the original, which the site would then link and copy too.
 */
function copyExample(dir: string): string {
  const ex = path.join(dir, 'exemple');
  mkdirSync(ex);
  for (const f of ['lea-martin-sisr.sio.yaml', 'pieces', 'attestations']) cpSync(path.join(ROOT, 'examples', f), path.join(ex, f), { recursive: true });
  return path.join(ex, 'lea-martin-sisr.sio.yaml');
}

describe('sio-dossier site', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(path.join(tmpdir(), 'sio-cli-site-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the site, says where, how many pages and files, and its size; exit code 0', () => {
    const out = path.join(tmp, 'site');
    const lea = copyExample(tmp);
    const r = cli('site', lea, '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Site écrit : ${out.replace(/[/.]/g, '\\$&')}/index.html \\(13 pages, 4 fichiers copiés, \\d+ ko, \\d+ ms\\)`));
    assert.equal(r.stderr, '');
    assert.ok(existsSync(path.join(out, 'realisation-glpi.html')));
    const en = cli('site', lea, '-o', out, '--lang', 'en');
    assert.match(en.stdout, /^Site written: .*\(13 pages, 4 files copied/);
  });

  it('refuses a folder holding other files (exit code 2) and leaves them alone', () => {
    const mine = path.join(tmp, 'mon-site');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'index.html'), 'fait main');
    const r = cli('site', 'examples/lea-martin-sisr.sio.yaml', '-o', mine);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /ne sont pas écrasés/);
    assert.equal(readFileSync(path.join(mine, 'index.html'), 'utf8'), 'fait main');
  });

  it('lists the files it did not publish on stderr', () => {
    mkdirSync(path.join(tmp, 'eleve'));
    const file = path.join(tmp, 'eleve', 'x.sio.yaml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8'));
    const r = cli('site', file);
    assert.equal(r.status, 0);
    assert.ok(existsSync(path.join(tmp, 'eleve', 'x-site', 'index.html')), 'default folder next to the dossier');
    assert.match(r.stderr, /Fichier introuvable, non publié : « pieces\/lea-martin\.svg »/);
  });

  it('is a usage error without a dossier (exit code 2)', () => {
    assert.equal(cli('site').status, 2);
    assert.equal(cli('site', 'README.md').status, 2);
  });
});
