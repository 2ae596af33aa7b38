/**
 * `sio-dossier depot` from a terminal: what is missing from an incomplete example (exit 1), a
 * complete dossier ready (exit 0, JSON), and an archive that passes `--verifier` until one byte
 * of one of its files changes.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(cwd: string, ...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

describe('sio-dossier depot', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-depot-'));
    cpSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), path.join(dir, 'lea-martin-sisr.sio.yaml'));
    cpSync(path.join(ROOT, 'examples/attestations'), path.join(dir, 'attestations'), { recursive: true });
    cpSync(path.join(ROOT, 'examples/ines-petit-mc-sno.sio.yaml'), path.join(dir, 'ines-petit-mc-sno.sio.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says exactly what is missing from an incomplete dossier, and exits 1', () => {
    const r = cli(dir, 'depot', 'ines-petit-mc-sno.sio.yaml');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^ines-petit-mc-sno\.sio\.yaml : pas prêt pour le dépôt \(3 point\(s\) à reprendre\)/);
    assert.match(r.stdout, /✘ Numéro de candidat renseigné — candidat\.numero est vide.*\(ines-petit-mc-sno\.sio\.yaml:5\)/);
    assert.match(r.stdout, /✘ Une attestation par stage déclaré.*Office de tourisme de Vannes : champ « attestation » absent/);
    assert.match(r.stdout, /✘ PDF exporté et à jour \(ines-petit-mc-sno\.pdf\) — ines-petit-mc-sno\.pdf absent/);
    assert.match(r.stdout, /✔ Aucune erreur dans le dossier/);
  });

  it('a complete dossier is ready once its PDF and its spreadsheet are exported: exit 0, and JSON lists every item', () => {
    assert.equal(cli(dir, 'depot', 'lea-martin-sisr.sio.yaml').status, 1, 'no PDF yet');
    assert.equal(cli(dir, 'pdf', 'lea-martin-sisr.sio.yaml').status, 0);
    const noSheet = cli(dir, 'depot', 'lea-martin-sisr.sio.yaml');
    assert.equal(noSheet.status, 1, 'no spreadsheet yet');
    assert.match(noSheet.stdout, /✘ Tableur exporté et à jour \(lea-martin-sisr\.tableau\.xlsx\) — lea-martin-sisr\.tableau\.xlsx absent/);
    assert.equal(cli(dir, 'tableur', 'lea-martin-sisr.sio.yaml').status, 0);
    const r = cli(dir, 'depot', 'lea-martin-sisr.sio.yaml', '--format', 'json');
    assert.equal(r.status, 0, r.stdout);
    const [report] = JSON.parse(r.stdout) as { ready: boolean; items: { id: string; ok: boolean; title: string }[] }[];
    assert.equal(report.ready, true);
    assert.ok(report.items.every((i) => i.ok));
    assert.ok(report.items.some((i) => i.id === 'attestations' && i.title.startsWith('Une attestation par stage')));
  });

  it('a class folder exits 1 while one dossier is not ready; English with --lang en', () => {
    const r = cli(dir, 'depot', '.', '--lang', 'en');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /lea-martin-sisr\.sio\.yaml: ready for the deposit/);
    assert.match(r.stdout, /ines-petit-mc-sno\.sio\.yaml: not ready for the deposit/);
  });

  it('a class ends with one summary table in French words; --resume prints only that table', () => {
    const full = cli(dir, 'depot', '.');
    assert.match(full.stdout, /\n\nRésumé de la classe : 1\/2 dossier\(s\) prêt\(s\) pour le dépôt\n/);
    const r = cli(dir, 'depot', '.', '--resume');
    assert.equal(r.status, 1);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'Résumé de la classe : 1/2 dossier(s) prêt(s) pour le dépôt',
      '  Point manquant         Dossiers',
      '  numéro de candidat       1/2',
      '  attestations de stage    1/2',
      '  PDF du dossier           1/2',
      'Prêts : lea-martin-sisr.sio.yaml'
    ]);
    const json = JSON.parse(cli(dir, 'depot', '.', '--resume', '--format', 'json').stdout);
    assert.equal(json.total, 2);
    assert.deepEqual(json.missing.map((m: { id: string; count: number }) => [m.id, m.count]), [['numero', 1], ['attestations', 1], ['pdf', 1]]);
  });

  it('--archive <folder/> over a class writes one archive per ready dossier and says which were skipped, and why', () => {
    const r = cli(dir, 'depot', '.', '--archive', 'depots');
    assert.equal(r.status, 1, 'one dossier skipped');
    assert.ok(existsSync(path.join(dir, 'depots/lea-martin-sisr.depot.zip')));
    assert.ok(!existsSync(path.join(dir, 'depots/ines-petit-mc-sno.depot.zip')), 'no archive for a dossier that is not ready');
    assert.match(r.stdout, /ignoré ines-petit-mc-sno\.sio\.yaml : pas prêt — numéro de candidat, attestations de stage, PDF du dossier/);
    assert.match(r.stdout.trimEnd(), /1 archive\(s\) écrite\(s\) pour 2 dossier\(s\) ; 1 ignoré\(s\) \(pas prêts\)\.$/);
    assert.equal(cli(dir, 'depot', '--verifier', 'depots/lea-martin-sisr.depot.zip').status, 0);
  });

  it('--archive of one dossier that is not ready says so in its last line', () => {
    const r = cli(dir, 'depot', 'ines-petit-mc-sno.sio.yaml', '--archive', 'ines.zip');
    assert.equal(r.status, 1);
    assert.match(r.stdout.trimEnd().split('\n').pop()!, /ATTENTION : ce dossier n’est PAS prêt pour le dépôt/);
    rmSync(path.join(dir, 'ines.zip'));
    rmSync(path.join(dir, 'ines-petit-mc-sno.pdf'), { force: true });
  });

  it('--archive writes a zip that --verifier finds intact, and fails after one byte of one file changes', () => {
    const a = cli(dir, 'depot', 'lea-martin-sisr.sio.yaml', '--archive', 'depot/lea.zip');
    assert.equal(a.status, 0, a.stdout + a.stderr);
    // The PDF, the official spreadsheet and the two attestations de stage.
    assert.match(a.stdout, /Archive écrite : depot\/lea\.zip \(4 fichier\(s\) \+ manifeste\.json/);
    const ok = cli(dir, 'depot', '--verifier', 'depot/lea.zip');
    assert.equal(ok.status, 0, ok.stdout);
    assert.match(ok.stdout, /archive intacte \(4 fichier\(s\)/);
    assert.match(ok.stdout, /✔ lea-martin-sisr\.tableau\.xlsx/);
    const bytes = readFileSync(path.join(dir, 'depot/lea.zip'));
    const at = bytes.indexOf('Clinique Saint-Yves');
    assert.ok(at > 0, 'the attestation is stored as is');
    bytes[at] ^= 1;
    writeFileSync(path.join(dir, 'depot/lea-modifiee.zip'), bytes);
    const bad = cli(dir, 'depot', '--verifier', 'depot/lea-modifiee.zip', '--format', 'json');
    assert.equal(bad.status, 1);
    const out = JSON.parse(bad.stdout) as { ok: boolean; problems: string[] };
    assert.equal(out.ok, false);
    assert.deepEqual(out.problems.map((p) => p.replace(/ \(.*$/, '')), ['Fichier modifié : « attestations/lea-martin-stage-2.pdf »']);
  });

  it('--archive refuses to overwrite a file it did not write, and the dossier itself', () => {
    writeFileSync(path.join(dir, 'notes.zip'), 'mes notes');
    const r = cli(dir, 'depot', 'lea-martin-sisr.sio.yaml', '--archive', 'notes.zip');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /existe et n’est pas une archive de dépôt/);
    assert.equal(readFileSync(path.join(dir, 'notes.zip'), 'utf8'), 'mes notes');
    assert.equal(cli(dir, 'depot', 'lea-martin-sisr.sio.yaml', '--archive', 'lea.txt').status, 2);
  });

  it('bad usage exits 2 with a French message: a file that is not a dossier, an unknown format, a missing archive', () => {
    const notDossier = cli(dir, 'depot', 'notes.zip');
    assert.equal(notDossier.status, 2);
    assert.match(notDossier.stderr, /« notes\.zip » n’est pas un dossier \*\.sio\.yaml/);
    assert.match(cli(dir, 'depot', '.', '--format', 'csv').stderr, /Format inconnu « csv » \(text, json\)/);
    const missing = cli(dir, 'depot', '--verifier', 'absente.zip');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Archive introuvable : absente\.zip/);
  });
});
