/**
 * Builds the spreadsheet fixtures of the tableur tests from the description of the official
 * template (issue 13: the 2026 template as filled public copies show it), with ExcelJS directly
 * and none of the code under test: one sheet « Tableau de synthèse Épreuve E5 », columns A–H,
 * A1:F1 / G1:H1 / A2:H2 titles, A3:E3 « NOM et prénom : », F3:H3 « N° candidat : », A4:E4
 * « Centre de formation : », F4 « Option : », G4 « ▢ SISR », H4 « ▢ SLAM », A5:H5 « Adresse URL du
 * portfolio : », A6/A7 corner, B6:B7 période, C6–H6 competence titles, C7–H7 « ▸… » lines, groups
 * at rows 8 (rows 9–18), 19 (20–26) and 27 (28–34), and a second sheet of instructions.
 *
 * `npx tsx scripts/tableur-fixtures.ts <dossier>` writes them; the tests call the functions.
 * The .ods twins are made from these by LibreOffice headless (test/support/soffice.ts).
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { findReferentiel } from '../server/src/core/referentiel';

export const COMPETENCES = findReferentiel('bts-sio')!.blocs.find((b) => b.id === 'B1')!.competences;
export const GROUP_ROWS = { formation: 8, 'stage-1': 19, 'stage-2': 27 } as const;
export const LAST_ROW = 34;

const thin = { style: 'thin' as const, color: { argb: 'FF1F3864' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export interface TemplateOptions {
  session?: number;
  sheetName?: string;
  nomLabel?: string;
  /** Sabotage for the refusal tests. */
  drop?: 'centre' | 'group-stage-1';
  swapColumns?: boolean;
  /** One column per sub-competence of B1.1 (a variant seen on copies), for the import only. */
  subColumns?: boolean;
}

