import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { toCsv } from '../../../server/src/products/class/csv';
import { classOverview, type ClassOverview } from '../../../server/src/products/class/overview';
import { artifactUri, toSarif, type CheckResult } from '../../../server/src/products/class/sarif';
import { parseDossier } from '../../../server/src/core/parse';
import { validateDossier } from '../../../server/src/core/validate';
import { TextDocument } from 'vscode-languageserver-textdocument';

const FIXTURES = join(__dirname, '../../fixtures/classe');
const NOW = new Date(2026, 2, 1, 12, 0, 0);

function fixtureFiles() {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.sio.yaml'))
    .map((f) => {
      const review = join(FIXTURES, f.replace('.sio.yaml', '.revue.yaml'));
      return { file: `classe/${f}`, text: readFileSync(join(FIXTURES, f), 'utf8'), review: existsSync(review) ? readFileSync(review, 'utf8') : null };
    });
}

describe('class overview', () => {
  const o = classOverview(fixtureFiles(), { now: NOW });
  const row = (nom: string) => o.rows.find((r) => r.nom === nom)!;

  it('has one row per dossier, sorted by name, and the competence columns of BTS SIO then MC SNO', () => {
    assert.equal(o.rows.length, 12);
    assert.deepEqual(o.rows.slice(0, 3).map((r) => r.nom), ['BERNARD', 'DURAND', 'GARCIA <script>alert(1)</script>']);
    assert.deepEqual(o.columns, ['B1.1', 'B1.2', 'B1.3', 'B1.4', 'B1.5', 'B1.6', 'C1.1', 'C1.2', 'C1.3', 'C2.1', 'C2.2', 'C2.3', 'C3.1', 'C3.2', 'C3.3']);
  });

  it('counts réalisations per competence, errors and warnings, fiche status and open remarks', () => {
    const lea = row('MARTIN');
    assert.deepEqual([lea.option, lea.session, lea.realisations, lea.errors, lea.warnings, lea.fiches, lea.remarks], ['SISR', 2026, 6, 0, 0, 'completes', 4]);
    assert.equal(lea.coverage['B1.5'], 2, 'glpi and vlan-clinique');
    const noah = row('DURAND');
    assert.deepEqual([noah.covered, noah.total, noah.errors], [3, 6, 3]);
    assert.equal(noah.coverage['B1.6'], 0);
    assert.equal(row('LEROY').fiches, 'a-revoir');
    assert.equal(row('THOMAS').fiches, 'sans-objet', 'no option: no fiche to check');
    const ines = row('PETIT');
    assert.deepEqual([ines.referentiel, ines.option, ines.fiches, ines.covered, ines.total], ['mc-sno', null, 'sans-objet', 9, 9]);
  });

  it('a file that is not a dossier still gets a row, marked unreadable', () => {
    const bad = classOverview([{ file: 'x.sio.yaml', text: '\u0000binaire' }], { now: NOW });
    assert.equal(bad.rows[0].readable, false);
    assert.equal(bad.rows[0].errors, 1);
  });
});

