/**
 * One sheet of a spreadsheet as the tableur code sees it, whatever the file format (.xlsx through
 * its XML parts, .ods through its XML, .csv as text): cell texts and backgrounds to read, values to set
 * and rows to insert when filling a template. Rows and columns are 1-based, as in the office
 * suites (A1 = row 1, column 1).
 */
import { fail, LIMITS } from './limits';

export interface Grid {
  readonly sheetName: string;
  /** Last row and column the reader looks at (already bounded, see limits.ts). */
  readonly rowCount: number;
  readonly colCount: number;
  /** Last row of the print area, when the sheet has one: the form ends there (notes below are not rows of the last group). */
  readonly printLastRow?: number;
  /** More rows than the bound: an import refuses rather than silently reading part of it. */
  readonly truncated?: boolean;
  /** The cell's text: a formula's cached value (never evaluated), a date as JJ/MM/AAAA, '' inside a merge. */
  text(row: number, col: number): string;
  /**
   * The cell's background as a comparable key, '' when it has none (no fill, white): how some
   * candidates tick a competence. Compared within a row, never read as a mark on its own.
   */
  background(row: number, col: number): string;
}

export interface WritableGrid extends Grid {
  /** Writes text (always as text: « =… » never becomes a formula), keeping the cell's style. */
  set(row: number, col: number, value: string): void;
  /** Inserts `count` rows after `row`, each a copy of `row`'s style, height and merges, empty. */
  insertRowsAfter(row: number, count: number): void;
}

/** A cell's text within the bound of one cell (limits.ts), or a French message naming the cell. */
export function boundCell(t: string, sheet: string, row: number, col: number): string {
  if (t.length <= LIMITS.cellChars) return t;
  fail(
    `La cellule ${address(row, col)} de « ${sheet} » contient ${t.length.toLocaleString('fr-FR')} caractères (au plus ${LIMITS.cellChars.toLocaleString('fr-FR')}) : ce n’est pas un tableau de synthèse (rien n’a été écrit).`,
    `Cell ${address(row, col)} of “${sheet}” holds ${t.length} characters (at most ${LIMITS.cellChars}): not a tableau de synthèse (nothing written).`
  );
}

/** "A1"-style address, for messages. */
export function address(row: number, col: number): string {
  let c = col;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row}`;
}

/** Comparable form of a label: no accents, no case, single spaces, typographic quotes folded. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, '\'')
    .replace(/œ/gi, 'oe')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** dd/mm/yyyy of a date value (spreadsheets store dates without a time zone: read as UTC). */
export function dateText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
