/**
 * `sio-dossier` on dossiers holding `{toString: false}` under each enum key: every format of
 * `check` locates the invalid value and still reports the other mistakes; the exports (PDF,
 * preview, class table) are written. Before issue 17 each of these printed only « Erreur /
 * Error: Cannot convert object to primitive value », with no location and no JSON.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { hostileCases } from '../../support/unprintable';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build » / run npm run build first');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.doesNotMatch(r.stderr, /primitive value|    at /, r.stderr);
  return r;
}

interface JsonDiag {
  code: string;
  range: { start: { line: number; character: number } };
}

describe('sio-dossier on values that cannot become text', function () {
  this.timeout(120_000);
  const cases = hostileCases();
  let dir: string;
  const fileOf = (name: string) => path.join(dir, `${name}.sio.yaml`);

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-unprintable-'));
    for (const c of cases) writeFileSync(fileOf(c.name), c.text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check --format json: each file has its invalid value located and its other mistakes', () => {
    const r = cli('check', dir, '--format', 'json');
    assert.equal(r.status, 1, r.stderr);
    const results = JSON.parse(r.stdout) as { file: string; diagnostics: JsonDiag[] }[];
    assert.equal(results.length, cases.length);
    for (const c of cases) {
      const res = results.find((x) => x.file === fileOf(c.name));
      assert.ok(res, c.name);
      assert.ok(res.diagnostics.some((d) => d.code === 'schema-invalid-value' && d.range.start.line === c.line), `${c.name}: ${JSON.stringify(res.diagnostics)}`);
      assert.ok(res.diagnostics.some((d) => d.code === 'competence-unknown'), c.name);
    }
  });

  it('check (text): a compiler-style line at the value for each file', () => {
    const r = cli('check', dir);
    assert.equal(r.status, 1, r.stderr);
    for (const c of cases) {
      const col = c.text.slice(0, c.range[0]).length - c.text.lastIndexOf('\n', c.range[0] - 1);
      assert.ok(r.stdout.includes(`${fileOf(c.name)}:${c.line + 1}:${col} erreur schema-invalid-value`), `${c.name}:\n${r.stdout.slice(0, 2000)}`);
    }
  });

  it('check --format sarif: a result at the value for each file', () => {
    const r = cli('check', dir, '--format', 'sarif');
    assert.equal(r.status, 1, r.stderr);
    const results = JSON.parse(r.stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    for (const c of cases) {
      const at = results.filter((x) => x.ruleId === 'schema-invalid-value' && decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri).endsWith(`${c.name}.sio.yaml`));
      assert.ok(at.some((x) => x.locations[0].physicalLocation.region.startLine === c.line + 1), c.name);
    }
  });

  it('pdf, preview and the class table are written for such a dossier', () => {
    const c = cases.find((x) => x.key === 'cadre')!;
    const pdf = path.join(dir, 'out.pdf');
    assert.equal(cli('pdf', fileOf(c.name), '-o', pdf).status, 0);
    assert.ok(readFileSync(pdf).subarray(0, 5).toString() === '%PDF-' && statSync(pdf).size > 1000);
    const html = path.join(dir, 'out.html');
    assert.equal(cli('preview', fileOf(c.name), '-o', html).status, 0);
    assert.match(readFileSync(html, 'utf8'), /<table/);
    const csv = cli('classe', dir);
    assert.equal(csv.status, 0, csv.stderr);
    assert.equal(csv.stdout.trim().split('\n').length, cases.length + 1);
  });
});
