/**
 * `sio-dossier check` on a 2,000-réalisation dossier (≈ 673 kB, read piece by piece like in the
 * editor, core/parse.ts): the same diagnostics as the editor, on the right line; a file that
 * cannot be cut is refused at the line that prevents it, exit code 1.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generateDossier } from '../../support/generate';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build » / run npm run build first');
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('sio-dossier check on a 2,000-réalisation dossier', function () {
  this.timeout(120_000);
  const text = generateDossier({ realisations: 2000, seed: 2000 });
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-grand-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('checks it whole: a competence mistyped in the 1,500th réalisation is reported on its line, exit code 1', () => {
    const clean = path.join(dir, 'grand.sio.yaml');
    writeFileSync(clean, text);
    const ok = cli('check', clean);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);

    const target = [...text.matchAll(/^ {2}- id: .*$/gm)][1499];
    const at = text.indexOf('competences: [', target.index!) + 'competences: ['.length;
    const bad = path.join(dir, 'faute.sio.yaml');
    writeFileSync(bad, text.slice(0, at) + 'B9.9, ' + text.slice(at));
    const r = cli('check', bad, '--format', 'json');
    assert.equal(r.status, 1);
    const [file] = JSON.parse(r.stdout);
    assert.deepEqual(
      file.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => [d.code, d.range.start.line]),
      [['competence-unknown', text.slice(0, at).split('\n').length - 1]]
    );
  });

  it('refuses it at the line of an anchor, which prevents cutting it', () => {
    const at = text.indexOf('\n    lieu: ', text.length / 2) + 1;
    const p = path.join(dir, 'ancre.sio.yaml');
    writeFileSync(p, text.slice(0, at) + '    lieu: &ici' + text.slice(at + '    lieu:'.length));
    const r = cli('check', p, '--format', 'json');
    assert.equal(r.status, 1);
    const [d] = JSON.parse(r.stdout)[0].diagnostics;
    assert.equal(d.code, 'file-too-large');
    assert.equal(d.range.start.line, text.slice(0, at).split('\n').length - 1);
    assert.match(d.message, /^Fichier trop volumineux \(\d+ ko\) : .*une ancre « & »/);
  });
});
