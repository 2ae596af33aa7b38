/**
 * The spreadsheet export of VS Code for the Web (client/src/browser/tableurWriter.ts), workspace.fs
 * stubbed: the centre's template is taken only inside the workspace folder; it is read through the
 * editor's file system and filled by the browser-safe code (tableurBytes.ts) into a file LibreOffice
 * reads; nothing is written over the dossier, over a file the user keeps, or from a missing or
 * oversized template.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { templateInFolder, writeWebTableur, type WebTableurFs } from '../../../client/src/browser/tableurWriter';
import { initL10n } from '../../../client/src/l10n';
import { tableurBytes } from '../../../server/src/products/tableur/tableurBytes';
import { producerCorpus } from '../../support/producers';
import { csvOf } from '../../support/soffice';
import { loadModel } from '../../support/synthese';

const FOLDER = 'vscode-vfs://github/lea/bts';
const DOSSIER = `${FOLDER}/dossiers/l%C3%A9a-martin.sio.yaml`;

function stubFs(files: Record<string, Uint8Array>): WebTableurFs & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    stat: async (u) => (files[u] ? { type: 1, size: files[u].length } : null),
    readFile: async (u) => files[u],
    writeFile: async (u, b) => {
      written.push(u);
      files[u] = b;
    }
  };
}

describe('VS Code for the Web: the spreadsheet through workspace.fs', function () {
  this.timeout(300_000);
  before(() => initL10n('fr', () => '{}'));
  const never = async () => assert.fail('the user must not be asked');

  it('takes the template setting only inside the workspace folder', () => {
    assert.equal(templateInFolder(FOLDER, 'modèles/tableau centre.xlsx'), `${FOLDER}/mod%C3%A8les/tableau%20centre.xlsx`);
    assert.equal(templateInFolder(`${FOLDER}/`, './a/../modele.ods'), `${FOLDER}/modele.ods`);
    assert.equal(templateInFolder(FOLDER, 'modeles\\centre.xlsx'), `${FOLDER}/modeles/centre.xlsx`);
    for (const outside of ['../autre/modele.xlsx', 'a/../../modele.xlsx', '/home/prof/modele.xlsx', 'C:/modeles/m.xlsx', 'https://exemple.fr/m.xlsx', '', '.']) {
      assert.equal(templateInFolder(FOLDER, outside), null, outside);
    }
  });

  it('fills a centre’s LibreOffice template read through workspace.fs: LibreOffice reads the candidate and the réalisations', async () => {
    const corpus = await producerCorpus();
    const template = `${FOLDER}/mod%C3%A8les/centre.ods`;
    const files: Record<string, Uint8Array> = { [template]: new Uint8Array(readFileSync(corpus.templates['LibreOffice .ods'])) };
    const model = loadModel('typique');
    const out = await writeWebTableur(
      stubFs(files),
      { dossierUri: DOSSIER, templateUri: template, maxTemplateBytes: 20 * 1024 * 1024, confirmReplace: never },
      async (t) => (await tableurBytes(model, 'ods', t)).bytes
    );
    const ods = `${FOLDER}/dossiers/l%C3%A9a-martin.tableau.ods`;
    assert.deepEqual(out, { written: ods });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sio-web-tableur-')), 'lea.tableau.ods');
    writeFileSync(file, files[ods]);
    const csv = csvOf(file);
    assert.ok(model.candidat.nom && csv.toUpperCase().includes(model.candidat.nom.toUpperCase()), `candidat absent : ${csv.slice(0, 300)}`);
    const rows = model.groups.flatMap((g) => g.rows);
    assert.ok(rows.length > 0);
    for (const r of rows) assert.ok(csv.includes(r.intitule.split('\n')[0]), `« ${r.intitule} » absent : ${csv.slice(0, 300)}`);
  });

  it('refuses a missing or oversized template and writes nothing', async () => {
    const fs = stubFs({ [`${FOLDER}/gros.xlsx`]: new Uint8Array(2048) });
    const make = async () => assert.fail('nothing is made');
    const missing = await writeWebTableur(fs, { dossierUri: DOSSIER, templateUri: `${FOLDER}/absent.xlsx`, maxTemplateBytes: 1024, confirmReplace: never }, make);
    assert.deepEqual(missing, { refused: 'Modèle introuvable : absent.xlsx (réglage sio.tableur.modele).' });
    const big = await writeWebTableur(fs, { dossierUri: DOSSIER, templateUri: `${FOLDER}/gros.xlsx`, maxTemplateBytes: 1024, confirmReplace: never }, make);
    assert.match((big as { refused: string }).refused, /^Modèle refusé : gros\.xlsx/);
    assert.deepEqual(fs.written, []);
  });

  it('asks before replacing an existing spreadsheet, and keeps it when the user declines', async () => {
    const xlsx = `${FOLDER}/dossiers/l%C3%A9a-martin.tableau.xlsx`;
    const kept = new Uint8Array([1, 2, 3]);
    const files: Record<string, Uint8Array> = { [xlsx]: kept };
    const asked: string[] = [];
    const out = await writeWebTableur(stubFs(files), { dossierUri: DOSSIER, maxTemplateBytes: 1024, confirmReplace: async (n) => (asked.push(n), false) }, async () =>
      assert.fail('nothing is made')
    );
    assert.deepEqual(out, { cancelled: true });
    assert.deepEqual(asked, ['léa-martin.tableau.xlsx']);
    assert.equal(files[xlsx], kept);
  });
});
