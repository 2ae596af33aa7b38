/**
 * The class overview as CSV for French spreadsheets (LibreOffice Calc, Excel in a French locale):
 * UTF-8 with a byte-order mark (without it Excel reads accents as Windows-1252), `;` as separator
 * (the French list separator, since `,` is the decimal comma), CRLF line ends and every field in
 * double quotes (RFC 4180, quotes doubled). An unreadable dossier has empty coverage cells. A text cell starting with = + - @ or a tab is prefixed
 * with an apostrophe, so that a student's name cannot run as a spreadsheet formula (CSV injection).
 */
import type { ClassOverview } from './overview';
import { classTable } from './table';
import { valueText } from '../../core/text/valueText';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

function cell(value: string | number | null | undefined, isText = true): string {
  let s = valueText(value);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** `fileLabel`: how « Fichier » shows a row's file (the editor: relative to the class folder, class/relative.ts). */
export function toCsv(overview: ClassOverview, fileLabel: (file: string) => string = (f) => f): string {
  const t = classTable(overview, fileLabel);
  const lines = [t.head.map((h) => cell(h)).join(CSV_SEPARATOR)];
  for (const r of t.rows) lines.push(r.map((v) => cell(v ?? '', typeof v === 'string')).join(CSV_SEPARATOR));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** The overview as JSON (the `--format json` of `sio-dossier class`). */
export function toJson(overview: ClassOverview): string {
  return JSON.stringify(overview, null, 2) + '\n';
}
