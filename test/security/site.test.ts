/**
 * D2 (issue 27): the portfolio site publishes only the student's own files. In the generated
 * hostile folder, `lea.pdf`, `lea.tableau.xlsx` (symbolic links) and `lea.xlsx` (a hard link) —
 * the exports the Tableau page offers — and the attestations and pieces reaching outside are
 * refused and named; no byte of a foreign file is in the site. A file swapped for a link between
 * the check and the copy stops the site rather than publish the link's target.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import * as path from 'node:path';
import { generateSite, SiteError } from '../../server/src/products/site/generate';
import { ATTACKS, hostileFolder, type HostileFolder } from '../support/hostileFolder';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

function treeText(dir: string): string {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    out.push(name, statSync(p).isDirectory() ? treeText(p) : readFileSync(p).toString('latin1'));
  }
  return out.join('\n');
}

describe('sio-dossier site in a hostile student folder', function () {
  this.timeout(60_000);
  let f: HostileFolder;
  let run: { status: number | null; stdout: string; stderr: string };
  let site: string;
  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
    f = hostileFolder({ exports: true });
    run = spawnSync(process.execPath, [CLI, 'site', 'lea.sio.yaml'], { cwd: f.dir, encoding: 'utf8' });
    site = path.join(f.dir, 'lea-site');
  });
  after(() => rmSync(f.root, { recursive: true, force: true }));

  it('publishes no byte of any file outside the folder', () => {
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const all = treeText(site);
    for (const a of ATTACKS) assert.ok(!all.includes(f.foreign[a].marker), `${a}: a foreign file reached the site`);
    assert.deepEqual(readdirSync(path.join(site, 'fichiers/attestations')).sort(), ['Attestation.pdf', 'attestation-2.pdf']);
    assert.equal(existsSync(path.join(site, 'telechargements')), false, 'an export reaching outside was offered for download');
  });

  it('names each refused export: lea.pdf and lea.tableau.xlsx (links outside), lea.xlsx (hard link)', () => {
    const out = run.stdout + run.stderr;
    assert.match(out, /Fichier non publié « lea\.pdf » : lien symbolique qui sort du dossier de l’élève/);
    assert.match(out, /Fichier non publié « lea\.tableau\.xlsx » : lien symbolique qui sort du dossier de l’élève/);
    assert.match(out, /Fichier non publié « lea\.xlsx » : fichier à 2 liens physiques \(lien dur\)/);
  });

  it('names each refused attestation or piece: hard links too', () => {
    const out = run.stdout + run.stderr;
    assert.match(out, /Fichier non publié « attestations\/stage-lien\.pdf » : lien symbolique/);
    assert.match(out, /Fichier non publié « attestations\/stage-dur\.pdf » : fichier à 2 liens physiques/);
    assert.match(out, /Fichier non publié « pieces\/procedure-glpi\.md » : fichier à 2 liens physiques/);
    assert.match(out, /Fichier non publié « \.\.\/\.\.\/ailleurs\/secret-parent\.pdf » : chemin hors du dossier/);
  });

  it('refuses a file swapped for a link between its check and its copy: no site, the previous one kept', async () => {
    const photo = path.join(f.dir, 'pieces/lea-martin.svg');
    const before = treeText(site);
    let swapped = false;
    await assert.rejects(
      generateSite({
        sourcePath: f.dossier,
        sourceText: readFileSync(f.dossier, 'utf8'),
        hooks: {
          // After the marker file, before any copy: the checked photo becomes a link outside.
          afterFile: () => {
            if (swapped) return;
            swapped = true;
            unlinkSync(photo);
            symlinkSync(f.foreign.lien.file, photo);
          }
        }
      }),
      (err: unknown) => err instanceof SiteError && /Site non écrit : « pieces\/lea-martin\.svg » a changé depuis sa vérification/.test(err.text.fr)
    );
    assert.equal(treeText(site), before, 'the previous site changed');
    assert.deepEqual(readdirSync(path.dirname(site)).filter((n) => n.startsWith('.lea-site.')), [], 'a temporary folder was left');
  });
});
