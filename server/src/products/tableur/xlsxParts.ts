/**
 * What the .xlsx reader and its sheets share: the parts parsed (a corrupt part is a French
 * message naming it, never a crash), relationships resolved, and the book as a sheet sees it.
 */
import type { Document as XDocument, Element as XElement } from '@xmldom/xmldom';
import { fail } from './limits';
import { utf8, type Entries } from './zip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

type El = XElement;
const xmldom = () => require('@xmldom/xmldom') as typeof import('@xmldom/xmldom');

export const els = (root: El | XDocument, local: string, ns = MAIN): El[] =>
  Array.from(root.getElementsByTagNameNS(ns, local) as unknown as ArrayLike<El>);
export const kids = (el: El, local?: string): El[] =>
  Array.from(el.childNodes as unknown as ArrayLike<El>).filter((n) => n.nodeType === 1 && (!local || n.localName === local));

/** A part parsed, or a French message naming it (never a crash on a corrupt part). */
export function parsePart(entries: Entries, path: string, book: string): XDocument {
  const data = entries.get(path);
  if (!data) fail(`« ${book} » est endommagé : l’élément ${path} manque.`, `“${book}” is damaged: part ${path} is missing.`);
  let bad = '';
  let doc: XDocument | undefined;
  try {
    doc = new (xmldom().DOMParser)({ onError: (level: string, msg: string) => { if (level !== 'warning' && !bad) bad = msg; } }).parseFromString(utf8(data), 'text/xml');
  } catch (err) {
    bad = (err as Error).message;
  }
  if (bad || !doc?.documentElement) fail(`« ${book} » est endommagé : l’élément ${path} n’est pas du XML lisible.`, `“${book}” is damaged: part ${path} is not readable XML.`);
  return doc;
}

/** Relationship id → part path, resolved against the part that owns the relationships. */
export function relsOf(entries: Entries, part: string, book: string): Map<string, { target: string; type: string }> {
  const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const out = new Map<string, { target: string; type: string }>();
  if (!entries.has(relsPath)) return out;
  for (const r of els(parsePart(entries, relsPath, book), 'Relationship', PKG_REL)) {
    if (r.getAttribute('TargetMode') === 'External') continue;
    const t = r.getAttribute('Target') ?? '';
    const segs: string[] = [];
    for (const s of (t.startsWith('/') ? t.slice(1) : dir + t).split('/')) {
      if (s === '..') segs.pop();
      else if (s && s !== '.') segs.push(s);
    }
    out.set(r.getAttribute('Id') ?? '', { target: segs.join('/'), type: r.getAttribute('Type') ?? '' });
  }
  return out;
}


export interface CellFormat {
  background: string;
  date: boolean;
}

/** The workbook as one of its sheets reads and changes it. */
export interface SheetHost {
  readonly entries: Entries;
  readonly name: string;
  readonly strings: string[];
  readonly formats: CellFormat[];
  readonly date1904: boolean;
  printArea(index: number): XElement | undefined;
  shiftDefinedNames(sheetName: string, shift: (refs: string) => string): void;
  /** After rows were inserted in a sheet: other sheets' formulas that point to it, and the calculation chain. */
  shiftElsewhere(sheetPath: string, sheetName: string, index: number, s: { after: number; count: number }): void;
  part(path: string): string | undefined;
  setPart(path: string, text: string): void;
}
