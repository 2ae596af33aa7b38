/**
 * One worksheet of an .xlsx, read and filled in place. Reading: cell texts (shared or inline
 * strings, a formula's cached value never evaluated, dates by their format), merges, and each
 * cell's background from its own format, else its row's (customFormat), else its column's.
 * Filling: a value is written as an inline string (t="inlineStr": « =1+1 » stays text) keeping
 * the cell's style; rows are inserted as empty copies of a row (style, height, merges). On save
 * only <sheetData> is re-serialised and spliced into the part's own text; when rows were
 * inserted, the ranges and anchors below them are shifted (xlsxShift.ts), nothing else.
 */
import type { Document as XDocument, Element as XElement } from '@xmldom/xmldom';
import { address, boundCell, dateText, type WritableGrid } from './grid';
import { fail, LIMITS } from './limits';
import { els, kids, MAIN, parsePart, relsOf, type SheetHost } from './xlsxParts';
import { shiftComments, shiftDrawing, shiftRefs, shiftSheetOutside, shiftVml, type Shift } from './xlsxShift';
import { sharedFormulaUnsafe, shiftSheetFormulas } from './formulaShift';

type El = XElement;
const xmldom = () => require('@xmldom/xmldom') as typeof import('@xmldom/xmldom');

/** "C12" → [12, 3]. */
export function parseRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

