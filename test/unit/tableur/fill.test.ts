/**
 * `sio-dossier tableur --modele`: the official template (built by scripts/tableur-fixtures.ts
 * from the description of the 2026 form) filled in place — header values after their labels,
 * the option box ticked, each réalisation in its group with its marks, an overflowing group
 * grown inside itself with the template's styles and merges, everything else untouched.
 */
import { strict as assert } from 'node:assert';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { exportTableur } from '../../../server/src/products/tableur/export';
import { templateWorkbook, GROUP_ROWS, LAST_ROW } from '../../../scripts/tableur-fixtures';
import { dossierText, manyReals, modelOf, readXlsx, rowStarting, textOf, tmpDir, writeDossier } from '../../support/tableur';

async function fillTemplate(reals = manyReals(), opts: { template?: Parameters<typeof templateWorkbook>[0]; session?: number } = {}) {
  const dir = tmpDir();
  const template = path.join(dir, 'modele.xlsx');
  await templateWorkbook(opts.template).xlsx.writeFile(template);
  const text = dossierText(reals, { session: opts.session });
  const source = writeDossier(dir, text);
  const outPath = path.join(dir, 'rempli.xlsx');
  const r = await exportTableur({ sourcePath: source, model: modelOf(text), templatePath: template, outPath });
  return { dir, template, outPath, result: r, wb: await readXlsx(outPath), tpl: await readXlsx(template) };
}

const styleOf = (ws: ExcelJS.Worksheet, r: number, c: number) => JSON.stringify(ws.getCell(r, c).style);

