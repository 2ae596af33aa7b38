/**
 * `sio-dossier tableur` / `importer` as typed in a terminal (the built CLI), with their English
 * aliases: default names next to the dossier, the time printed, and an import that would land on
 * the dossier it came from refused.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tmpDir } from '../../support/tableur';

const ROOT = path.resolve(__dirname, '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe('sio-dossier tableur / importer', function () {
  this.timeout(60_000);
  it('writes <nom>.tableau.xlsx next to the dossier, and imports it back only under a new name', () => {
    const dir = tmpDir();
    const source = path.join(dir, 'lea.sio.yaml');
    copyFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), source);
    const before = readFileSync(source, 'utf8');
    const out = cli('tableur', source);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /^Tableur écrit : .*lea\.tableau\.xlsx \(sans modèle, \d+ ko, \d+ ms\)$/m);
    const sheet = path.join(dir, 'lea.tableau.xlsx');
    assert.ok(existsSync(sheet));
    const back = cli('importer', sheet);
    assert.equal(back.status, 1);
    assert.match(back.stderr, /lea\.sio\.yaml existe déjà : l’import n’écrase jamais un fichier/);
    assert.equal(readFileSync(source, 'utf8'), before);
    const again = cli('import', sheet, '-o', path.join(dir, 'lea-bis.sio.yaml'), '--lang', 'en');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Dossier written: .*lea-bis\.sio\.yaml \(6 réalisation\(s\), \d+ ms\)$/m);
  });

  it('spreadsheet (English alias) writes .ods when asked', () => {
    const dir = tmpDir();
    const source = path.join(dir, 'lea.sio.yaml');
    copyFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), source);
    const r = cli('spreadsheet', source, '-o', path.join(dir, 'out', 'lea.ods'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(path.join(dir, 'out', 'lea.ods')).subarray(30, 38).toString(), 'mimetype');
  });
});

describe('tableur: the extension does not pay for the spreadsheet libraries at activation', () => {
  it('ExcelJS and the XML DOM are in dist/tableur.js only, which the extension requires on first use', () => {
    const extension = readFileSync(path.join(ROOT, 'dist/extension.js'), 'utf8');
    const tableur = readFileSync(path.join(ROOT, 'dist/tableur.js'), 'utf8');
    for (const lib of ['exceljs', '@xmldom/xmldom']) {
      assert.ok(tableur.includes(lib), `${lib} not in dist/tableur.js`);
      assert.ok(!extension.includes(lib), `${lib} bundled into dist/extension.js`);
    }
    assert.match(extension, /tableur\.js/);
  });
});