// XML 1.0 has no place for most control characters: a value never carries them into a part.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export class XlsxSheet implements WritableGrid {
  private readonly doc: XDocument;
  private readonly data: El;
  private readonly rowsByNum = new Map<number, El>();
  private readonly cells = new Map<number, Map<number, El>>();
  private merges: Merge[] = [];
  private readonly colStyles: { min: number; max: number; style: number }[] = [];
  private readonly shifts: Shift[] = [];
  private dirty = false;
  private lastRow = 0;
  private lastCol = 0;

  constructor(private readonly book: SheetHost, readonly sheetName: string, private readonly index: number, readonly path: string) {
    this.doc = parsePart(book.entries, path, book.name);
    const data = els(this.doc, 'sheetData')[0];
    if (!data) fail(`« ${book.name} » est endommagé : la feuille « ${sheetName} » n’a pas de cellules (sheetData).`, `“${book.name}” is damaged: sheet “${sheetName}” has no cells (sheetData).`);
    this.data = data;
    this.index_();
    for (const m of els(this.doc, 'mergeCell')) {
      const [a, b] = (m.getAttribute('ref') ?? '').split(':').map(parseRef);
      if (a) this.merges.push({ r1: a[0], c1: a[1], r2: (b ?? a)[0], c2: (b ?? a)[1] });
    }
    for (const c of els(this.doc, 'col')) {
      const style = Number(c.getAttribute('style'));
      if (style) this.colStyles.push({ min: Number(c.getAttribute('min')), max: Number(c.getAttribute('max')), style });
    }
  }

  /** Rows and cells by number; a row or cell without r= follows the previous one (allowed by the standard). */
  private index_(): void {
    this.rowsByNum.clear();
    this.cells.clear();
    this.lastRow = 0;
    this.lastCol = 0;
    let prev = 0;
    for (const row of kids(this.data, 'row')) {
      const r = Number(row.getAttribute('r')) || prev + 1;
      prev = r;
      this.rowsByNum.set(r, row);
      const map = new Map<number, El>();
      let pc = 0;
      for (const c of kids(row, 'c')) {
        const col = parseRef(c.getAttribute('r') ?? '')?.[1] ?? pc + 1;
        pc = col;
        map.set(col, c);
        if (col <= LIMITS.cols && (kids(c).length || c.getAttribute('s'))) this.lastCol = Math.max(this.lastCol, col);
      }
      this.cells.set(r, map);
      this.lastRow = r;
    }
  }

  get rowCount(): number {
    return Math.min(this.lastRow, LIMITS.rows);
  }
  get colCount(): number {
    return this.lastCol;
  }
  get truncated(): boolean {
    for (const [r, map] of this.cells) if (r > LIMITS.rows && [...map.values()].some((c) => kids(c).length)) return true;
    return false;
  }
  get printLastRow(): number | undefined {
    const m = /(\d+)\s*$/.exec(this.book.printArea(this.index)?.textContent ?? '');
    return m ? Number(m[1]) : undefined;
  }

  private coveredGrid?: Uint8Array;
  /** Inside a merge but not its top-left cell: read as empty. One look-up per cell, within the read bounds. */
  private covered(row: number, col: number): boolean {
    if (row > LIMITS.rows || col > LIMITS.cols) return this.merges.some((m) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2 && (row !== m.r1 || col !== m.c1));
    const w = LIMITS.cols + 1;
    if (!this.coveredGrid) {
      const g = new Uint8Array((LIMITS.rows + 1) * w);
      for (const m of this.merges) {
        for (let r = m.r1; r <= Math.min(m.r2, LIMITS.rows); r++) g.fill(1, r * w + m.c1, r * w + Math.min(m.c2, LIMITS.cols) + 1);
      }
      for (const m of this.merges) if (m.r1 <= LIMITS.rows && m.c1 <= LIMITS.cols) g[m.r1 * w + m.c1] = 2;
      this.coveredGrid = g;
    }
    return this.coveredGrid[row * w + col] === 1;
  }

  text(row: number, col: number): string {
    const c = this.cells.get(row)?.get(col);
    if (!c || this.covered(row, col)) return '';
    const t = c.getAttribute('t') ?? 'n';
    const v = kids(c, 'v')[0]?.textContent ?? '';
    let out: string;
    if (t === 's') out = this.book.strings[Number(v)] ?? '';
    else if (t === 'inlineStr') out = kids(c, 'is').map((is) => els(is, 't').filter((x) => (x.parentNode as El).localName !== 'rPh').map((x) => x.textContent ?? '').join('')).join('');
    else if (t === 'd') out = /^\d{4}-\d{2}-\d{2}/.test(v) ? dateText(new Date(`${v.slice(0, 10)}T00:00:00Z`)) : v;
    else if (t === 'n' && v && this.book.formats[Number(c.getAttribute('s') ?? 0)]?.date) out = serialDate(Number(v), this.book.date1904);
    else out = v;
    return boundCell(out, this.sheetName, row, col);
  }

  background(row: number, col: number): string {
    const c = this.cells.get(row)?.get(col);
    const f = this.book.formats;
    if (c?.getAttribute('s')) return f[Number(c.getAttribute('s'))]?.background ?? '';
    const r = this.rowsByNum.get(row);
    if (r && ['1', 'true'].includes(r.getAttribute('customFormat') ?? '')) return f[Number(r.getAttribute('s') ?? 0)]?.background ?? '';
    const cs = this.colStyles.find((x) => col >= x.min && col <= x.max);
    return cs ? f[cs.style]?.background ?? '' : f[0]?.background ?? '';
  }

  filled(row: number, col: number): boolean {
    return this.background(row, col) !== '';
  }

  private el(name: string): El {
    const p = this.data.prefix;
    return this.doc.createElementNS(MAIN, p ? `${p}:${name}` : name);
  }

  private ownRow(row: number): El {
    let r = this.rowsByNum.get(row);
    if (r) return r;
    r = this.el('row');
    r.setAttribute('r', String(row));
    const next = [...this.rowsByNum.keys()].filter((n) => n > row).sort((a, b) => a - b)[0];
    this.data.insertBefore(r, next === undefined ? null : this.rowsByNum.get(next)!);
    this.rowsByNum.set(row, r);
    this.cells.set(row, new Map());
    return r;
  }

  private ownCell(row: number, col: number): El {
    const existing = this.cells.get(row)?.get(col);
    if (existing) return existing;
    const r = this.ownRow(row);
    const c = this.el('c');
    c.setAttribute('r', address(row, col));
    const style = ['1', 'true'].includes(r.getAttribute('customFormat') ?? '') ? r.getAttribute('s') : String(this.colStyles.find((x) => col >= x.min && col <= x.max)?.style ?? '');
    if (style && style !== '0') c.setAttribute('s', style);
    const map = this.cells.get(row)!;
    const next = [...map.keys()].filter((n) => n > col).sort((a, b) => a - b)[0];
    r.insertBefore(c, next === undefined ? null : map.get(next)!);
    map.set(col, c);
    return c;
  }

  set(row: number, col: number, value: string): void {
    const clean = value.replace(INVALID_XML, '');
    const existing = this.cells.get(row)?.get(col);
    if (!existing && !clean) return;
    const c = existing ?? this.ownCell(row, col);
    while (c.firstChild) c.removeChild(c.firstChild);
    c.removeAttribute('t');
    c.removeAttribute('cm');
    c.removeAttribute('vm');
    this.dirty = true;
    if (!clean) return;
    c.setAttribute('t', 'inlineStr');
    const is = this.el('is');
    const t = this.el('t');
    if (/^\s|\s$|\n/.test(clean)) t.setAttribute('xml:space', 'preserve');
    t.appendChild(this.doc.createTextNode(clean));
    is.appendChild(t);
    c.appendChild(is);
  }

  insertRowsAfter(row: number, count: number): void {
    if (count <= 0) return;
    const s: Shift = { after: row, count };
    this.refuseUnsafeSharedFormulas(s);
    const src = this.ownRow(row);
    for (const [n, r] of [...this.rowsByNum].filter(([n]) => n > row).sort((a, b) => b[0] - a[0])) {
      r.setAttribute('r', String(n + count));
      for (const c of kids(r, 'c')) {
        const ref = parseRef(c.getAttribute('r') ?? '');
        if (ref) c.setAttribute('r', address(ref[0] + count, ref[1]));
      }
    }
    const rowMerges = this.merges.filter((m) => m.r1 === row && m.r2 === row);
    this.merges = this.merges.map((m) => ({ ...m, r1: m.r1 > row ? m.r1 + count : m.r1, r2: m.r2 > row ? m.r2 + count : m.r2 }));
    this.coveredGrid = undefined;
    let at = src;
    for (let i = 1; i <= count; i++) {
      const copy = src.cloneNode(true) as El;
      copy.setAttribute('r', String(row + i));
      for (const c of kids(copy, 'c')) {
        while (c.firstChild) c.removeChild(c.firstChild);
        c.removeAttribute('t');
        const ref = parseRef(c.getAttribute('r') ?? '');
        if (ref) c.setAttribute('r', address(row + i, ref[1]));
      }
      this.data.insertBefore(copy, at.nextSibling);
      at = copy;
      for (const m of rowMerges) this.merges.push({ ...m, r1: row + i, r2: row + i });
    }
    this.shifts.push(s);
    this.dirty = true;
    this.index_();
  }

  /**
   * A shared formula across the inserted rows whose relative references point to other rows
   * than its own would be derived wrong below them: refused, saying how to get a template
   * without it (a formula per row is rewritten; a shared one reading its own row is too).
   */
  private refuseUnsafeSharedFormulas(s: Shift): void {
    for (const f of els(this.doc, 'f')) {
      const ref = f.getAttribute('ref');
      if (f.getAttribute('t') !== 'shared' || !ref) continue;
      const [a, b] = ref.split(':').map(parseRef);
      if (!a) continue;
      const [lo, hi] = [a[0], (b ?? a)[0]];
      const master = parseRef((f.parentNode as El | null)?.getAttribute('r') ?? '');
      if (lo <= s.after && hi > s.after && master && sharedFormulaUnsafe(f.textContent ?? '', master[0])) {
        fail(
          `« ${this.book.name} » : la formule partagée ${ref} (« =${(f.textContent ?? '').slice(0, 60)} ») traverse les lignes à ajouter au groupe, et Dossier SIO ne peut pas la réécrire sans risque d’erreur. Ouvrez le modèle dans votre tableur, ajoutez assez de lignes vides au groupe (ou recopiez la formule cellule par cellule) et enregistrez-le.`,
          `“${this.book.name}”: shared formula ${ref} (“=${(f.textContent ?? '').slice(0, 60)}”) spans the rows to insert in the group, and Dossier SIO cannot rewrite it safely. Open the template in your office suite, add enough empty rows to the group (or copy the formula cell by cell) and save it.`
        );
      }
    }
  }

  /** Writes the sheet (and, after insertions, the parts anchored to it) back into the package. */
  commit(): void {
    if (!this.dirty) return;
    const original = this.book.part(this.path)!;
    const open = new RegExp(`<(${this.data.prefix ? this.data.prefix + ':' : ''})sheetData(\\s[^>]*)?(/?)>`).exec(original);
    if (!open) fail(`« ${this.book.name} » : la feuille « ${this.sheetName} » n’a pas pu être réécrite.`, `“${this.book.name}”: sheet “${this.sheetName}” could not be rewritten.`);
    const closeTag = `</${open[1]}sheetData>`;
    const end = open[3] ? open.index + open[0].length : original.indexOf(closeTag, open.index) + closeTag.length;
    let before = original.slice(0, open.index);
    let after = original.slice(end);
    // The serialiser re-declares on <sheetData> the namespaces the part's root already declares: drop those.
    let data = new (xmldom().XMLSerializer)().serializeToString(this.data).replace(/^<[^>]*>/, (tag) =>
      tag.replace(/\s(xmlns(?::[\w.-]+)?="[^"]*")/g, (all, decl: string) => (before.includes(decl) ? '' : all))
    );
    // The filled cells change what the sheet's formulas compute (a count of réalisations): their
    // cached values are dropped, so the spreadsheet computes them on opening instead of showing the template's.
    data = data.replace(/(<\/(?:[\w.-]+:)?f>|<(?:[\w.-]+:)?f\b[^>]*\/>)<((?:[\w.-]+:)?v)>[^<]*<\/\2>/g, '$1');
    for (const s of this.shifts) {
      // Formulas first (their ranges grow or move), then the sheet's other ranges and anchors.
      data = shiftSheetFormulas(data, s, this.sheetName, true);
      before = shiftSheetOutside(shiftSheetFormulas(before, s, this.sheetName, true), s);
      after = shiftSheetOutside(shiftSheetFormulas(after, s, this.sheetName, true), s);
      this.book.shiftDefinedNames(this.sheetName, (refs) => shiftRefs(refs, s));
      this.book.shiftElsewhere(this.path, this.sheetName, this.index, s);
    }
    if (this.shifts.length) after = this.withMerges(after);
    this.book.setPart(this.path, before + data + after);
    if (this.shifts.length) this.shiftAnchoredParts();
  }

  /** The <mergeCells> block rewritten from the merges (shifted, plus those of inserted rows). */
  private withMerges(xml: string): string {
    const m = /<((?:[\w.-]+:)?)mergeCells[\s>][\s\S]*?<\/(?:[\w.-]+:)?mergeCells>/.exec(xml);
    if (!m) return xml;
    const p = m[1];
    const ref = (x: Merge) => `${address(x.r1, x.c1)}:${address(x.r2, x.c2)}`;
    const block = `<${p}mergeCells count="${this.merges.length}">${this.merges.map((x) => `<${p}mergeCell ref="${ref(x)}"/>`).join('')}</${p}mergeCells>`;
    return xml.slice(0, m.index) + block + xml.slice(m.index + m[0].length);
  }

  private shiftAnchoredParts(): void {
    const rels = relsOf(this.book.entries, this.path, this.book.name);
    for (const { target, type } of rels.values()) {
      const text = this.book.part(target);
      if (text === undefined) continue; // a missing part stays missing: nothing to shift
      let out = text;
      for (const s of this.shifts) {
        if (/\/drawing$/.test(type)) out = shiftDrawing(out, s);
        else if (/\/comments$|threadedComment$/.test(type)) out = shiftComments(out, s);
        else if (/\/vmlDrawing$/.test(type)) out = shiftVml(out, s);
      }
      if (out !== text) this.book.setPart(target, out);
    }
  }
}

/** A date serial (1900 system, with its phantom 29/02/1900; or 1904) as JJ/MM/AAAA. */
function serialDate(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return String(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 61 ? 31 : 30);
  return dateText(new Date(base + Math.floor(serial) * 86_400_000));
}
