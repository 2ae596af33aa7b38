/**
 * Formulas of a centre's template after a group overflowed by 5 rows after its last row 18:
 * rewritten as a spreadsheet inserting rows inside the group would, never inside strings, never
 * pointing to another sheet; a shared formula that cannot be derived right is refused.
 * (The end-to-end case, on every producer's template, is in surgery.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { COMPETENCES } from '../../../scripts/tableur-fixtures';
import { exportTableur } from '../../../server/src/products/tableur/export';
import { handwrittenXlsx } from '../../fixtures/tableur/producers/handwritten';
import { dossierText, manyReals, modelOf, tmpDir, writeDossier } from '../../support/tableur';
import { sharedFormulaUnsafe, shiftOdsFormula, shiftOoxmlFormula, shiftSheetFormulas } from '../../../server/src/products/tableur/formulaShift';

const S = { after: 18, count: 5 };
const own = (f: string) => shiftOoxmlFormula(f, S, 'Tableau', true);
const fromOther = (f: string) => shiftOoxmlFormula(f, S, 'Tableau', false);

describe('tableur: formulas follow the rows inserted in an overflowing group', () => {
  it('a count over the group grows, a reference below moves, one above stays (absolute or not)', () => {
    assert.equal(own('COUNTA(A9:A18)'), 'COUNTA(A9:A23)');
    assert.equal(own('SUM($C$20:$C$34)+B40'), 'SUM($C$25:$C$39)+B45');
    assert.equal(own('A1+B5:B12+SUM(19:20)'), 'A1+B5:B12+SUM(24:25)');
    assert.equal(own('NBVAL(C18:H18)'), 'NBVAL(C18:H18)', 'a row-wise count on the last row stays on it');
  });

  it('never touches strings, function names or other sheets', () => {
    assert.equal(own('LOG10(B19)&"B20"&INDIRECT("B30")'), 'LOG10(B24)&"B20"&INDIRECT("B30")');
    assert.equal(own("Consignes!A30+'Tableau'!A30+A30"), "Consignes!A30+'Tableau'!A35+A35");
  });

  it('in another sheet, only the references to the filled sheet move', () => {
    assert.equal(fromOther("'Tableau'!B39+B39+Tableau!$A$1:$A$34"), "'Tableau'!B44+B39+Tableau!$A$1:$A$39");
  });

  it('in a sheet part: <f>, conditional-format and validation formulas; a moved formula loses its stale cached value', () => {
    const xml = '<c r="B43"><f>COUNTA(B9:B18)&amp;"[B20]"</f><v>3</v></c><c r="B2"><f>A1</f><v>7</v></c><cfRule><formula>$B20=&quot;X&quot;</formula></cfRule><formula1>"X,x"</formula1>';
    assert.equal(shiftSheetFormulas(xml, S, 'Tableau', true), '<c r="B43"><f>COUNTA(B9:B23)&amp;"[B20]"</f></c><c r="B2"><f>A1</f><v>7</v></c><cfRule><formula>$B25="X"</formula></cfRule><formula1>"X,x"</formula1>');
  });

  it('.ods formulas: [.A1] references of the sheet, quoted sheet names, strings left alone', () => {
    assert.equal(shiftOdsFormula('of:=COUNTA([.A9:.A18])+[.B40]&"[.B30]"', S, 'Tableau de synthèse', true), 'of:=COUNTA([.A9:.A23])+[.B45]&"[.B30]"');
    assert.equal(shiftOdsFormula("of:=[$'Tableau de synthèse'.$B$39]+[Consignes.B39]+[.B39]", S, 'Tableau de synthèse', false), "of:=[$'Tableau de synthèse'.$B$44]+[Consignes.B39]+[.B39]");
  });

  it('a shared formula reading its own row is derived right below the rows; one reading other rows is refused', () => {
    assert.equal(sharedFormulaUnsafe('COUNTA(C9:H9)', 9), false);
    assert.equal(sharedFormulaUnsafe('$C$30+C9', 9), false);
    assert.equal(sharedFormulaUnsafe('C30', 9), true);
    assert.equal(sharedFormulaUnsafe('SUM(C$9:C9)', 9), false);
    assert.equal(sharedFormulaUnsafe('SUM(C8:C9)', 9), true);
  });
});

describe('tableur: a shared formula in a centre’s template (as Excel writes a column filled down)', function () {
  this.timeout(120_000);
  const comps = COMPETENCES.map((c) => ({ id: c.id, title: c.title, subs: c.subCompetences.map((x) => x.title) }));

  /** The hand-written Excel-style template with column I holding one shared formula over I9:I34. */
  function withShared(master: string): string {
    const e = unzipSync(handwrittenXlsx(comps, null));
    const sheet = new TextDecoder().decode(e['xl/worksheets/sheet1.xml']).replace(/(<row r="(\d+)"[^>]*>)([\s\S]*?)(<\/row>)/g, (all, open: string, r: string, body: string, close: string) => {
      const n = Number(r);
      if (n < 9 || n > 34) return all;
      return open + body + (n === 9 ? `<c r="I9"><f t="shared" ref="I9:I34" si="0">${master}</f><v>0</v></c>` : `<c r="I${n}"><f t="shared" si="0"/><v>0</v></c>`) + close;
    });
    e['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(sheet);
    const file = path.join(tmpDir(), 'modele-partage.xlsx');
    writeFileSync(file, zipSync(e));
    return file;
  }

  async function fill(template: string) {
    const dir = path.dirname(template);
    const text = dossierText(manyReals(15));
    return exportTableur({ sourcePath: writeDossier(dir, text), model: modelOf(text), templatePath: template, outPath: path.join(dir, 'rempli.xlsx') });
  }

  it('one reading its own row (=COUNTA(C9:H9) filled down) is kept shared, its range grown over the inserted rows', async () => {
    const r = await fill(withShared('COUNTA(C9:H9)'));
    assert.equal(r.inserted, 5);
    const sheet = new TextDecoder().decode(unzipSync(readFileSync(r.outPath))['xl/worksheets/sheet1.xml']);
    assert.match(sheet, /<c r="I9"><f t="shared" ref="I9:I39" si="0">COUNTA\(C9:H9\)<\/f><\/c>/);
  });

  it('one reading other rows (=C30 filled down) would be derived wrong below: refused in French, nothing written', async () => {
    const template = withShared('C30');
    await assert.rejects(fill(template), /la formule partagée I9:I34 \(« =C30 »\) traverse les lignes à ajouter au groupe/);
    assert.deepEqual(readdirSync(path.dirname(template)).filter((n) => n.startsWith('rempli')), []);
  });
});
