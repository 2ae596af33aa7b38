/**
 * Issue 24, point 4: `sio-dossier classe --format xlsx|ods` writes text cells, so that a
 * candidate number `02345678901` or a first name `01` keeps its zeros when LibreOffice or Excel
 * opens the file (the CSV lost them); the review's evaluation levels get their columns. Read
 * back by the producers teachers have: LibreOffice headless and openpyxl.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { csvOf, csvRows } from '../../support/soffice';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

describe('sio-dossier classe --format xlsx|ods: a spreadsheet that keeps the data', () => {
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
    dir = mkdtempSync(path.join(tmpdir(), 'sio-classe-office-'));
    const cls = path.join(dir, 'classe');
    execFileSync('mkdir', ['-p', cls]);
    // Written as students write them: a number with its leading zero, a first name « 01 ».
    const lea = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8').replace(/^(  numero:).*$/m, '$1 "02345678901"');
    writeFileSync(path.join(cls, 'lea-martin-sisr.sio.yaml'), lea);
    const hugo = readFileSync(path.join(ROOT, 'examples/hugo-bernard-slam.sio.yaml'), 'utf8').replace(/^(  prenom:).*$/m, '$1 "01"');
    writeFileSync(path.join(cls, 'hugo-bernard-slam.sio.yaml'), hugo);
    // The teacher has started deciding Léa's claims: one retained, one refused, one to review.
    const revue = readFileSync(path.join(ROOT, 'test/fixtures/classe/lea-martin-sisr.revue.yaml'), 'utf8')
      + 'validations:\n  site-bts:\n    B1.3: { decision: refusee, motif: Pas de présence en ligne. }\n    B1.4: retenue\n  glpi:\n    B1.5: a-revoir\n';
    writeFileSync(path.join(cls, 'lea-martin-sisr.revue.yaml'), revue);
  });

  it('xlsx: the number and the first name are text cells with their zeros (openpyxl), levels have columns', () => {
    const r = cli(dir, 'classe', 'classe', '--format', 'xlsx', '-o', 'classe.xlsx');
    assert.equal(r.status, 0, r.stderr);
    const out = execFileSync('/usr/bin/python3', ['-c', `
import json, openpyxl
ws = openpyxl.load_workbook('classe.xlsx').active
head = [c.value for c in ws[1]]
rows = [[(c.value, c.data_type) for c in row] for row in ws.iter_rows(min_row=2)]
print(json.dumps({'head': head, 'rows': rows}))
`], { cwd: dir, encoding: 'utf8' });
    const { head, rows } = JSON.parse(out) as { head: string[]; rows: [unknown, string][][] };
    const col = (h: string) => head.indexOf(h);
    const lea = rows.find((x) => x[col('Nom')][0] === 'MARTIN')!;
    const hugo = rows.find((x) => x[col('Nom')][0] === 'BERNARD')!;
    assert.deepEqual(lea[col('N° candidat')], ['02345678901', 's']);
    assert.deepEqual(hugo[col('Prénom')], ['01', 's']);
    assert.deepEqual(lea[col('Erreurs')][1], 'n', 'counts stay numbers');
    assert.ok(col('Niveau E5 B1.1') > 0, head.join(' | '));
    // The review grades E5 B1.1 « bonne », printed as the épreuve's grid words it.
    assert.match(String(lea[col('Niveau E5 B1.1')][0]), /^Bonne ma[iî]trise$/);
    assert.equal(hugo[col('Niveau E5 B1.1')][0], null, 'no review, no level');
  });

  it('xlsx: decisions per bloc are numbers, each fiche names its réalisation (openpyxl)', () => {
    const r = cli(dir, 'classe', 'classe', '--format', 'xlsx', '-o', 'classe-blocs.xlsx');
    assert.equal(r.status, 0, r.stderr);
    const out = execFileSync('/usr/bin/python3', ['-c', `
import json, openpyxl
ws = openpyxl.load_workbook('classe-blocs.xlsx').active
print(json.dumps({'head': [c.value for c in ws[1]], 'rows': [[(c.value, c.data_type) for c in row] for row in ws.iter_rows(min_row=2)]}))
`], { cwd: dir, encoding: 'utf8' });
    const { head, rows } = JSON.parse(out) as { head: string[]; rows: [unknown, string][][] };
    const col = (h: string) => (assert.ok(head.includes(h), `« ${h} » : ${head.join(' | ')}`), head.indexOf(h));
    const lea = rows.find((x) => x[col('Nom')][0] === 'MARTIN')!;
    assert.deepEqual(['B1 retenues', 'B1 refusées', 'B1 en attente'].map((h) => lea[col(h)]), [[1, 'n'], [1, 'n'], [4, 'n']]);
    assert.equal(lea[col('Fiche 1 réalisation')][0], 'vlan-clinique — Segmentation du réseau de la clinique en VLAN');
    assert.equal(lea[col('Fiche 2 état')][0], 'complète');
  });

  it('ods: LibreOffice reads the same zeros back', () => {
    const r = cli(dir, 'classe', 'classe', '--format', 'ods', '-o', 'classe.ods');
    assert.equal(r.status, 0, r.stderr);
    const rows = csvRows(csvOf(path.join(dir, 'classe.ods')));
    const head = rows[0];
    const lea = rows.find((x) => x[head.indexOf('Nom')] === 'MARTIN')!;
    const hugo = rows.find((x) => x[head.indexOf('Nom')] === 'BERNARD')!;
    assert.equal(lea[head.indexOf('N° candidat')], '02345678901');
    assert.equal(hugo[head.indexOf('Prénom')], '01');
    // The same columns as the CSV and the .xlsx (one table builder).
    assert.equal(lea[head.indexOf('B1 refusées')], '1');
    assert.equal(lea[head.indexOf('Fiche 2 réalisation')], 'supervision — Supervision des serveurs avec Zabbix');
    assert.ok(hugo[head.indexOf('Fiche 1 réalisation')], 'Hugo’s fiche n° 1 is named too');
  });

  it('needs -o with the format’s extension, and never writes over a dossier', () => {
    assert.equal(cli(dir, 'classe', 'classe', '--format', 'xlsx').status, 2);
    assert.equal(cli(dir, 'classe', 'classe', '--format', 'xlsx', '-o', 'classe.ods').status, 2);
    const before = readFileSync(path.join(dir, 'classe/lea-martin-sisr.sio.yaml'));
    const r = cli(dir, 'classe', 'classe', '--format', 'csv', '-o', 'classe/lea-martin-sisr.sio.yaml');
    assert.equal(r.status, 2);
    assert.deepEqual(readFileSync(path.join(dir, 'classe/lea-martin-sisr.sio.yaml')), before);
  });
});
