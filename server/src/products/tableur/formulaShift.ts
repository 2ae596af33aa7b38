/**
 * Formulas after rows were inserted inside a group of the form, rewritten as a spreadsheet does
 * when rows are inserted inside a range: a reference below the inserted rows moves down by their
 * number; a range that starts above the group's last row and reaches it grows to take them in
 * (a centre's « nombre de réalisations » =NBVAL(B9:B18) counts the new rows too); a reference
 * above, or to another sheet, stays. Absolute ($) or not, as spreadsheets do.
 *
 * Two syntaxes: OOXML (`<f>`, conditional-format and validation formulas: A1, $A$1, A1:B5, 5:9,
 * 'Feuille'!A1) and OpenFormula (.ods `table:formula`: [.A1], [.A1:.B5], [$'Feuille'.A1]).
 * Text inside strings ("…") is never touched. What these rules cannot rewrite is left as a
 * spreadsheet leaves it (INDIRECT("B20") is text; a name is rewritten where it is defined).
 * Pure: no DOM, no Node built-in.
 */

export interface Shift {
  /** Rows after this 1-based row move down … */
  after: number;
  /** … by this many rows. */
  count: number;
}

/** One row, moved if below the inserted rows. */
const moveRow = (row: number, s: Shift) => (row > s.after ? row + s.count : row);

/** A range's rows [r1, r2] after insertion: below moves, across the group's last row grows. */
export function shiftRowRange(r1: number, r2: number, s: Shift): [number, number] {
  const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
  if (lo > s.after) return [lo + s.count, hi + s.count];
  if (lo < s.after && hi >= s.after) return [lo, hi + s.count];
  return [lo, hi];
}

const unquote = (sheet: string) => (sheet.startsWith('\'') ? sheet.slice(1, -1).replace(/''/g, '\'') : sheet);

const CELL = String.raw`(\$?[A-Za-z]{1,3}\$?)(\d+)`;
/** "…" strings, or an optional sheet, then a cell, a cell range or a row range, not inside a name or a function. */
const OOXML_TOKEN = new RegExp(
  String.raw`"(?:[^"]|"")*"|(?<![\w.$\u00C0-\uFFFF])((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(?:${CELL}(?::${CELL})?|(\$?)(\d+):(\$?)(\d+))(?![\w(!\u00C0-\uFFFF])`,
  'g'
);

/**
 * An OOXML formula (unescaped text) with its references to the sheet moved. `ownSheet`: the
 * formula is in the filled sheet (unqualified references are its own); otherwise only references
 * qualified with `sheetName` move.
 */
export function shiftOoxmlFormula(formula: string, s: Shift, sheetName: string, ownSheet: boolean): string {
  return formula.replace(OOXML_TOKEN, (all, sheet: string | undefined, c1?: string, r1?: string, c2?: string, r2?: string, d1?: string, w1?: string, d2?: string, w2?: string) => {
    if (all.startsWith('"')) return all;
    const target = sheet ? unquote(sheet.slice(0, -1)) : undefined;
    if (target === undefined ? !ownSheet : target !== sheetName) return all;
    const lead = sheet ?? '';
    if (c1 !== undefined) {
      if (c2 === undefined) return `${lead}${c1}${moveRow(Number(r1), s)}`;
      const [a, b] = shiftRowRange(Number(r1), Number(r2), s);
      return Number(r1) <= Number(r2) ? `${lead}${c1}${a}:${c2}${b}` : `${lead}${c1}${b}:${c2}${a}`;
    }
    const [a, b] = shiftRowRange(Number(w1), Number(w2), s);
    return `${lead}${d1}${a}:${d2}${b}`;
  });
}

const unescapeXml = (t: string) => t.replace(/&(quot|apos|lt|gt|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_a, n: string, d?: string, h?: string) =>
  d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : ({ quot: '"', apos: '\'', lt: '<', gt: '>', amp: '&' } as Record<string, string>)[n]
);
const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every formula written in a sheet part's text: `<f>` (its `ref` range too, for shared and array
 * formulas), `<formula>`, `<formula1>`, `<formula2>` and `<xm:f>`. Untouched formulas keep their
 * bytes.
 */
