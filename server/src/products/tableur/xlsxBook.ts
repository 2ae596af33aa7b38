/**
 * An .xlsx package read as the standard defines it (ECMA-376 Part 1) and changed by surgery:
 * the workbook's sheets through its relationships, the shared strings, the cell formats and
 * their fills. Only the filled sheet's part is rewritten on save (and, when rows were inserted,
 * the parts whose anchors sit below them); every other part keeps its bytes. With
 * @xmldom/xmldom and fflate: browser-safe.
 *
 * Fills (§18.8.32): in a cell format (cellXfs) a <patternFill/> without patternType is *no fill*
 * (openpyxl writes them so); only solid or patterned fills colour a cell, by rgb, theme (+ tint)
 * or indexed colour, white counting as none.
 */
import type { Document as XDocument, Element as XElement } from '@xmldom/xmldom';
import { fail } from './limits';
import { bytesOf, utf8, zipEntries, type Entries } from './zip';
import { els, kids, parsePart, relsOf, type CellFormat, type SheetHost } from './xlsxParts';
import { XlsxSheet } from './xlsxSheet';
import { shiftSheetFormulas } from './formulaShift';
import { shiftRefs, type Shift } from './xlsxShift';

const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAX_STRINGS = 200_000;

type El = XElement;
const xmldom = () => require('@xmldom/xmldom') as typeof import('@xmldom/xmldom');

const textOfSi = (si: El): string =>
  els(si, 't')
    .filter((t) => (t.parentNode as El | null)?.localName !== 'rPh' && ((t.parentNode as El | null)?.parentNode as El | null)?.localName !== 'rPh')
    .map((t) => t.textContent ?? '')
    .join('');

function isWhite(c: El | undefined): boolean {
  if (!c) return false;
  const rgb = c.getAttribute('rgb');
  if (rgb) return /^(FF|00)?FFFFFF$/i.test(rgb);
  const theme = c.getAttribute('theme');
  if (theme) return theme === '0' && !(Number(c.getAttribute('tint')) < 0); // lt1, white in stock themes
  const idx = c.getAttribute('indexed');
  return idx === '1' || idx === '9';
}

function colourKey(c: El | undefined): string {
  if (!c) return 'auto';
  for (const a of ['rgb', 'theme', 'indexed']) {
    const v = c.getAttribute(a);
    if (v) return `${a}:${a === 'rgb' ? v.slice(-6).toUpperCase() : v}${c.getAttribute('tint') ? `:${c.getAttribute('tint')}` : ''}`;
  }
  return 'auto';
}

/** A fill's background as a comparable key; '' for none (no pattern type, `none`, white). */
function fillKey(fill: El): string {
  if (kids(fill, 'gradientFill').length) return 'gradient';
  const p = kids(fill, 'patternFill')[0];
  const type = p?.getAttribute('patternType');
  if (!p || !type || type === 'none') return '';
  const fg = kids(p, 'fgColor')[0];
  if (type === 'solid') return isWhite(fg) ? '' : `solid:${colourKey(fg)}`;
  return isWhite(fg) && isWhite(kids(p, 'bgColor')[0]) ? '' : `${type}:${colourKey(fg)}`;
}

const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function formatsOf(entries: Entries, book: string, stylesPath: string | undefined): CellFormat[] {
  if (!stylesPath || !entries.has(stylesPath)) return [];
  const doc = parsePart(entries, stylesPath, book);
  const fills = els(doc, 'fills')[0] ? kids(els(doc, 'fills')[0], 'fill').map(fillKey) : [];
  const custom = new Map<number, boolean>();
  for (const f of els(doc, 'numFmt')) {
    const code = (f.getAttribute('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    custom.set(Number(f.getAttribute('numFmtId')), /[dy]/i.test(code));
  }
  const cellXfs = els(doc, 'cellXfs')[0];
  return (cellXfs ? kids(cellXfs, 'xf') : []).map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    return { background: fills[Number(xf.getAttribute('fillId') ?? 0)] ?? '', date: custom.get(id) ?? DATE_FORMATS.has(id) };
  });
}

export class XlsxBook implements SheetHost {
  readonly grids: XlsxSheet[] = [];
  readonly strings: string[] = [];
  readonly formats: CellFormat[];
  readonly date1904: boolean;
  private readonly workbook: XDocument;
  private workbookDirty = false;

