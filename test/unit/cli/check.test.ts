/**
 * `sio-dossier check` as a teacher or a CI pipeline runs it: the built CLI, its text and JSON
 * output, the line of each mistake, and its exit codes.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build » / run npm run build first');
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('sio-dossier check', () => {
  it('passes the bundled examples with exit code 0 and a summary line', () => {
    const r = cli('check', 'examples/');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout.trim().split('\n').pop()!, /^3 fichiers vérifiés : 0 erreur, 0 avertissement$/);
  });

  it('reports each mistake with its code on the right line, exit code 1', () => {
    const r = cli('check', 'test/fixtures/erreurs/toutes-erreurs.sio.yaml', '--format', 'json');
    assert.equal(r.status, 1);
    const [file] = JSON.parse(r.stdout);
    const at = (code: string) => file.diagnostics.filter((d: { code: string }) => d.code === code).map((d: { range: { start: { line: number } } }) => d.range.start.line + 1);
    assert.deepEqual(at('schema-type'), [6]);
    assert.deepEqual(at('schema-invalid-value'), [7]);
    assert.deepEqual(at('date-format'), [12]);
    assert.deepEqual(at('competence-unknown'), [13]);
    assert.deepEqual(at('realisation-duplicate-id'), [14]);
    assert.deepEqual(at('yaml-comment'), [15]);
    assert.deepEqual(at('date-invalid'), [17]);
    assert.deepEqual(at('competence-none'), [18]);
    assert.deepEqual(at('date-order'), [22]);
    assert.deepEqual(at('competence-duplicate'), [23]);
    assert.deepEqual(at('fiche-count'), [8]);
    assert.ok(at('coverage-bloc').every((l: number) => l === 8) && at('coverage-bloc').length === 4);
    assert.deepEqual(at('portfolio-missing'), [3]);
    const d = file.diagnostics[0];
    assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
    assert.deepEqual(Object.keys(d.range.start).sort(), ['character', 'line']);
  });

  it('prints compiler-style lines, 1-based, in French by default and English on request', () => {
    const fr = cli('check', 'test/fixtures/erreurs/toutes-erreurs.sio.yaml');
    assert.match(fr.stdout, /toutes-erreurs\.sio\.yaml:7:11 erreur schema-invalid-value Valeur « SIRS » non valide/);
    const en = cli('check', 'test/fixtures/erreurs/toutes-erreurs.sio.yaml', '--lang', 'en');
    assert.match(en.stdout, /toutes-erreurs\.sio\.yaml:7:11 error schema-invalid-value Invalid value "SIRS"/);
  });

  it('exits 2 on bad usage, with a French message', () => {
    assert.equal(cli('check').status, 2);
    const missing = cli('check', 'nexiste-pas.sio.yaml');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /introuvable/);
    assert.equal(cli('frobnicate').status, 2);
    assert.equal(cli('check', 'examples/', '--format', 'xml').status, 2);
  });
});

describe('sio-dossier command names', () => {
  it('French names with English aliases, one scheme, all in the help', () => {
    const help = cli('--help').stdout;
    for (const c of ['verifier|check', 'apercu|preview', 'pdf', 'classe|class']) assert.match(help, new RegExp(`sio-dossier ${c.replace('|', '\\|')} `));
    assert.equal(cli('verifier', 'examples/').status, 0);
    assert.equal(cli('vérifier', 'examples/').status, 0);
    assert.equal(cli('check', 'examples/').status, 0);
    assert.deepEqual(cli('class', 'test/fixtures/classe').stdout, cli('classe', 'test/fixtures/classe').stdout);
    const bad = cli('verfier', 'examples/');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Commande inconnue « verfier »/);
  });
});
