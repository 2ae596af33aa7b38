/**
 * The official tableau without the centre's template: the same layout and labels, for the
 * dossier's session (the shape of the 2026 template: title rows, header fields, the corner,
 * période and six competence columns, three groups), printed A4 landscape on one page width,
 * text wrapped. Described once as cells (blankCells), drawn as .xlsx here and as .ods in
 * odsBlank.ts, then filled by the same code as a template (fill.ts).
 */
import type ExcelJSType from 'exceljs';
import type { Bloc } from '../../core/referentiel/types';
import { GROUP_TITLES, OFFICIAL_FORM, sessionLabel, sheetName, tableauEpreuveLine } from '../../core/table/officialForm';
import type { SyntheseModel } from '../../protocol/synthese';
import { excel } from './xlsx';

/** Blank rows per group on the 2026 form (rows 9–18, 20–26, 28–34). */
const BLANK_ROWS = { formation: 10, 'stage-1': 7, 'stage-2': 7 } as const;

export type CellStyle = 'text' | 'label' | 'head' | 'group' | 'tick';
export interface BlankCell {
  row: number;
  col: number;
  value: string;
  style: CellStyle;
  /** Merge to this column / row. */
  toCol?: number;
  toRow?: number;
}
export interface BlankForm {
  sheet: string;
  cells: BlankCell[];
  lastRow: number;
  lastCol: number;
  /** Column widths in characters. */
  widths: number[];
  header: string;
}

export function blankCells(model: SyntheseModel, bloc: Bloc): BlankForm {
  const last = 2 + bloc.competences.length;
  const cells: BlankCell[] = [];
  const put = (row: number, col: number, value: string, style: CellStyle, toCol?: number, toRow?: number) => cells.push({ row, col, value, style, toCol, toRow });
  const L = OFFICIAL_FORM.labels;
  put(1, 1, OFFICIAL_FORM.diplome, 'label', last - 2);
  put(1, last - 1, sessionLabel(model.session), 'label', last);
  put(2, 1, OFFICIAL_FORM.title, 'label', last);
  put(3, 1, L.nom, 'text', last - 3);
  put(3, last - 2, L.numero, 'text', last);
  put(4, 1, L.centre, 'text', last - 3);
  put(4, last - 2, L.option, 'text');
  put(4, last - 1, `${OFFICIAL_FORM.boxEmpty} SISR`, 'text');
  put(4, last, `${OFFICIAL_FORM.boxEmpty} SLAM`, 'text');
  put(5, 1, L.portfolio, 'text', last);
  put(6, 1, OFFICIAL_FORM.corner, 'head');
  put(7, 1, OFFICIAL_FORM.realisationsColumn, 'head');
  put(6, 2, OFFICIAL_FORM.periodeColumn, 'head', undefined, 7);
  bloc.competences.forEach((c, i) => {
    put(6, 3 + i, c.title, 'head');
    put(7, 3 + i, c.subCompetences.map((s) => `${OFFICIAL_FORM.subBullet}${s.title}`).join('\n'), 'head');
  });
  let row = 8;
  for (const cadre of ['formation', 'stage-1', 'stage-2'] as const) {
    put(row, 1, GROUP_TITLES[cadre], 'group', last);
    const n = Math.max(BLANK_ROWS[cadre], model.groups.find((g) => g.cadre === cadre)?.rows.length ?? 0);
    for (let i = 1; i <= n; i++) {
      put(row + i, 1, '', 'text');
      put(row + i, 2, '', 'text');
      for (let col = 3; col <= last; col++) put(row + i, col, '', 'tick');
    }
    row += n + 1;
  }
  return {
    sheet: sheetName(model.epreuve),
    cells,
    lastRow: row - 1,
    lastCol: last,
    widths: [46, 16, ...bloc.competences.map(() => 19)],
    header: tableauEpreuveLine(model.epreuve)
  };
}

const thin = { style: 'thin' as const };
const FILLS: Partial<Record<CellStyle, string>> = { head: 'FFF2F2F2', group: 'FFD9D9D9' };

export function blankWorkbook(model: SyntheseModel, bloc: Bloc): ExcelJSType.Workbook {
  const form = blankCells(model, bloc);
  const wb = new (excel().Workbook)();
  wb.creator = 'Dossier SIO';
  const ws = wb.addWorksheet(form.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } }
  });
  ws.columns = form.widths.map((width) => ({ width }));
  for (const c of form.cells) {
    if ((c.toCol && c.toCol > c.col) || (c.toRow && c.toRow > c.row)) ws.mergeCells(c.row, c.col, c.toRow ?? c.row, c.toCol ?? c.col);
    const cell = ws.getCell(c.row, c.col);
    cell.value = c.value || null;
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: c.style === 'tick' || c.style === 'head' ? 'center' : 'left' };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    if (c.style !== 'text' && c.style !== 'tick') cell.font = { bold: true };
    const fill = FILLS[c.style];
    if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  ws.headerFooter.oddHeader = form.header ? `&R${form.header.replace(/&/g, '&&')}` : '';
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + form.lastCol)}${form.lastRow}`;
  ws.pageSetup.printTitlesRow = '6:7';
  return wb;
}
