/**
 * D1 (issue 27): the deposit archive takes only the student's own files. The hostile folder
 * (test/support/hostileFolder.ts) names attestations by an absolute path, a `../` path, a
 * symbolic link and a hard link leaving the folder, and keeps `lea.tableau.xlsx` as a link to a
 * foreign file: `depot --archive` leaves each out and names it, the checklist counts each as
 * missing with its reason, and no byte of any foreign file is in the archive.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { ATTACKS, hostileFolder, type HostileFolder } from '../support/hostileFolder';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

describe('depot --archive in a hostile student folder', function () {
  this.timeout(60_000);
  let f: HostileFolder;
  let run: { status: number | null; stdout: string; stderr: string };
  let zip: Uint8Array;
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: f.dir, encoding: 'utf8' });

  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js manquant : lancez « npm run build »');
    f = hostileFolder({ exports: true });
    run = cli('depot', 'lea.sio.yaml', '--archive', 'depot/lea.zip');
    zip = new Uint8Array(readFileSync(path.join(f.dir, 'depot/lea.zip')));
  });
  after(() => rmSync(f.root, { recursive: true, force: true }));

  it('holds no byte of any file outside the folder, raw or inflated', () => {
    const entries = unzipSync(zip);
    const all = [Buffer.from(zip).toString('latin1'), ...Object.values(entries).map((b) => Buffer.from(b).toString('latin1'))].join('\n');
    for (const a of ATTACKS) assert.ok(!all.includes(f.foreign[a].marker), `${a}: a foreign file reached the archive`);
    assert.ok(!all.includes('root:x:0:0'), '/etc/passwd reached the archive');
    assert.deepEqual(Object.keys(entries).sort(), ['attestations/Attestation.pdf', 'attestations/attestation-2.pdf', 'lea.pdf', 'manifeste.json']);
  });

  it('leaves out an attestation written as an absolute path, and names it', () => {
    assert.match(run.stdout, new RegExp(`✘ Non archivé : « ${f.foreign.absolu.file.replace(/[/.]/g, '\\$&')} » : chemin hors du dossier \\(chemin absolu\\)`));
  });

  it('leaves out an attestation written with ../, and names it', () => {
    assert.match(run.stdout, /✘ Non archivé : « \.\.\/\.\.\/ailleurs\/secret-parent\.pdf » : chemin hors du dossier \(\.\.\)/);
  });

  it('leaves out an attestation that is a symbolic link leaving the folder, and names it', () => {
    assert.match(run.stdout, /✘ Non archivé : « attestations\/stage-lien\.pdf » : lien symbolique qui sort du dossier de l’élève/);
  });

  it('leaves out an attestation that is a hard link (its other name may be outside), and names it', () => {
    assert.match(run.stdout, /✘ Non archivé : « attestations\/stage-dur\.pdf » : fichier à 2 liens physiques \(lien dur\)/);
  });

  it('leaves out <nom>.tableau.xlsx symlinked to a foreign file, and names it', () => {
    assert.match(run.stdout, /✘ Non archivé : « lea\.tableau\.xlsx » : lien symbolique qui sort du dossier de l’élève/);
  });

  it('is not called ready: exit 1, and the checklist counts each refused attestation as missing with its reason', () => {
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const json = cli('depot', 'lea.sio.yaml', '--format', 'json');
    const [report] = JSON.parse(json.stdout) as { items: { id: string; ok: boolean; detail: string }[] }[];
    const att = report.items.find((i) => i.id === 'attestations')!;
    assert.equal(att.ok, false);
    assert.doesNotMatch(att.detail, /présente\(s\)/);
    for (const org of ['Mairie de Rennes', 'Clinique Saint-Yves', 'Rennes Métropole', 'Lycée Chateaubriand']) assert.match(att.detail, new RegExp(`${org} : fichier « [^»]+ » refusé, `));
    assert.doesNotMatch(att.detail, /CHU de Rennes|Ouest-France/);
    const sheet = report.items.find((i) => i.id === 'tableur')!;
    assert.equal(sheet.ok, false);
    assert.match(sheet.detail, /lea\.tableau\.xlsx refusé : lien symbolique/);
  });

  it('keeps two attestations whose names differ only by case as two entries an extractor on Windows or macOS keeps apart', () => {
    const names = Object.keys(unzipSync(zip));
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
    const entries = unzipSync(zip);
    assert.deepEqual(Buffer.from(entries['attestations/Attestation.pdf']), readFileSync(path.join(f.dir, 'attestations/Attestation.pdf')));
    assert.deepEqual(Buffer.from(entries['attestations/attestation-2.pdf']), readFileSync(path.join(f.dir, 'attestations/attestation.pdf')));
  });

  it('passes --verifier: it writes none of what the verifier refuses (links, special files, lying headers)', () => {
    const v = cli('depot', '--verifier', 'depot/lea.zip');
    assert.equal(v.status, 0, v.stdout + v.stderr);
    assert.match(v.stdout, /archive intacte \(3 fichier\(s\)/);
  });
});
