/**
 * .ods through its XML (OpenDocument 1.2, content.xml) with @xmldom/xmldom for the DOM and fflate
 * for the archive (zip.ts), never by hand. Filling rewrites content.xml only; every other part of
 * the package keeps its bytes. Backgrounds come from the automatic and common cell styles
 * (fo:background-color, parents followed), the cell's own style, else its row's or column's default. Repeated rows and cells (number-rows-repeated, LibreOffice's
 * « the other million rows ») are read as runs and split only where a value is written; the
 * million trailing rows of every sheet stay one element.
 */
import type { Element as XElement, Node as XNode } from '@xmldom/xmldom';
import { fail, LIMITS } from './limits';
import { bytesOf, utf8, zipEntries, type Entries } from './zip';
import { boundCell, dateText, type WritableGrid } from './grid';
import { shiftOdsFormula, shiftOdsRange } from './formulaShift';
import { spliceTableRows } from './odsSplice';

export const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  calcext: 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0'
};

/** A run of rows this long is the sheet's empty tail, not part of the form. */
const TAIL_RUN = 500;

type El = XElement;
const xmldom = () => require('@xmldom/xmldom') as typeof import('@xmldom/xmldom');

const kids = (el: El) => Array.from(el.childNodes as unknown as ArrayLike<XNode>).filter((n) => n.nodeType === 1) as El[];
const rep = (el: El, attr: string) => Math.max(1, Number(el.getAttributeNS(NS.table, attr)) || 1);

