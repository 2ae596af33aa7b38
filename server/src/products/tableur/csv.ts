/**
 * A tableau exported to CSV (« Enregistrer sous… CSV » of Excel or LibreOffice): cells as text,
 * no backgrounds (a fill-only mark does not survive CSV, which the import says). The separator is
 * the one the first lines use most outside quotes: « ; » from a French Excel, « , » or a tab.
 */
import { LIMITS } from './limits';
import { boundCell, type Grid } from './grid';

function separatorOf(text: string): string {
  const head = text.split(/\r?\n/, 10).join('\n').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, head.split(s).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

export function parseCsv(text: string, name = 'CSV'): { rows: string[][]; truncated: boolean } {
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    // One cell's bound, checked as it grows: a 10 MB intitulé is refused at its cell, not read.
    if (cell.length > LIMITS.cellChars) boundCell(cell, name, rows.length + 1, row.length + 1);
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length > LIMITS.rows) return { rows: rows.slice(0, LIMITS.rows), truncated: true };
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, truncated: false };
}

export function csvGrid(text: string, name: string): Grid {
  const { rows, truncated } = parseCsv(text, name);
  const cols = Math.min(LIMITS.cols, Math.max(0, ...rows.map((r) => r.length)));
  return {
    sheetName: name,
    rowCount: rows.length,
    colCount: cols,
    truncated,
    text: (r, c) => boundCell(rows[r - 1]?.[c - 1] ?? '', name, r, c),
    background: () => ''
  };
}
