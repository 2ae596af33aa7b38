/**
 * `sio-dossier verifier --corriger`: the unambiguous fixes written into the files, what changed
 * printed, a file without such fixes left exactly as it was (same bytes, same mtime).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(cwd: string, ...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

describe('sio-dossier verifier --corriger', () => {
  let dir: string;
  let dashed: string;
  let clean: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-fix-'));
    dashed = path.join(dir, 'lea.sio.yaml');
    clean = path.join(dir, 'hugo.sio.yaml');
    const lea = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8');
    writeFileSync(dashed, '\ufeff' + lea.replace(/periode: du (\S+) au (\S+)/g, 'periode: $1 - $2'));
    copyFileSync(path.join(ROOT, 'examples/hugo-bernard-slam.sio.yaml'), clean);
    // The files Léa's dossier names (photo, procedure, attestations): without them, document-missing.
    cpSync(path.join(ROOT, 'examples/pieces'), path.join(dir, 'pieces'), { recursive: true });
    cpSync(path.join(ROOT, 'examples/attestations'), path.join(dir, 'attestations'), { recursive: true });
  });

  it('rewrites every « - » period, prints each change, and the check that follows is clean', () => {
    const cleanBefore = statSync(clean).mtimeMs;
    const r = cli(dir, 'verifier', '--corriger', '.');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const changes = r.stdout.split('\n').filter((l) => l.includes(' → '));
    assert.equal(changes.length, 8);
    assert.match(changes[0], /^lea\.sio\.yaml:28:14 « 26\/05\/2025 - 27\/06\/2025 » → « du 26\/05\/2025 au 27\/06\/2025 »$/);
    assert.match(r.stdout, /8 corrections appliquées\n2 fichiers vérifiés : 0 erreur, 0 avertissement/);
    const after = readFileSync(dashed, 'utf8');
    assert.ok(after.startsWith('\ufeff'), 'the BOM the file had is kept');
    assert.doesNotMatch(after, / - \d/);
    assert.equal(statSync(clean).mtimeMs, cleanBefore, 'a dossier without fixes is not rewritten');
    assert.deepEqual(readdirSync(dir).sort(), ['attestations', 'hugo.sio.yaml', 'lea.sio.yaml', 'pieces'], 'no temporary file left');
  });

  it('the English alias `check --fix` does the same; a second run has nothing left to fix', () => {
    assert.equal(cli(dir, 'check', '--fix', '.', '--lang', 'en').status, 0);
    const before = readFileSync(dashed);
    const again = cli(dir, 'check', '--fix', '.', '--lang', 'en');
    assert.match(again.stdout, /^Nothing to fix automatically$/m);
    assert.deepEqual(readFileSync(dashed), before);
  });

  it('with --format json the changes go to stderr and stdout stays JSON', () => {
    const r = cli(dir, 'verifier', '--corriger', '--format', 'json', 'lea.sio.yaml');
    assert.equal(JSON.parse(r.stdout)[0].diagnostics.length, 0);
    assert.match(r.stderr, /8 corrections appliquées/);
  });

  it('refuses --corriger on an export command (exit code 2)', () => {
    assert.equal(cli(dir, 'pdf', 'lea.sio.yaml', '--corriger').status, 2);
  });

  it('fixes a teacher’s review too: each remark whose French « : » broke the YAML gets its quotes', () => {
    const review = path.join(dir, 'lea.revue.yaml');
    writeFileSync(
      review,
      'revue: 1\nrelecteur: M. Dupont\ndate: 2026-11-20\nremarques:\n  - cible: glpi\n    niveau: erreur\n    message: La fin n\'est pas datée : « auj. » ne dit rien\n  - cible: veille\n    message: Sources : au moins deux\n'
    );
    const r = cli(dir, 'verifier', '--corriger', 'lea.revue.yaml');
    assert.match(r.stdout, /^lea\.revue\.yaml:7:14 « La fin n'est pas datée : « auj\. » ne dit rien » → « "La fin n'est pas datée : « auj\. » ne dit rien" »$/m);
    assert.match(r.stdout, /2 corrections appliquées/);
    const after = readFileSync(review, 'utf8');
    assert.ok(after.includes('    message: "Sources : au moins deux"\n'), after);
    assert.doesNotMatch(r.stdout, /yaml-syntax|Syntaxe YAML/);
  });
});
