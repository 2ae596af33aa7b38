/**
 * Row heights of the tableau written without the centre's template (blank.ts). A row without a
 * height is drawn at the default 15 pt by LibreOffice when it opens an .xlsx, so a wrapped
 * intitulé, its documents and the sub-competence headers ran into the next row and were cut
 * (issue 25). Each row gets the height of its tallest text at its column's width: words are
 * wrapped as a spreadsheet does, with a character width that errs on the wide side (a row a
 * little too tall prints; one too short hides text). Proven by printing with LibreOffice
 * (test/unit/tableur/blankPrints.test.ts). Browser-safe: ExcelJS's worksheet only.
 */
import type { Worksheet } from 'exceljs';

/** Excel's column unit is the width of « 0 » in Calibri 11, 7 px; 5 px of cell padding. */
const PX_PER_UNIT = 7;
const PADDING_PX = 5;
/** Average advance of French text in Calibri/Carlito 11 (wide side), regular and bold. */
const CHAR_PX = { regular: 6.1, bold: 6.6 };
/** One line of 11 pt text, and the row's top and bottom margins, in points. */
const LINE_PT = 15;
const MARGIN_PT = 3;
const DEFAULT_PT = 15;

function charPx(ch: string, bold: boolean): number {
  // Capitals, digits and wide letters take more than the average; i, l, ponctuation less.
  if (/[A-ZÀ-ÖØ-Þ0-9mwMWœŒ—]/.test(ch)) return bold ? 9 : 8.2;
  if (/[ilj.,;:'’!|()\s]/.test(ch)) return bold ? 3.6 : 3.2;
  return bold ? CHAR_PX.bold : CHAR_PX.regular;
}

const widthPx = (s: string, bold: boolean) => [...s].reduce((w, ch) => w + charPx(ch, bold), 0);

/** Lines `text` takes in a cell `widthUnits` wide, wrapped between words as a spreadsheet does. */
export function wrappedLines(text: string, widthUnits: number, bold = false): number {
  const avail = Math.max(PX_PER_UNIT, widthUnits * PX_PER_UNIT - PADDING_PX);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const w = widthPx(word, bold);
      const space = used > 0 ? charPx(' ', bold) : 0;
      if (used > 0 && used + space + w > avail) {
        lines++;
        used = 0;
      }
      if (w > avail) {
        // A word wider than the cell breaks where it must.
        lines += Math.ceil(w / avail) - 1;
        used = w % avail;
      } else used += (used > 0 ? space : 0) + w;
    }
  }
  return lines;
}

/** The points a text needs in a cell of that width. */
export function textHeightPt(text: string, widthUnits: number, bold = false): number {
  return text.trim() ? wrappedLines(text, widthUnits, bold) * LINE_PT + MARGIN_PT : DEFAULT_PT;
}

function cellText(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'object' && 'richText' in (value as object)) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(value);
}

/** A cell's text and where it lies: its row and column, and the last of each when merged. */
export interface SizedCell {
  row: number;
  col: number;
  toRow?: number;
  toCol?: number;
  text: string;
  bold?: boolean;
}

/** The height each row needs (points) for its cells at the column `widths` (1-based, in units). */
export function rowHeightsOf(cells: SizedCell[], widths: number[]): Map<number, number> {
  const need = new Map<number, number>();
  const spans: { top: number; bottom: number; pt: number }[] = [];
  for (const c of cells) {
    if (!c.text.trim()) continue;
    let width = 0;
    for (let k = c.col; k <= (c.toCol ?? c.col); k++) width += widths[k] ?? 9;
    const pt = textHeightPt(c.text, width, !!c.bold);
    if ((c.toRow ?? c.row) > c.row) spans.push({ top: c.row, bottom: c.toRow!, pt });
    else need.set(c.row, Math.max(need.get(c.row) ?? DEFAULT_PT, pt));
  }
  // A text over several rows: the last row takes what the others do not give.
  for (const s of spans) {
    let have = 0;
    for (let r = s.top; r <= s.bottom; r++) have += need.get(r) ?? DEFAULT_PT;
    if (have < s.pt) need.set(s.bottom, (need.get(s.bottom) ?? DEFAULT_PT) + s.pt - have);
  }
  for (const [r, pt] of need) need.set(r, Math.ceil(pt));
  return need;
}

/** Sets every row of `ws` from `fromRow` on to the height its tallest cell needs (merges counted). */
export function fitRowHeights(ws: Worksheet, fromRow = 1): void {
  const widths: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths[c] = ws.getColumn(c).width ?? 9;
  // Merged ranges: the master's text spreads over the range's width, and over its rows' heights.
  const ranges = new Map<string, { bottom: number; right: number }>();
  for (const ref of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (m) ranges.set(`${m[2]}:${ws.getColumn(m[1]).number}`, { bottom: +m[4], right: ws.getColumn(m[3]).number });
  }
  const cells: SizedCell[] = [];
  for (let r = fromRow; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const range = ranges.get(`${r}:${c}`);
      cells.push({ row: r, col: c, toRow: range?.bottom, toCol: range?.right, text: cellText(cell.value), bold: !!cell.font?.bold });
    });
  }
  for (const [r, pt] of rowHeightsOf(cells, widths)) ws.getRow(r).height = pt;
}
