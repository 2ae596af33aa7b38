/**
 * Writing the site on disk: local files copied (and refused when their path or a symbolic
 * link leaves the dossier's folder), the output folder written only when absent, empty or
 * generated before, an interrupted run leaving the previous site whole, and the same bytes
 * for the same dossier.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultSiteDir, generateSite, SiteError } from '../../../server/src/products/site/generate';
import { MARKER } from '../../../server/src/node/siteOutput';
import { NOW, SISR } from '../../support/dossier';

let tmp: string;
let dossier: string;

const DOSSIER = SISR.replace('realisations:', 'profil:\n  photo: { fichier: pieces/moi.svg, alt: Portrait }\n  cv: ../secret.txt\nrealisations:')
  .replace('competences: [B1.1, B1.2, B1.3]\n', 'competences: [B1.1, B1.2, B1.3]\n    documents:\n'
    + '      - { titre: Procédure, fichier: "pieces/procédure glpi #2.txt" }\n'
    + '      - { titre: Lien, fichier: pieces/lien.txt }\n'
    + '      - { titre: Absent, fichier: pieces/absent.pdf }\n'
    + '      - { titre: Système, fichier: /etc/hostname }\n');

function listTree(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? listTree(dir, rel) : [rel];
  }).sort();
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listTree(dir).map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]));
}

const run = (outDir?: string, hooks?: Parameters<typeof generateSite>[0]['hooks']) =>
  generateSite({ sourcePath: dossier, sourceText: readFileSync(dossier, 'utf8'), outDir, now: NOW, hooks });

describe('portfolio site on disk', () => {
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'sio-site-out-'));
    mkdirSync(path.join(tmp, 'eleve', 'pieces'), { recursive: true });
    dossier = path.join(tmp, 'eleve', 'lea.sio.yaml');
    writeFileSync(dossier, DOSSIER);
    writeFileSync(path.join(tmp, 'eleve', 'pieces', 'moi.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(tmp, 'eleve', 'pieces', 'procédure glpi #2.txt'), 'procédure');
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(tmp, 'eleve', 'pieces', 'lien.txt'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes <nom>-site/ next to the dossier, copies the files inside the folder, refuses the others and says why', async () => {
    const r = await run();
    assert.equal(r.outDir, defaultSiteDir(dossier));
    assert.equal(r.outDir, path.join(tmp, 'eleve', 'lea-site'));
    const files = listTree(r.outDir);
    assert.ok(files.includes('fichiers/pieces/moi.svg'));
    assert.ok(files.includes('fichiers/pieces/procédure glpi #2.txt'));
    assert.ok(!files.some((f) => /secret|lien|hostname/.test(f)), files.join('\n'));
    assert.deepEqual(r.copied, ['fichiers/pieces/moi.svg', 'fichiers/pieces/procédure glpi #2.txt']);
    const warnings = r.warnings.map((w) => w.fr).join('\n');
    assert.match(warnings, /« \.\.\/secret\.txt » : chemin hors du dossier/);
    assert.match(warnings, /« \/etc\/hostname » : chemin hors du dossier/);
    assert.match(warnings, /« pieces\/lien\.txt » : lien symbolique qui sort du dossier/);
    assert.match(warnings, /introuvable, non publié : « pieces\/absent\.pdf »/);
    const page = readFileSync(path.join(r.outDir, 'realisation-glpi.html'), 'utf8');
    assert.match(page, /<a href="fichiers\/pieces\/proc%C3%A9dure%20glpi%20%232.txt">Procédure<\/a>/);
    assert.match(page, /Système <span class="not-published">/);
    assert.ok(r.bytes > 10_000);
  });

  it('gives the same bytes on every run', async () => {
    const a = snapshot((await run(path.join(tmp, 'a'))).outDir);
    const b = snapshot((await run(path.join(tmp, 'b'))).outDir);
    assert.deepEqual(a, b);
    await run(path.join(tmp, 'a'));
    assert.deepEqual(snapshot(path.join(tmp, 'a')), a);
  });

  it('never writes over a folder it did not generate, nor into the dossier\'s own folder', async () => {
    const other = path.join(tmp, 'autre');
    mkdirSync(other);
    writeFileSync(path.join(other, 'index.html'), 'mon site fait main');
    await assert.rejects(run(other), (e: SiteError) => /ne viennent pas d’une génération du site \(index\.html\)/.test(e.text.fr));
    assert.equal(readFileSync(path.join(other, 'index.html'), 'utf8'), 'mon site fait main');
    await assert.rejects(run(path.join(tmp, 'eleve')), (e: SiteError) => /contient le dossier SIO lui-même/.test(e.text.fr));
    await assert.rejects(run(tmp), SiteError);
    writeFileSync(path.join(tmp, 'fichier'), 'x');
    await assert.rejects(run(path.join(tmp, 'fichier')), (e: SiteError) => /n’est pas un dossier/.test(e.text.fr));
    // An empty folder is fine, and so is one the generator wrote (its marker).
    mkdirSync(path.join(tmp, 'vide'));
    await run(path.join(tmp, 'vide'));
    assert.ok(listTree(path.join(tmp, 'vide')).includes(MARKER));
  });

  it('replaces a previous site whole: files the new one no longer has disappear', async () => {
    const out = path.join(tmp, 'site');
    await run(out);
    assert.ok(listTree(out).includes('realisation-projet.html'));
    writeFileSync(dossier, DOSSIER.replace('id: projet', 'id: projet-web'));
    await run(out);
    const files = listTree(out);
    assert.ok(files.includes('realisation-projet-web.html'));
    assert.ok(!files.includes('realisation-projet.html'));
  });

  it('an interrupted run leaves the previous site intact and no temporary folder behind', async () => {
    const out = path.join(tmp, 'site');
    await run(out);
    const before = snapshot(out);
    writeFileSync(dossier, DOSSIER.replace('Déploiement de GLPI', 'Déploiement de GLPI, version 2'));
    let n = 0;
    await assert.rejects(run(out, { afterFile: () => { if (++n === 5) throw new Error('coupure'); } }), /coupure/);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(readdirSync(tmp).sort(), ['eleve', 'secret.txt', 'site']);
  });

  it('removes what a killed run left beside the site (marked folders only)', async () => {
    const out = path.join(tmp, 'site');
    await run(out);
    // A run killed after writing its new folder, and one killed between the two renames.
    cpSync(out, path.join(tmp, '.site.nouveau-123-abc'), { recursive: true });
    cpSync(out, path.join(tmp, '.site.ancien-456-def'), { recursive: true });
    mkdirSync(path.join(tmp, '.site.nouveau-789-xyz'));
    writeFileSync(path.join(tmp, '.site.nouveau-789-xyz', 'a-moi.txt'), 'pas au générateur');
    await run(out);
    assert.deepEqual(readdirSync(tmp).sort(), ['.site.nouveau-789-xyz', 'eleve', 'secret.txt', 'site']);
  });

  it('refuses a dossier that does not read as one', async () => {
    writeFileSync(dossier, '\u0000binaire');
    await assert.rejects(run(path.join(tmp, 'x')), (e: SiteError) => /ne se lit pas assez/.test(e.text.fr));
  });
});