export function shiftSheetFormulas(xml: string, s: Shift, sheetName: string, ownSheet: boolean): string {
  return xml.replace(/(<((?:[\w.-]+:)?(?:f|formula[12]?))(\s[^>]*)?>)([^<]*)(<\/\2>)((?:<(?:[\w.-]+:)?v>[^<]*<\/(?:[\w.-]+:)?v>)?)/g, (all, open: string, tag: string, attrs: string | undefined, text: string, close: string, cached: string) => {
    const formula = unescapeXml(text);
    const moved = shiftOoxmlFormula(formula, s, sheetName, ownSheet);
    let head = open;
    if (ownSheet && attrs && /^(?:[\w.-]+:)?f$/.test(tag)) {
      head = open.replace(/(\sref=")([^"]*)(")/, (_a, h: string, v: string, t: string) => h + shiftOoxmlFormula(v, s, sheetName, true) + t);
    }
    if (moved === formula && head === open) return all;
    // A moved formula's cached value is stale: dropped, so the spreadsheet computes it on opening.
    return head + (moved === formula ? text : escapeText(moved)) + close + (moved === formula ? cached : '');
  });
}

/**
 * A shared formula (one written once, derived for each cell of its `ref` range) whose relative
 * references point to another row than its own: once rows are inserted inside its range, the
 * cells below would derive their formula from the moved master and be wrong. Such a formula is
 * refused rather than written wrong.
 */
export function sharedFormulaUnsafe(formula: string, masterRow: number): boolean {
  let unsafe = false;
  formula.replace(OOXML_TOKEN, (all, _sheet, c1?: string, r1?: string, c2?: string, r2?: string, d1?: string, w1?: string, d2?: string, w2?: string) => {
    if (all.startsWith('"')) return all;
    const rel = (col: string | undefined, row: string | undefined) => col !== undefined && row !== undefined && !col.endsWith('$') && Number(row) !== masterRow;
    if (rel(c1, r1) || rel(c2, r2) || (w1 !== undefined && ((!d1 && Number(w1) !== masterRow) || (!d2 && Number(w2) !== masterRow)))) unsafe = true;
    return all;
  });
  return unsafe;
}

/** [.A1], [.A1:.B5], [$'Feuille'.$A$1:.B5]: an OpenFormula reference, with its optional sheet. */
const ODS_REF = /\[([^\]]*)\]/g;
const ODS_CELL = /^(\$?(?:'(?:[^']|'')*'|[^.'[\]:]*))?\.(\$?[A-Za-z]{1,3}\$?)(\d+)$/;

/** A .ods formula (`of:=SUM([.B9:.B18])`): references to the filled sheet moved; strings untouched. */
export function shiftOdsFormula(formula: string, s: Shift, sheetName: string, ownSheet: boolean): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 ? p : p.replace(ODS_REF, (all, inner: string) => `[${shiftOdsRange(inner, s, sheetName, ownSheet) ?? inner}]`))).join('');
}

/** « Feuille.A1:.B5 » (a range address, as in attributes) moved, or undefined when not a cell range. */
export function shiftOdsRange(inner: string, s: Shift, sheetName: string, ownSheet: boolean): string | undefined {
  const ends = inner.split(':');
  if (ends.length > 2) return undefined;
  const cells = ends.map((e) => ODS_CELL.exec(e));
  if (cells.some((c) => !c)) return undefined;
  const sheet = cells[0]![1] ?? '';
  const target = sheet.replace(/^\$/, '');
  if (target === '' ? !ownSheet : unquote(target) !== sheetName) return undefined;
  const rows = cells.map((c) => Number(c![3]));
  const [a, b] = rows.length === 2 ? shiftRowRange(rows[0], rows[1], s) : [moveRow(rows[0], s), 0];
  const out = cells.map((c, i) => `${c![1] ?? ''}.${c![2]}${i === 0 ? (rows.length === 2 && rows[0] > rows[1] ? b : a) : rows[0] > rows[1] ? a : b}`);
  return out.join(':');
}