export function templateWorkbook(o: TemplateOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(o.sheetName ?? 'Tableau de synthèse Épreuve E5', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  });
  const comps = o.swapColumns ? [COMPETENCES[1], COMPETENCES[0], ...COMPETENCES.slice(2)] : COMPETENCES;
  const extra = o.subColumns ? COMPETENCES[0].subCompetences.length - 1 : 0;
  const lastCol = 8 + extra;
  ws.columns = [{ width: 52 }, { width: 18 }, ...Array.from({ length: 6 + extra }, () => ({ width: 17 }))];
  const cell = (r: number, c: number, v: string, style: Partial<ExcelJS.Style> = {}) => {
    const x = ws.getCell(r, c);
    x.value = v;
    x.style = { border: BORDER, alignment: { wrapText: true, vertical: 'top' }, font: { name: 'Arial', size: 9 }, ...style };
    return x;
  };
  const head = { font: { name: 'Arial', size: 9, bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDEEAF6' } } as ExcelJS.Fill };
  const merge = (a: string) => ws.mergeCells(a);
  cell(1, 1, 'BTS SERVICES INFORMATIQUES AUX ORGANISATIONS', { font: { name: 'Arial', size: 12, bold: true } });
  merge(`A1:${col(lastCol - 2)}1`);
  cell(1, lastCol - 1, `SESSION ${o.session ?? 2026}`, { font: { name: 'Arial', size: 12, bold: true } });
  merge(`${col(lastCol - 1)}1:${col(lastCol)}1`);
  cell(2, 1, 'Tableau de synthèse des réalisations professionnelles', { font: { name: 'Arial', size: 11, bold: true }, alignment: { horizontal: 'center' } });
  merge(`A2:${col(lastCol)}2`);
  cell(3, 1, o.nomLabel ?? 'NOM et prénom : ');
  merge(`A3:${col(lastCol - 3)}3`);
  cell(3, lastCol - 2, 'N° candidat : ');
  merge(`${col(lastCol - 2)}3:${col(lastCol)}3`);
  cell(4, 1, o.drop === 'centre' ? 'Établissement : ' : 'Centre de formation : ');
  merge(`A4:${col(lastCol - 3)}4`);
  cell(4, lastCol - 2, 'Option : ');
  cell(4, lastCol - 1, '▢ SISR');
  cell(4, lastCol, '▢ SLAM');
  cell(5, 1, 'Adresse URL du portfolio : ');
  merge(`A5:${col(lastCol)}5`);
  cell(6, 1, 'Compétences mises en œuvre', { ...head, alignment: { horizontal: 'right' } });
  cell(7, 1, 'Réalisations professionnelles (intitulé et liste des documents et productions associés)', head);
  cell(6, 2, 'Période (sous la forme du JJ/MM/AA au JJ/MM/AA)', head);
  merge('B6:B7');
  let c = 3;
  for (const k of comps) {
    if (o.subColumns && k.id === 'B1.1') {
      cell(6, c, k.title, head);
      k.subCompetences.forEach((s, i) => cell(7, c + i, s.title, head));
      merge(`${col(c)}6:${col(c + k.subCompetences.length - 1)}6`);
      c += k.subCompetences.length;
      continue;
    }
    cell(6, c, k.title, head);
    cell(7, c, k.subCompetences.map((s) => `▸${s.title}`).join('\n'), { ...head, font: { name: 'Arial', size: 7 } });
    c++;
  }
  const groups: [number, string, number][] = [
    [GROUP_ROWS.formation, 'Réalisation en cours de formation', 10],
    [GROUP_ROWS['stage-1'], 'Réalisations en milieu professionnel en cours de première année', 7],
    [GROUP_ROWS['stage-2'], 'Réalisations en milieu professionnel en cours de seconde année', 7]
  ];
  for (const [row, title, n] of groups) {
    if (!(o.drop === 'group-stage-1' && row === GROUP_ROWS['stage-1'])) {
      cell(row, 1, title, { font: { name: 'Arial', size: 10, bold: true, italic: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFBDD7EE' } } });
      merge(`A${row}:${col(lastCol)}${row}`);
    }
    for (let r = row + 1; r <= row + n; r++) {
      ws.getRow(r).height = 42;
      for (let k = 1; k <= lastCol; k++) cell(r, k, '', k > 2 ? { alignment: { horizontal: 'center', vertical: 'middle' } } : {});
    }
  }
  ws.pageSetup.printArea = `A1:${col(lastCol)}${LAST_ROW}`;
  const notes = wb.addWorksheet('Consignes');
  notes.getCell('A1').value = 'Une ligne par réalisation ; cochez les compétences mobilisées.';
  notes.getCell('A1').font = { bold: true, color: { argb: 'FFC00000' } };
  notes.getColumn(1).width = 80;
  return wb;
}

export function col(n: number): string {
  return String.fromCharCode(64 + n);
}

/** A filled copy as candidates fill it: every kind of mark, the option three ways, loose periods. */
export interface FilledRow {
  group: keyof typeof GROUP_ROWS;
  a: string;
  b: string | Date;
  /** Column index (3 = first competence) → text mark, or 'fill' for a background alone. */
  marks: Record<number, string>;
}

export function filledWorkbook(opts: { option: string; rows: FilledRow[]; name?: string; template?: TemplateOptions }): ExcelJS.Workbook {
  const wb = templateWorkbook(opts.template);
  const ws = wb.worksheets[0];
  const lastCol = ws.columnCount;
  ws.getCell('A3').value = `NOM et prénom : ${opts.name ?? 'DURAND Noah'}`;
  ws.getCell(3, lastCol - 2).value = 'N° candidat : 02400012345';
  ws.getCell('A4').value = 'Centre de formation : Lycée Jean Moulin';
  ws.getCell('A5').value = 'Adresse URL du portfolio : https://noah-durand.github.io/portfolio';
  if (opts.option) ws.getCell(4, opts.option.includes('SISR') ? lastCol - 1 : lastCol).value = opts.option;
  const used: Record<string, number> = {};
  for (const r of opts.rows) {
    const row = GROUP_ROWS[r.group] + 1 + (used[r.group] = (used[r.group] ?? -1) + 1);
    ws.getCell(row, 1).value = r.a;
    ws.getCell(row, 2).value = r.b;
    for (const [k, m] of Object.entries(r.marks)) {
      const x = ws.getCell(row, Number(k));
      if (m === 'fill') x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
      else if (m.startsWith('=')) x.value = { formula: m.slice(1), result: 'X' } as ExcelJS.CellFormulaValue;
      else x.value = m;
    }
  }
  return wb;
}

/** The filled copy of the import tests: one row per kind of mark and of period. */
export const MARKED_ROWS: FilledRow[] = [
  { group: 'formation', a: 'Installation d’un serveur GLPI\nProductions : procédure d’installation\nhttps://git.example/glpi', b: 'du 16/09/24 au 27/09/24', marks: { 3: 'X', 4: 'x' } },
  { group: 'formation', a: 'Site vitrine du BTS', b: '09/2024 → 06/2026', marks: { 5: '▣', 6: '☒' } },
  { group: 'formation', a: 'Veille technologique', b: new Date(Date.UTC(2025, 2, 3)), marks: { 8: '✓' } },
  { group: 'stage-1', a: 'Sauvegardes de la mairie', b: '02/06/2025 - 20/06/2025', marks: { 3: 'fill', 7: 'fill' } },
  { group: 'stage-2', a: 'VLAN de la clinique', b: 'du 05/01/2026 au 23/01/2026', marks: { 7: 'X', 4: '=IF(1,"X","")', 6: 'partiel' } }
];

if (require.main === module) {
  const dir = process.argv[2] ?? 'test-fixtures-tableur';
  (async () => {
    await templateWorkbook().xlsx.writeFile(path.join(dir, 'modele-2026.xlsx'));
    await filledWorkbook({ option: '☒ SLAM', rows: MARKED_ROWS }).xlsx.writeFile(path.join(dir, 'tableau-rempli.xlsx'));
    console.log(`Fixtures écrites dans ${dir}`);
  })();
}