describe('class overview as CSV for French spreadsheets', () => {
  const o = classOverview(fixtureFiles(), { now: NOW });
  const csv = toCsv(o);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a BOM, separates with « ; », ends lines with CRLF and keeps accents', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(lines[0].split(';')[2], '"Prénom"');
    assert.ok(lines.some((l) => l.includes('"PETIT";"Inès"')));
    assert.equal(lines.length, 12 + 2, 'header, 12 rows, final empty string after the last CRLF');
  });

  it('quotes every field, doubles quotes and keeps « ; » inside a field', () => {
    const zoe = lines.find((l) => l.includes('GARCIA'))!;
    assert.ok(zoe.startsWith('"classe/zoe-garcia-hostile.sio.yaml";"GARCIA <script>alert(1)</script>";'));
    const tricky: ClassOverview = { columns: [], rows: [{ ...o.rows[0], nom: 'A "B"; C', prenom: '=HYPERLINK("http://x")', file: 'f' }] };
    const l = toCsv(tricky).slice(1).split('\r\n')[1];
    assert.ok(l.startsWith('"f";"A ""B""; C";"\'=HYPERLINK(""http://x"")";'), l);
  });

  it('writes coverage as two numbers, not as « 3/6 » that a spreadsheet reads as a date', () => {
    const head = lines[0].split(';');
    const noah = lines.find((l) => l.includes('DURAND'))!.split(';');
    assert.equal(noah[head.indexOf('"Compétences couvertes"')], '"3"');
    assert.equal(noah[head.indexOf('"Compétences à couvrir"')], '"6"');
    assert.equal(noah[head.indexOf('"B1.6"')], '"0"');
    assert.equal(noah[head.indexOf('"C1.1"')], '""', 'MC SNO column empty for a BTS SIO dossier');
  });
});

/** The JSON shape of `sio-dossier check --format json`, built here from the core like the CLI. */
function checkResults(): CheckResult[] {
  return fixtureFiles().map((f) => {
    const doc = TextDocument.create(`file:///x/${f.file}`, 'sio-yaml', 1, f.text);
    const findings = validateDossier(parseDossier(f.text), { now: NOW });
    return {
      file: f.file,
      diagnostics: findings.map((x) => ({
        code: x.code,
        severity: x.severity,
        message: x.message.fr,
        range: { start: doc.positionAt(x.start), end: doc.positionAt(x.end) }
      }))
    };
  });
}

import { sarifValidator } from '../../support/sarif';

describe('SARIF 2.1.0 from check results', () => {
  const results = checkResults();
  const sarif = toSarif(results, { baseDir: '/home/prof/classe' }) as any;
  const validate = sarifValidator();

  it('is valid against the SARIF 2.1.0 JSON schema', () => {
    const ok = validate(sarif);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  });

  it('the validator does reject a broken log (the test can fail)', () => {
    const broken = JSON.parse(JSON.stringify(sarif));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(broken), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
  });

  it('names the tool, one rule per code with a French description, results with 1-based regions', () => {
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'sio-dossier');
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    assert.deepEqual(ids, [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort());
    const unknownKey = run.tool.driver.rules.find((r: any) => r.id === 'schema-unknown-key');
    assert.equal(unknownKey.shortDescription.text, 'Clé inconnue');
    const res = run.results.find((r: any) => r.ruleId === 'schema-unknown-key');
    assert.equal(run.tool.driver.rules[res.ruleIndex].id, 'schema-unknown-key');
    const tom = readFileSync(join(FIXTURES, 'tom-laurent-schema.sio.yaml'), 'utf8').split('\n');
    const line = tom.findIndex((l) => l.includes('lieux:'));
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: line + 1, startColumn: 5, endLine: line + 1, endColumn: 10 });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'classe/tom-laurent-schema.sio.yaml');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(res.level, 'error');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///home/prof/classe/');
    assert.equal(run.results.length, results.reduce((n, r) => n + r.diagnostics.length, 0));
  });

  it('maps severities to SARIF levels and encodes paths as URIs', () => {
    const s = toSarif([{ file: 'C:\\Élèves\\léa martin.sio.yaml', diagnostics: [{ code: 'x', severity: 'information', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, { code: 'y', severity: 2, message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] }]) as any;
    assert.deepEqual(s.runs[0].results.map((r: any) => r.level), ['note', 'warning']);
    assert.equal(s.runs[0].artifacts[0].location.uri, 'file:///C:/%C3%89l%C3%A8ves/l%C3%A9a%20martin.sio.yaml');
    assert.equal(artifactUri('/tmp/a b.sio.yaml').uri, 'file:///tmp/a%20b.sio.yaml');
    assert.ok(validate(s), JSON.stringify(validate.errors));
  });
});
