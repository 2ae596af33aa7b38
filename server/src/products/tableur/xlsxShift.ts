/**
 * Rows inserted in an .xlsx sheet move what sits below them, exactly: cell references in the
 * sheet's own ranges (dimension, merges, data validations, conditional formats, hyperlinks,
 * row breaks, form-control anchors), in the print area, and in the anchors of the drawings
 * (0-based <xdr:row>), comments (ref="C12") and legacy VML shapes (<x:Row>, <x:Anchor>) the
 * sheet owns. Text-level, on the parts' own bytes: nothing else in them changes.
 */
import { shiftOoxmlFormula, type Shift } from './formulaShift';

export type { Shift };

const move = (row: number, s: Shift) => (row > s.after ? row + s.count : row);

/**
 * « $C$12:H20 B5 » with every row below the insertion moved, and a range that reaches the
 * group's last row from above grown to take the inserted rows in (formulaShift.ts, the same rule
 * as formulas: a validation or a print area over the group covers its new rows).
 */
export function shiftRefs(refs: string, s: Shift): string {
  return shiftOoxmlFormula(refs, s, '', true);
}

/** The sheet's XML outside <sheetData>: attributes ref / sqref, <xm:sqref>, row breaks, control anchors. */
export function shiftSheetOutside(xml: string, s: Shift): string {
  return xml
    .replace(/(\s(?:ref|sqref)=")([^"]*)(")/g, (_a, h: string, v: string, t: string) => h + shiftRefs(v, s) + t)
    .replace(/(<(?:[\w.-]+:)?sqref>)([^<]*)(<)/g, (_a, h: string, v: string, t: string) => h + shiftRefs(v, s) + t)
    .replace(/(<(?:[\w.-]+:)?brk\s[^>]*?\bid=")(\d+)(")/g, (_a, h: string, v: string, t: string) => h + move(Number(v), s) + t)
    .replace(/(<(?:[\w.-]+:)?row(?:\s[^>]*)?>)(\d+)(<\/(?:[\w.-]+:)?row>)/g, (_a, h: string, v: string, t: string) => h + zeroBased(Number(v), s) + t);
}

/** A 0-based row index (drawing and VML anchors): row n+1 in the sheet. */
function zeroBased(n: number, s: Shift): number {
  return n + 1 > s.after ? n + s.count : n;
}

/** A drawing part (xl/drawings/drawingN.xml): <xdr:from>/<xdr:to> rows. */
export function shiftDrawing(xml: string, s: Shift): string {
  return xml.replace(/(<(?:[\w.-]+:)?row(?:\s[^>]*)?>)(\d+)(<\/(?:[\w.-]+:)?row>)/g, (_a, h: string, v: string, t: string) => h + zeroBased(Number(v), s) + t);
}

/** A comments part: <comment ref="C12">; a threaded comments part: ref="C12" too. */
export function shiftComments(xml: string, s: Shift): string {
  return xml.replace(/(\sref=")([^"]*)(")/g, (_a, h: string, v: string, t: string) => h + shiftRefs(v, s) + t);
}

/** A legacy VML part (comments' boxes, form controls): <x:Row>n</x:Row> and <x:Anchor>c,o,r,o,c,o,r,o</x:Anchor>, whatever the prefix. */
export function shiftVml(xml: string, s: Shift): string {
  return xml
    .replace(/(<(?:[\w.-]+:)?Row>\s*)(\d+)(\s*<\/(?:[\w.-]+:)?Row>)/g, (_a, h: string, v: string, t: string) => h + zeroBased(Number(v), s) + t)
    .replace(/(<(?:[\w.-]+:)?Anchor>)([^<]*)(<\/(?:[\w.-]+:)?Anchor>)/g, (_a, h: string, v: string, t: string) => {
      const p = v.split(',').map((x) => x.trim());
      if (p.length !== 8 || p.some((x) => !/^\d+$/.test(x))) return h + v + t;
      p[2] = String(zeroBased(Number(p[2]), s));
      p[6] = String(zeroBased(Number(p[6]), s));
      return h + p.join(', ') + t;
    });
}
