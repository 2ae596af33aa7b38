/**
 * `sio-dossier nouveau`: a Neovim or terminal user gets the same first dossier as the editor's
 * « Nouveau dossier » (core/template.ts), never over an existing file, and `depot` on it says
 * « pas prêt », naming the example values (issue 25's done-when, CLI side).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dossierTemplate, exampleSession } from '../../../server/src/core/template';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function cli(cwd: string, ...args: string[]) {
  assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

describe('sio-dossier nouveau', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'sio-nouveau-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the editor’s template, byte for byte, with the option and session asked', () => {
    const r = cli(dir, 'nouveau', 'camille-martin.sio.yaml', '--option', 'SLAM', '--session', '2027');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Dossier créé : camille-martin\.sio\.yaml \(option SLAM, session 2027\)/);
    assert.equal(readFileSync(path.join(dir, 'camille-martin.sio.yaml'), 'utf8'), dossierTemplate(2027, 'SLAM'));
  });

  it('defaults to SISR and the latest session already over; adds .sio.yaml to a bare name; English alias', () => {
    const r = cli(dir, 'new', 'lea', '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Dossier created: lea\.sio\.yaml \(option SISR/);
    assert.equal(readFileSync(path.join(dir, 'lea.sio.yaml'), 'utf8'), dossierTemplate(exampleSession(new Date()), 'SISR'));
  });

  it('never replaces an existing file: exit 1, a French message, the file unchanged', () => {
    const file = path.join(dir, 'lea.sio.yaml');
    writeFileSync(file, 'mon dossier\n');
    const r = cli(dir, 'nouveau', 'lea.sio.yaml');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /« lea\.sio\.yaml » existe déjà : il n’est pas remplacé/);
    assert.equal(readFileSync(file, 'utf8'), 'mon dossier\n');
  });

  it('refuses a bad option or session with exit 2 and says what is expected', () => {
    const o = cli(dir, 'nouveau', 'a.sio.yaml', '--option', 'SIRS');
    assert.equal(o.status, 2);
    assert.match(o.stderr, /Option inconnue « SIRS » : SISR ou SLAM/);
    const s = cli(dir, 'nouveau', 'a.sio.yaml', '--session', '26');
    assert.equal(s.status, 2);
    assert.match(s.stderr, /Session « 26 » non valide/);
    assert.equal(existsSync(path.join(dir, 'a.sio.yaml')), false);
  });

  it('accepts only the sessions the tool knows, from 2022 to this year + 2, and names that range in French', () => {
    const last = new Date().getFullYear() + 2;
    for (const refused of ['2021', String(last + 1), '2100']) {
      const r = cli(dir, 'nouveau', 'a.sio.yaml', '--session', refused);
      assert.equal(r.status, 2, `${refused}: ${r.stdout}`);
      assert.match(r.stderr, new RegExp(`Session ${refused} non prise en charge : de 2022 à ${last}\\.`));
      assert.match(r.stderr, /numéros d’épreuve du BTS SIO/);
      assert.equal(existsSync(path.join(dir, 'a.sio.yaml')), false, `${refused}: nothing written`);
    }
    const typo = cli(dir, 'nouveau', 'a.sio.yaml', '--session', '2O26');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, new RegExp(`Session « 2O26 » non valide : l’année de l’examen, sur quatre chiffres, de 2022 à ${last}`));
    for (const accepted of [2022, last]) {
      const file = `s${accepted}.sio.yaml`;
      const r = cli(dir, 'nouveau', file, '--session', String(accepted));
      assert.equal(r.status, 0, r.stderr);
      assert.match(readFileSync(path.join(dir, file), 'utf8'), new RegExp(`^session: ${accepted} `, 'm'));
    }
  });

  it('`depot` on the untouched dossier, with attestations, PDF and spreadsheet, says « pas prêt » and names the example values', () => {
    assert.equal(cli(dir, 'nouveau', 'camille.sio.yaml', '--session', '2026').status, 0);
    const file = path.join(dir, 'camille.sio.yaml');
    let n = 0;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(    annee: \d)$/gm, (l) => `${l}\n    attestation: attestations/stage-${++n}.pdf`));
    mkdirSync(path.join(dir, 'attestations'));
    writeFileSync(path.join(dir, 'attestations/stage-1.pdf'), '%PDF-1.4\n');
    writeFileSync(path.join(dir, 'attestations/stage-2.pdf'), '%PDF-1.4\n');
    assert.equal(cli(dir, 'pdf', 'camille.sio.yaml').status, 0);
    assert.equal(cli(dir, 'tableur', 'camille.sio.yaml').status, 0);
    const r = cli(dir, 'depot', 'camille.sio.yaml');
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /^camille\.sio\.yaml : pas prêt pour le dépôt/);
    assert.match(r.stdout, /✘ Numéro de candidat renseigné — « 01234567890 » est le numéro d’exemple du modèle/);
    assert.match(r.stdout, /✘ Portfolio en https, accessible au jury — .*domaine réservé aux exemples/);
    assert.match(r.stdout, /✘ Exemple à remplacer : le nom \(« EXEMPLE »\)/);
    assert.match(r.stdout, /✘ Exemple à remplacer : la réalisation « Déploiement de GLPI pour la gestion du parc du lycée »/);
    assert.match(r.stdout, /✔ Une attestation par stage déclaré/);
    assert.match(r.stdout, /✔ PDF exporté et à jour/);
    assert.match(r.stdout, /✔ Tableur exporté et à jour/);
  });
});
