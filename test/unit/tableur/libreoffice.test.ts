/**
 * A real spreadsheet application reads what we write: LibreOffice headless converts the filled
 * .xlsx and .ods (template filled, and written without a template) to CSV, and the CSV shows the
 * values where the form has them. The .ods template is the twin LibreOffice makes of the
 * fixture script's .xlsx.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { exportTableur } from '../../../server/src/products/tableur/export';
import { templateWorkbook } from '../../../scripts/tableur-fixtures';
import { convert, csvOf, csvRows } from '../../support/soffice';
import { dossierText, manyReals, modelOf, tmpDir, writeDossier } from '../../support/tableur';

const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

/** Style name of every cell of the first `n` rows of the first sheet, repeats expanded (the test's own reading). */
async function cellStyles(file: string, n: number): Promise<string[][]> {
  const xml = new TextDecoder().decode(unzipSync(readFileSync(file))['content.xml']);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const rows: string[][] = [];
  const all = Array.from(doc.getElementsByTagNameNS(TABLE, 'table-row') as unknown as ArrayLike<Element>);
  for (const r of all) {
    const cells: string[] = [];
    for (const c of Array.from(r.childNodes as unknown as ArrayLike<Element>).filter((x) => x.nodeType === 1)) {
      const times = Math.min(8, Number(c.getAttributeNS(TABLE, 'number-columns-repeated')) || 1);
      for (let i = 0; i < times; i++) cells.push(`${c.localName}:${c.getAttributeNS(TABLE, 'style-name') ?? ''}`);
    }
    const times = Math.min(n, Number(r.getAttributeNS(TABLE, 'number-rows-repeated')) || 1);
    for (let i = 0; i < times && rows.length < n; i++) rows.push(cells.slice(0, 8));
    if (rows.length >= n) break;
  }
  return rows;
}

function expectForm(rows: string[][], label: string) {
  const find = (start: string) => rows.findIndex((r) => r[0].startsWith(start));
  assert.ok(rows[0].includes('SESSION 2026'), `${label}: ${rows[0]}`);
  assert.equal(rows[2][0], 'NOM et prénom : MARTIN Léa', label);
  assert.ok(rows[3].includes('☒ SISR') && rows[3].includes('▢ SLAM'), `${label}: ${rows[3]}`);
  const formation = find('Réalisation en cours de formation');
  const stage1 = find('Réalisations en milieu professionnel en cours de première année');
  const stage2 = find('Réalisations en milieu professionnel en cours de seconde année');
  assert.ok(formation > 0 && stage1 > formation && stage2 > stage1, `${label}: groups ${formation} ${stage1} ${stage2}`);
  // Fifteen in formation: the group grew to hold them all, in date order.
  const inFormation = rows.slice(formation + 1, stage1).filter((r) => r[0]);
  assert.deepEqual(inFormation.map((r) => r[0]), Array.from({ length: 15 }, (_, i) => `Réalisation de formation ${i + 1}`), label);
  assert.deepEqual(inFormation[6].slice(1, 8), ['du 07/10/24 au 07/11/24', 'X', '', '', '', '', ''], label);
  assert.equal(rows[stage1 + 1][0], 'Sauvegardes de la mairie\nPlan de sauvegarde\nhttps://git.example/sauvegardes', label);
  assert.deepEqual(rows[stage1 + 1].slice(2, 8), ['X', 'X', '', '', '', ''], label);
  // Read as text by LibreOffice too, not run as a formula.
  assert.equal(rows[stage1 + 2][0], '=HYPERLINK("http://evil.example","clic")', label);
  assert.deepEqual(rows[stage2 + 1].slice(2, 8), ['', '', '', '', 'X', 'X'], label);
}

describe('tableur: LibreOffice reads what we write', function () {
  this.timeout(180_000);
  const text = dossierText(manyReals());
  let dir: string;
  let source: string;
  let xlsxTemplate: string;
  before(async () => {
    dir = tmpDir();
    source = writeDossier(dir, text);
    xlsxTemplate = path.join(dir, 'modele.xlsx');
    await templateWorkbook().xlsx.writeFile(xlsxTemplate);
  });

  it('the filled .xlsx template', async () => {
    const out = path.join(dir, 'rempli.xlsx');
    await exportTableur({ sourcePath: source, model: modelOf(text), templatePath: xlsxTemplate, outPath: out });
    expectForm(csvRows(csvOf(out)), 'xlsx');
  });

  it('the filled .ods twin of the template, the template’s own rows unchanged', async () => {
    const odsTemplate = convert(xlsxTemplate, 'ods');
    const out = path.join(dir, 'rempli.ods');
    await exportTableur({ sourcePath: source, model: modelOf(text), templatePath: odsTemplate, outPath: out });
    const rows = csvRows(csvOf(out));
    expectForm(rows, 'ods');
    const tpl = csvRows(csvOf(odsTemplate));
    for (const r of [1, 5, 6]) assert.deepEqual(rows[r], tpl[r], `row ${r + 1}`);
    // The header rows keep their cell styles and merges (covered cells) where values were written.
    assert.deepEqual(await cellStyles(out, 7), await cellStyles(odsTemplate, 7));
  });

  it('a .xlsx and an .ods written without a template', async () => {
    for (const ext of ['xlsx', 'ods']) {
      const out = path.join(dir, `sans-modele.${ext}`);
      await exportTableur({ sourcePath: source, model: modelOf(text), outPath: out });
      const rows = csvRows(csvOf(out));
      expectForm(rows, ext);
      assert.equal(rows[5][1], 'Période (sous la forme du JJ/MM/AA au JJ/MM/AA)');
      assert.equal(rows[5][2], 'Gérer le patrimoine informatique');
    }
  });
});