  constructor(readonly entries: Entries, readonly name: string) {
    const wbPath = 'xl/workbook.xml';
    this.workbook = parsePart(entries, wbPath, name);
    if (this.workbook.documentElement?.namespaceURI === 'http://purl.oclc.org/ooxml/spreadsheetml/main') {
      fail(`« ${name} » est enregistré au format « Strict Open XML », que Dossier SIO ne lit pas : ouvrez-le dans votre tableur et enregistrez-le en « Classeur Excel (.xlsx) ».`, `“${name}” is saved as “Strict Open XML”, which Dossier SIO does not read: open it in your office suite and save it as “Excel Workbook (.xlsx)”.`);
    }
    const rels = relsOf(entries, wbPath, name);
    const byType = (t: string) => [...rels.values()].find((r) => r.type.endsWith(`/${t}`))?.target;
    const sst = byType('sharedStrings');
    if (sst && entries.has(sst)) {
      if ((utf8(entries.get(sst)!).match(/<(?:[\w.-]+:)?si[\s/>]/g)?.length ?? 0) > MAX_STRINGS) {
        fail(`« ${name} » a plus de ${MAX_STRINGS.toLocaleString('fr-FR')} textes : ce n’est pas un tableau de synthèse (fichier refusé).`, `“${name}” has more than ${MAX_STRINGS} strings: not a tableau de synthèse (refused).`);
      }
      for (const si of els(parsePart(entries, sst, name), 'si')) this.strings.push(textOfSi(si));
    }
    this.formats = formatsOf(entries, name, byType('styles'));
    this.date1904 = ['1', 'true'].includes(els(this.workbook, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
    els(this.workbook, 'sheet').forEach((s, index) => {
      const target = rels.get(s.getAttributeNS(DOC_REL, 'id') ?? '')?.target;
      if (!target || !entries.has(target) || !/^xl\/worksheets\//.test(target)) return; // a chart sheet, or a dangling entry
      this.grids.push(new XlsxSheet(this, s.getAttribute('name') ?? '', index, target));
    });
  }

  /** The print area's defined name for the sheet at `index` (its text, e.g. 'Feuille'!$A$1:$H$34). */
  printArea(index: number): El | undefined {
    return els(this.workbook, 'definedName').find((d) => d.getAttribute('name') === '_xlnm.Print_Area' && d.getAttribute('localSheetId') === String(index));
  }

  /** Rewrites the defined names (print area…) of a sheet after rows were inserted. */
  shiftDefinedNames(sheetName: string, shift: (refs: string) => string): void {
    const quoted = new RegExp(`(^|[,(])('?${sheetName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '\'\'')}'?!)([^,)]+)`, 'g');
    for (const d of els(this.workbook, 'definedName')) {
      const before = d.textContent ?? '';
      const after = before.replace(quoted, (_all, lead: string, sheet: string, refs: string) => `${lead}${sheet}${shift(refs)}`);
      if (after !== before) {
        d.textContent = after;
        this.workbookDirty = true;
      }
    }
  }

  shiftElsewhere(sheetPath: string, sheetName: string, index: number, s: Shift): void {
    for (const g of this.grids) {
      if (g.path === sheetPath) continue;
      const text = this.part(g.path)!;
      const out = shiftSheetFormulas(text, s, sheetName, false);
      if (out !== text) this.setPart(g.path, out);
    }
    // The calculation chain lists formula cells by address and sheet id: moved with them.
    const chain = [...relsOf(this.entries, 'xl/workbook.xml', this.name).values()].find((r) => r.type.endsWith('/calcChain'))?.target;
    const text = chain && this.part(chain);
    if (!chain || text === undefined) return;
    const id = els(this.workbook, 'sheet')[index]?.getAttribute('sheetId');
    let current = '';
    const out = text.replace(/<((?:[\w.-]+:)?c)(\s[^>]*?)(\/?)>/g, (all, tag: string, attrs: string, end: string) => {
      current = /\si="(\d+)"/.exec(attrs)?.[1] ?? current;
      if (current !== id) return all;
      return `<${tag}${attrs.replace(/(\sr=")([^"]*)(")/, (_a, h: string, v: string, t: string) => h + shiftRefs(v, s) + t)}${end}>`;
    });
    if (out !== text) this.setPart(chain, out);
  }

  part(path: string): string | undefined {
    const b = this.entries.get(path);
    return b && utf8(b);
  }

  setPart(path: string, text: string): void {
    this.entries.set(path, bytesOf(text));
  }

  save(): Uint8Array {
    for (const g of this.grids) g.commit();
    if (this.workbookDirty) this.setPart('xl/workbook.xml', spliceDefinedNames(this.part('xl/workbook.xml')!, this.workbook));
    return zipEntries(this.entries);
  }
}

/** Only the <definedNames> block of workbook.xml is rewritten; the rest keeps its bytes. */
function spliceDefinedNames(original: string, doc: XDocument): string {
  const block = els(doc, 'definedNames')[0];
  const m = /<(?:[\w.-]+:)?definedNames[\s>][\s\S]*?<\/(?:[\w.-]+:)?definedNames>/.exec(original);
  if (!block || !m) return original;
  return original.slice(0, m.index) + new (xmldom().XMLSerializer)().serializeToString(block).replace(/ xmlns(:\w+)?="[^"]*"/g, '') + original.slice(m.index + m[0].length);
}

export function loadXlsxBook(entries: Entries, name: string): XlsxBook {
  return new XlsxBook(entries, name);
}