describe('tableur: filling the official template', () => {
  let f: Awaited<ReturnType<typeof fillTemplate>>;
  let ws: ExcelJS.Worksheet;
  before(async () => {
    f = await fillTemplate();
    ws = f.wb.worksheets[0];
  });

  it('writes each header value after its label, in the same cell, and ticks the option box', () => {
    assert.equal(textOf(ws, 1, 7), 'SESSION 2026');
    assert.equal(textOf(ws, 3, 1), 'NOM et prénom : MARTIN Léa');
    assert.equal(textOf(ws, 3, 6), 'N° candidat : 02345678901');
    assert.equal(textOf(ws, 4, 1), 'Centre de formation : Lycée Exemple, Rennes');
    assert.equal(textOf(ws, 4, 7), '☒ SISR');
    assert.equal(textOf(ws, 4, 8), '▢ SLAM');
    assert.equal(textOf(ws, 5, 1), 'Adresse URL du portfolio : https://lea.github.io/portfolio');
  });

  it('puts each réalisation in its group, sorted by date, with the period « du JJ/MM/AA au JJ/MM/AA » and X in each mobilised column', () => {
    const stage1 = rowStarting(ws, 'Réalisations en milieu professionnel en cours de première année');
    const stage2 = rowStarting(ws, 'Réalisations en milieu professionnel en cours de seconde année');
    assert.equal(textOf(ws, GROUP_ROWS.formation + 1, 1), 'Réalisation de formation 1');
    assert.equal(textOf(ws, GROUP_ROWS.formation + 15, 1), 'Réalisation de formation 15');
    assert.equal(textOf(ws, GROUP_ROWS.formation + 1, 2), 'du 01/10/24 au 01/11/24');
    assert.deepEqual([3, 4, 5, 6, 7, 8].map((c) => textOf(ws, GROUP_ROWS.formation + 2, c)), ['', 'X', '', '', '', '']);
    assert.equal(textOf(ws, stage1 + 1, 1), 'Sauvegardes de la mairie\nPlan de sauvegarde\nhttps://git.example/sauvegardes');
    // B1.1.5 ticks B1.1 through its sub-competence.
    assert.deepEqual([3, 4, 5, 6, 7, 8].map((c) => textOf(ws, stage1 + 1, c)), ['X', 'X', '', '', '', '']);
    assert.equal(textOf(ws, stage2 + 2, 1), 'Supervision Zabbix');
    assert.deepEqual([3, 4, 5, 6, 7, 8].map((c) => textOf(ws, stage2 + 2, c)), ['', 'X', '', '', '', '']);
  });

  it('grows an overflowing group inside itself: 15 réalisations in 10 rows insert 5 rows that copy the template row', () => {
    assert.equal(f.result.inserted, 5);
    assert.equal(rowStarting(ws, 'Réalisations en milieu professionnel en cours de première année'), GROUP_ROWS['stage-1'] + 5);
    for (const r of [GROUP_ROWS.formation + 11, GROUP_ROWS.formation + 15]) {
      for (const c of [1, 2, 5]) assert.equal(styleOf(ws, r, c), styleOf(f.tpl.worksheets[0], GROUP_ROWS.formation + 10, c), `style of ${r}:${c}`);
      assert.equal(ws.getRow(r).height, 42);
    }
    // The group rows below keep their A:H merge at their new place; the print area follows.
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    for (const g of [GROUP_ROWS['stage-1'], GROUP_ROWS['stage-2']]) assert.ok(merges.includes(`A${g + 5}:H${g + 5}`), `merge of row ${g + 5} in ${merges}`);
    assert.equal(ws.pageSetup.printArea, `A1:H${LAST_ROW + 5}`);
  });

  it('leaves the rest of the template as it was: header styles, merges, widths, print setup, other sheets', () => {
    const tpl = f.tpl.worksheets[0];
    for (let r = 1; r <= 7; r++) for (let c = 1; c <= 8; c++) assert.equal(styleOf(ws, r, c), styleOf(tpl, r, c), `style ${r}:${c}`);
    for (const r of [2, 6, 7]) for (let c = 1; c <= 8; c++) assert.equal(textOf(ws, r, c), textOf(tpl, r, c), `text ${r}:${c}`);
    assert.deepEqual([1, 2, 3, 8].map((c) => ws.getColumn(c).width), [1, 2, 3, 8].map((c) => tpl.getColumn(c).width));
    const tplMerges = (tpl.model as unknown as { merges: string[] }).merges.filter((m) => +m.replace(/^[A-Z]+(\d+).*/, '$1') <= 7);
    for (const m of tplMerges) assert.ok((ws.model as unknown as { merges: string[] }).merges.includes(m), m);
    assert.equal(ws.pageSetup.orientation, 'landscape');
    assert.equal(ws.pageSetup.fitToWidth, 1);
    assert.equal(ws.name, 'Tableau de synthèse Épreuve E5');
    assert.equal(f.wb.worksheets[1].name, 'Consignes');
    assert.equal(textOf(f.wb.worksheets[1], 1, 1), textOf(f.tpl.worksheets[1], 1, 1));
    assert.equal(JSON.stringify(f.wb.worksheets[1].getCell('A1').font), JSON.stringify(f.tpl.worksheets[1].getCell('A1').font));
  });

  it('writes text that starts with « = » as text, never as a formula', async () => {
    const stage1 = rowStarting(ws, 'Réalisations en milieu professionnel en cours de première année');
    assert.equal(ws.getCell(stage1 + 2, 1).value, '=HYPERLINK("http://evil.example","clic")');
    const sheet = new TextDecoder().decode(unzipSync(readFileSync(f.outPath))['xl/worksheets/sheet1.xml']);
    assert.ok(!/<f>/.test(sheet), 'a formula element was written');
  });

  it('never writes over the template itself', async () => {
    const dir = tmpDir();
    const template = path.join(dir, 'modele.xlsx');
    await templateWorkbook().xlsx.writeFile(template);
    const before = readFileSync(template);
    const text = dossierText(manyReals(2));
    await assert.rejects(exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), templatePath: template, outPath: template }), /à la place du modèle/);
    assert.ok(readFileSync(template).equals(before));
  });

  it('accepts the « NOM et prénoms : » variant and keeps the template’s own label', async () => {
    const g = await fillTemplate(manyReals(2), { template: { nomLabel: 'NOM et prénoms : ' } });
    assert.equal(textOf(g.wb.worksheets[0], 3, 1), 'NOM et prénoms : MARTIN Léa');
  });

  it('warns when the template is of another session than the dossier, and writes the dossier’s', async () => {
    const g = await fillTemplate(manyReals(2), { template: { session: 2025 } });
    assert.match(g.result.warnings.map((w) => w.fr).join(' '), /session 2025.*session 2026/);
    assert.equal(textOf(g.wb.worksheets[0], 1, 7), 'SESSION 2026');
  });
});

