/**
 * A teacher's terminal: the whole class checked with review remarks, SARIF for the school's CI,
 * and the class overview as CSV that a French spreadsheet opens with accents intact.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { sarifValidator } from '../../support/sarif';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const CLASSE = 'test/fixtures/classe';

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('sio-dossier on a class folder', () => {
  it('checks every dossier and review file, with the teacher remarks, and a summary line', () => {
    const r = cli('check', CLASSE, '--format', 'json');
    assert.equal(r.status, 1);
    const results = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; source?: string }[] }[];
    const files = results.map((x) => path.basename(x.file));
    assert.ok(files.includes('lea-martin-sisr.revue.yaml'));
    assert.ok(files.includes('zoe-garcia-hostile.sio.yaml'));
    const lea = results.find((x) => x.file.endsWith('lea-martin-sisr.sio.yaml'))!;
    assert.ok(lea.diagnostics.some((d) => d.code === 'review' && d.source === 'revue'), 'open remarks show in the dossier');
    const text = cli('check', CLASSE);
    assert.match(text.stdout.trim().split('\n').pop()!, /^\d+ fichiers vérifiés : \d+ erreurs, \d+ avertissements$/);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const r = cli('check', CLASSE, '--format', 'sarif');
    const sarif = JSON.parse(r.stdout) as { runs: { results: any[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.ok(sarif.runs[0].results.length > 10);
    assert.ok(sarif.runs[0].results.every((x: any) => x.locations[0].physicalLocation.region.startLine >= 1));
  });

  it('prints the class overview as CSV with BOM, semicolons and accents intact', () => {
    const r = cli('classe', CLASSE);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\uFEFF"Fichier";"Nom";"Prénom"'));
    assert.match(r.stdout, /"PETIT";"Inès"/);
    const rows = r.stdout.trim().split(/\r?\n/);
    assert.equal(rows.length, 1 + 12);
  });

  it('ends the CSV with exactly one CRLF after the last row (no empty row in a spreadsheet)', () => {
    const r = cli('classe', CLASSE);
    assert.ok(r.stdout.endsWith('"\r\n'), JSON.stringify(r.stdout.slice(-12)));
    assert.ok(!r.stdout.endsWith('\r\n\n') && !r.stdout.endsWith('\r\n\r\n'));
  });

  it('names each file relative to the class folder that was given, in CSV and JSON', () => {
    const csv = cli('classe', CLASSE).stdout;
    const fileCells = csv.trim().split(/\r\n/).slice(1).map((row) => row.split(';')[0]);
    assert.ok(fileCells.includes('"lea-martin-sisr.sio.yaml"'), fileCells.join(' '));
    assert.ok(fileCells.every((c) => !c.includes(ROOT) && !c.includes('test/fixtures')), fileCells.join(' '));
    const json = JSON.parse(cli('classe', CLASSE, '--format', 'json').stdout) as { rows: { file: string }[] };
    assert.ok(json.rows.some((r) => r.file === 'lea-martin-sisr.sio.yaml'));
    // From another working directory, the same names: they follow the folder, not the cwd.
    const abs = spawnSync(process.execPath, [CLI, 'classe', path.join(ROOT, CLASSE), '--format', 'json'], { cwd: '/', encoding: 'utf8' });
    assert.deepEqual((JSON.parse(abs.stdout) as { rows: { file: string }[] }).rows.map((r) => r.file).sort(), json.rows.map((r) => r.file).sort());
  });

  it('prints the class overview as JSON on request', () => {
    const r = cli('classe', CLASSE, '--format', 'json');
    const overview = JSON.parse(r.stdout);
    assert.equal(overview.rows.length, 12);
    assert.ok(overview.columns.includes('B1.1') && overview.columns.includes('C1.1'));
  });
});