function cellText(cell: El): string {
  // A date is read from its value, not from its display (« 3/3/2025 » in a US-formatted sheet).
  const date = cell.getAttributeNS(NS.office, 'date-value');
  if (date) return dateText(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  const paras = kids(cell).filter((k) => k.localName === 'p' && k.namespaceURI === NS.text);
  if (paras.length) {
    const walk = (n: XNode): string => {
      if (n.nodeType === 3) return (n as unknown as { data: string }).data;
      if (n.nodeType !== 1) return '';
      const e = n as El;
      if (e.namespaceURI === NS.text && e.localName === 's') return ' '.repeat(Number(e.getAttributeNS(NS.text, 'c')) || 1);
      if (e.namespaceURI === NS.text && e.localName === 'tab') return '\t';
      if (e.namespaceURI === NS.text && e.localName === 'line-break') return '\n';
      if (e.namespaceURI === NS.office && e.localName === 'annotation') return '';
      return Array.from(e.childNodes as unknown as ArrayLike<XNode>).map(walk).join('');
    };
    return paras.map(walk).join('\n');
  }
  // A formula's cached value, or a value without display text: never evaluated.
  return cell.getAttributeNS(NS.office, 'value') || cell.getAttributeNS(NS.office, 'string-value') || '';
}

/** Background colours of the table-cell styles, parents followed. */
function backgrounds(docs: El[]): (name: string) => string {
  const styles = new Map<string, { bg?: string; parent?: string }>();
  for (const root of docs) {
    for (const s of Array.from(root.getElementsByTagNameNS(NS.style, 'style') as unknown as ArrayLike<El>)) {
      if (s.getAttributeNS(NS.style, 'family') !== 'table-cell') continue;
      const props = kids(s).find((k) => k.localName === 'table-cell-properties');
      styles.set(s.getAttributeNS(NS.style, 'name') ?? '', {
        bg: props?.getAttributeNS(NS.fo, 'background-color') || undefined,
        parent: s.getAttributeNS(NS.style, 'parent-style-name') || undefined
      });
    }
  }
  const bgOf = (name: string, depth = 0): string | undefined => {
    const s = styles.get(name);
    if (!s || depth > 10) return undefined;
    return s.bg ?? (s.parent ? bgOf(s.parent, depth + 1) : undefined);
  };
  return (name) => {
    const bg = bgOf(name)?.toLowerCase();
    return !bg || bg === 'transparent' || bg === '#ffffff' ? '' : bg;
  };
}

export class OdsSheet implements WritableGrid {
  private rows: El[] = [];
  truncated = false;
  /** A cell was written (its rows are spliced back on save) … */
  dirty = false;
  /** … rows were inserted (ranges and formulas outside the rows moved: the part is written whole). */
  shifted = false;
  constructor(private readonly table: El, private readonly bgOf: (style: string) => string) {
    this.reindex();
  }

  get sheetName(): string {
    return this.table.getAttributeNS(NS.table, 'name') ?? '';
  }
  get rowCount(): number {
    return this.rows.length;
  }
  get printLastRow(): number | undefined {
    const m = /(\d+)$/.exec(this.table.getAttributeNS(NS.table, 'print-ranges') ?? '');
    return m ? Number(m[1]) : undefined;
  }
  get colCount(): number {
    return Math.min(LIMITS.cols, Math.max(0, ...[...new Set(this.rows)].map((r) => this.cellsOf(r).length)));
  }

  private rowElements(): El[] {
    const out: El[] = [];
    const visit = (el: El) => {
      for (const k of kids(el)) {
        if (k.namespaceURI !== NS.table) continue;
        if (k.localName === 'table-row') out.push(k);
        else if (['table-header-rows', 'table-row-group', 'table-rows'].includes(k.localName ?? '')) visit(k);
      }
    };
    visit(this.table);
    return out;
  }

  private reindex(): void {
    this.rows = [];
    this.truncated = false;
    for (const r of this.rowElements()) {
      const n = rep(r, 'number-rows-repeated');
      if (n >= TAIL_RUN) {
        // The empty tail every sheet has; a long run of rows with text is not a tableau.
        if (kids(r).some((c) => cellText(c) !== '')) this.truncated = true;
        break;
      }
      if (this.rows.length + n > LIMITS.rows) {
        this.truncated = true;
        break;
      }
      for (let i = 0; i < n; i++) this.rows.push(r);
    }
  }

  private cellsOf(row: El): El[] {
    const out: El[] = [];
    for (const c of kids(row)) {
      if (c.namespaceURI !== NS.table || !/^(covered-)?table-cell$/.test(c.localName ?? '')) continue;
      const n = Math.min(rep(c, 'number-columns-repeated'), LIMITS.cols);
      for (let i = 0; i < n && out.length < LIMITS.cols; i++) out.push(c);
    }
    return out;
  }

  private cell(row: number, col: number): El | undefined {
    const r = this.rows[row - 1];
    return r ? this.cellsOf(r)[col - 1] : undefined;
  }

  text(row: number, col: number): string {
    const c = this.cell(row, col);
    return c && c.localName === 'table-cell' ? boundCell(cellText(c), this.sheetName, row, col) : '';
  }

  background(row: number, col: number): string {
    const own = this.cell(row, col)?.getAttributeNS(NS.table, 'style-name');
    if (own) return this.bgOf(own);
    const rowStyle = this.rows[row - 1]?.getAttributeNS(NS.table, 'default-cell-style-name');
    if (rowStyle) return this.bgOf(rowStyle);
    const colStyle = this.columnStyles()[col - 1];
    return colStyle ? this.bgOf(colStyle) : '';
  }

  private colStyleCache?: string[];
  /** Default cell style of each column (table:table-column, repeated runs expanded within the bound). */
  private columnStyles(): string[] {
    if (this.colStyleCache) return this.colStyleCache;
    const out: string[] = [];
    const visit = (el: El) => {
      for (const k of kids(el)) {
        if (k.namespaceURI !== NS.table) continue;
        if (k.localName === 'table-column') {
          const n = Math.min(rep(k, 'number-columns-repeated'), LIMITS.cols);
          for (let i = 0; i < n && out.length < LIMITS.cols; i++) out.push(k.getAttributeNS(NS.table, 'default-cell-style-name') ?? '');
        } else if (['table-columns', 'table-column-group', 'table-header-columns'].includes(k.localName ?? '')) visit(k);
      }
    };
    visit(this.table);
    return (this.colStyleCache = out);
  }

  /** Splits a run so that the element at `index` of `list` stands alone; returns it. */
  private split(list: El[], index: number, attr: string): El {
    const el = list[index];
    const start = list.indexOf(el);
    const n = rep(el, attr);
    const before = index - start;
    const after = n - before - 1;
    const parent = el.parentNode!;
    if (before > 0) {
      const b = el.cloneNode(true) as El;
      b.setAttributeNS(NS.table, `table:${attr}`, String(before));
      parent.insertBefore(b, el);
    }
    if (after > 0) {
      const a = el.cloneNode(true) as El;
      a.setAttributeNS(NS.table, `table:${attr}`, String(after));
      parent.insertBefore(a, el.nextSibling);
    }
    el.removeAttributeNS(NS.table, attr);
    return el;
  }

  private ownRow(row: number): El {
    const el = this.split(this.rows, row - 1, 'number-rows-repeated');
    this.reindex();
    return el;
  }

  set(row: number, col: number, value: string): void {
    const r = this.ownRow(row);
    const cells = this.cellsOf(r);
    if (!cells[col - 1]) {
      const doc = r.ownerDocument!;
      while (this.cellsOf(r).length < col) r.appendChild(doc.createElementNS(NS.table, 'table:table-cell'));
    }
    const c = this.split(this.cellsOf(r), col - 1, 'number-columns-repeated');
    writeText(c, value);
    this.dirty = true;
  }

  insertRowsAfter(row: number, count: number): void {
    const r = this.ownRow(row);
    for (let i = 0; i < count; i++) {
      const copy = r.cloneNode(true) as El;
      for (const c of kids(copy)) if (c.localName === 'table-cell') writeText(c, '');
      r.parentNode!.insertBefore(copy, r.nextSibling);
    }
    this.reindex();
    this.shiftRanges(row, count);
    this.dirty = true;
    this.shifted = true;
  }

  /**
   * Ranges of this sheet written as addresses (print ranges, conditional formats, named and
   * database ranges, validations' base cells, shapes' and controls' end cells) and formulas (cells of every table, conditions)
   * move with the rows inserted above them; a range reaching the group's last row grows
   * (formulaShift.ts).
   */
  private shiftRanges(after: number, count: number): void {
    const s = { after, count };
    const name = this.sheetName;
    const root = this.table.ownerDocument!.documentElement!;
    const cell = String.raw`(?:\$?'(?:[^']|'')*'|[^\s'.:]*)?\.\$?[A-Za-z]{1,3}\$?\d+`;
    const ranges = new RegExp(`${cell}(?::${cell})?`, 'g'); // sheet names may hold spaces: not split on them
    const range = (v: string) => v.replace(ranges, (r) => shiftOdsRange(r, s, name, true) ?? r);
    const walk = (el: El, inTable: boolean) => {
      const here = inTable || el === this.table;
      for (const a of Array.from(el.attributes as unknown as ArrayLike<{ localName: string; namespaceURI: string | null; name: string; value: string }>)) {
        let v = a.value;
        if (/(range-address|print-ranges|base-cell-address|end-cell-address)$/.test(a.localName)) v = range(a.value);
        else if (a.localName === 'formula' || a.localName === 'condition' || (a.localName === 'value' && a.namespaceURI === NS.calcext)) v = shiftOdsFormula(a.value, s, name, here);
        if (v !== a.value) el.setAttributeNS(a.namespaceURI, a.name, v);
      }
      for (const k of kids(el)) walk(k, here);
    };
    walk(root, false);
  }
}

/** Text as text: the value type is string and no table:formula is kept, whatever it starts with. */
function writeText(cell: El, value: string): void {
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  for (const [ns, a] of [[NS.office, 'value-type'], [NS.office, 'value'], [NS.office, 'date-value'], [NS.office, 'time-value'], [NS.office, 'boolean-value'], [NS.office, 'string-value'], [NS.table, 'formula'], [NS.calcext, 'value-type']]) {
    cell.removeAttributeNS(ns, a);
  }
  if (!value) return;
  cell.setAttributeNS(NS.office, 'office:value-type', 'string');
  cell.setAttributeNS(NS.calcext, 'calcext:value-type', 'string');
  const doc = cell.ownerDocument!;
  for (const line of value.split('\n')) {
    const p = doc.createElementNS(NS.text, 'text:p');
    p.appendChild(doc.createTextNode(line));
    cell.appendChild(p);
  }
}

export interface OdsBook {
  grids: OdsSheet[];
  save(): Uint8Array;
}

export function loadOds(entries: Entries): OdsBook {
  const { DOMParser, XMLSerializer } = xmldom();
  const parse = (name: string) => {
    const xml = entries.get(name);
    if (!xml) return null;
    try {
      return new DOMParser({ onError: () => undefined }).parseFromString(utf8(xml), 'text/xml');
    } catch {
      return null;
    }
  };
  const content = parse('content.xml');
  if (!content?.documentElement || content.getElementsByTagNameNS(NS.office, 'spreadsheet').length === 0) {
    fail('Le classeur .ods est endommagé : son contenu (content.xml) ne se lit pas comme un tableur.', 'The .ods workbook is damaged: its content (content.xml) does not read as a spreadsheet.');
  }
  const styles = parse('styles.xml');
  const bgOf = backgrounds([content.documentElement, ...(styles?.documentElement ? [styles.documentElement] : [])]);
  const tables = Array.from(content.getElementsByTagNameNS(NS.table, 'table') as unknown as ArrayLike<El>);
  const grids = tables.map((t) => new OdsSheet(t, bgOf));
  return {
    grids,
    save() {
      // Only content.xml changes; `mimetype` goes first and stored (zip.ts), the rest as it came.
      const out: Entries = new Map(entries);
      if (!out.has('mimetype')) out.set('mimetype', bytesOf('application/vnd.oasis.opendocument.spreadsheet'));
      const dirty = grids.flatMap((g, i) => (g.dirty ? [i] : []));
      if (dirty.length) {
        const serialized = new XMLSerializer().serializeToString(content);
        // Cells written, no row inserted: only the filled table's rows change, spliced into the part's own text.
        const spliced = grids.some((g) => g.shifted) ? undefined : spliceTableRows(utf8(entries.get('content.xml')!), serialized, dirty, tables[dirty[0]].prefix ?? '');
        out.set('content.xml', bytesOf(spliced ?? serialized));
      }
      return zipEntries(out);
    }
  };
}