describe('tableur: a template whose shape changed is refused, nothing written', () => {
  for (const [what, template, expected] of [
    ['a label not found', { drop: 'centre' }, /Centre de formation/],
    ['a group row missing', { drop: 'group-stage-1' }, /première année/],
    ['competence columns in another order', { swapColumns: true }, /dans l’ordre du référentiel/]
  ] as const) {
    it(`${what}: a French message names it`, async () => {
      const dir = tmpDir();
      const tpl = path.join(dir, 'modele.xlsx');
      await templateWorkbook(template).xlsx.writeFile(tpl);
      const text = dossierText(manyReals(2));
      const outPath = path.join(dir, 'rempli.xlsx');
      await assert.rejects(exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), templatePath: tpl, outPath }), (err: Error) => {
        assert.match(err.message, /n’a pas la forme du tableau de synthèse officiel/);
        assert.match(err.message, expected);
        assert.match(err.message, /Rien n’a été écrit/);
        return true;
      });
      assert.equal(existsSync(outPath), false);
    });
  }
});

describe('tableur: without a template', () => {
  it('writes the official layout for the dossier’s session: A4 landscape one page wide, wrapped text, the épreuve and annex of the session', async () => {
    for (const [session, annex] of [[2026, 'Annexe VI-1'], [2025, 'Annexe 8-1']] as const) {
      const dir = tmpDir();
      const text = dossierText(manyReals(3), { session });
      const outPath = path.join(dir, 'sans-modele.xlsx');
      await exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), outPath });
      const ws = (await readXlsx(outPath)).worksheets[0];
      assert.equal(ws.name, 'Tableau de synthèse Épreuve E5');
      assert.equal(textOf(ws, 1, 7), `SESSION ${session}`);
      assert.equal(textOf(ws, 2, 1), 'Tableau de synthèse des réalisations professionnelles');
      assert.deepEqual([ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight], [9, 'landscape', 1, 0]);
      assert.equal(ws.getCell(9, 1).alignment?.wrapText, true);
      assert.equal(ws.headerFooter.oddHeader, `&RÉpreuve E5 — Support et mise à disposition de services informatiques — ${annex}`);
      // Ten blank rows in formation as on the form, three of them filled.
      assert.equal(rowStarting(ws, 'Réalisations en milieu professionnel en cours de première année'), 19);
      assert.equal(textOf(ws, 11, 1), 'Réalisation de formation 3');
      assert.equal(textOf(ws, 12, 1), '');
    }
  });

  it('refuses an MC SNO dossier (it has no official tableau) and an output that is not .xlsx/.ods', async () => {
    const dir = tmpDir();
    const text = dossierText(manyReals(1));
    const model = modelOf(text);
    await assert.rejects(exportTableur({ sourcePath: writeDossier(dir, text), model: { ...model, referentiel: 'mc-sno' }, outPath: path.join(dir, 'x.xlsx') }), /un dossier MC SNO n’en a pas/);
    await assert.rejects(exportTableur({ sourcePath: writeDossier(dir, text), model, outPath: path.join(dir, 'x.csv') }), /doit finir en \.xlsx ou \.ods/);
    await assert.rejects(exportTableur({ sourcePath: writeDossier(dir, text), model, outPath: path.join(dir, 'lea.sio.yaml') }), /doit finir en \.xlsx ou \.ods|à la place du dossier/);
  });
});

describe('tableur: the form ends where the template’s print area ends', () => {
  it('a note under the last group (outside the print area) is neither overwritten nor a row of the group', async () => {
    const dir = tmpDir();
    const template = path.join(dir, 'modele.xlsx');
    const wb = templateWorkbook();
    wb.worksheets[0].getCell(LAST_ROW + 2, 1).value = 'Visa du formateur :';
    await wb.xlsx.writeFile(template);
    const reals = manyReals(1).concat(Array.from({ length: 9 }, (_, i) => ({ id: `z${i}`, intitule: `Stage ${i}`, cadre: 'stage-2' as const, periode: `du 0${i + 1}/02/2026 au 0${i + 1}/03/2026`, competences: ['B1.1'] })));
    const text = dossierText(reals);
    const outPath = path.join(dir, 'rempli.xlsx');
    const r = await exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), templatePath: template, outPath });
    const ws = (await readXlsx(outPath)).worksheets[0];
    // stage-2 has 2 + 9 = 11 réalisations for 7 rows: 4 inserted above the note, which moves down with them.
    assert.equal(r.inserted, 4);
    assert.equal(textOf(ws, LAST_ROW + 4, 1), 'Stage 8');
    assert.equal(textOf(ws, LAST_ROW + 6, 1), 'Visa du formateur :');
  });
});
