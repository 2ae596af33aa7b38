/**
 * .xlsx through ExcelJS (MIT), the maintained reader/writer that keeps a template's styles,
 * borders, merges, column widths and print setup when it is written back. Required on first
 * use only: neither the language server nor `check` pays for it.
 */
import type ExcelJSType from 'exceljs';
import { fail, LIMITS } from './limits';
import { dateText, type WritableGrid } from './grid';

type Workbook = ExcelJSType.Workbook;
type Worksheet = ExcelJSType.Worksheet;
type CellValue = ExcelJSType.CellValue;

export function excel(): typeof ExcelJSType {
  return require('exceljs') as typeof ExcelJSType;
}

/** Text of a cell value: formulas by their cached result (never evaluated), dates as JJ/MM/AAAA. */
export function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return dateText(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if ('formula' in o || 'sharedFormula' in o) return valueText((o.result ?? '') as CellValue);
  if ('text' in o) return valueText(o.text as CellValue);
  if ('error' in o) return String(o.error);
  return '';
}

function isWhite(color: { argb?: string; theme?: number } | undefined): boolean {
  if (!color) return false;
  if (color.argb) return /^(FF|00)?FFFFFF$/i.test(color.argb);
  return color.theme === 0; // lt1, white in every stock theme
}

export class XlsxGrid implements WritableGrid {
  constructor(readonly sheet: Worksheet) {}

  get sheetName(): string {
    return this.sheet.name;
  }
  get rowCount(): number {
    return Math.min(this.sheet.rowCount, LIMITS.rows);
  }
  /** Text beyond the row bound (a stray format far below is not text: it does not count). */
  get truncated(): boolean {
    if (this.sheet.rowCount <= LIMITS.rows) return false;
    let beyond = false;
    this.sheet.eachRow((row, n) => {
      if (n > LIMITS.rows && row.hasValues) beyond = true;
    });
    return beyond;
  }
  get printLastRow(): number | undefined {
    const m = /(\d+)$/.exec(this.sheet.pageSetup.printArea ?? '');
    return m ? Number(m[1]) : undefined;
  }
  get colCount(): number {
    return Math.min(this.sheet.columnCount, LIMITS.cols);
  }

  text(row: number, col: number): string {
    const cell = this.sheet.findCell(row, col);
    if (!cell) return '';
    if (cell.isMerged && cell.master !== cell) return '';
    return valueText(cell.value);
  }

  filled(row: number, col: number): boolean {
    const fill = this.sheet.findCell(row, col)?.fill;
    if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return false;
    return !isWhite(fill.fgColor);
  }

  set(row: number, col: number, value: string): void {
    // A string value is written as a shared string (t="s"): « =1+1 » stays text.
    this.sheet.getCell(row, col).value = value === '' ? null : value;
  }

  insertRowsAfter(row: number, count: number): void {
    if (count <= 0) return;
    const merges = this.mergesInRow(row);
    this.sheet.duplicateRow(row, count, true);
    const cols = this.sheet.columnCount;
    for (let i = 1; i <= count; i++) {
      for (let c = 1; c <= cols; c++) {
        const cell = this.sheet.getCell(row + i, c);
        if (!cell.isMerged) cell.value = null;
      }
      for (const [from, to] of merges) this.sheet.mergeCells(row + i, from, row + i, to);
    }
    this.shiftPrintArea(row, count);
  }

  /** Column spans merged within `row` alone (a réalisation row's intitulé may span two columns). */
  private mergesInRow(row: number): [number, number][] {
    const out: [number, number][] = [];
    const merges = (this.sheet.model as unknown as { merges?: string[] }).merges ?? [];
    for (const ref of merges) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
      if (!m || +m[2] !== row || +m[4] !== row) continue;
      out.push([this.sheet.getColumn(m[1]).number, this.sheet.getColumn(m[3]).number]);
    }
    return out;
  }

  private shiftPrintArea(row: number, count: number): void {
    const area = this.sheet.pageSetup.printArea;
    if (!area) return;
    this.sheet.pageSetup.printArea = area.replace(/^(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?)(\d+)$/, (all, head: string, end: string) =>
      +end >= row ? `${head}${+end + count}` : all
    );
  }
}

export async function loadXlsx(zipBytes: Buffer, name = 'classeur'): Promise<{ workbook: Workbook; grids: XlsxGrid[] }> {
  const workbook = new (excel().Workbook)();
  try {
    await workbook.xlsx.load(zipBytes as unknown as ArrayBuffer);
  } catch (err) {
    fail(`« ${name} » est endommagé ou illisible comme classeur .xlsx (${(err as Error).message}).`, `“${name}” is damaged or unreadable as an .xlsx workbook (${(err as Error).message}).`);
  }
  return { workbook, grids: workbook.worksheets.map((s) => new XlsxGrid(s)) };
}

export async function saveXlsx(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
