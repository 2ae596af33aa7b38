/**
 * The class overview as a spreadsheet a teacher opens without surprise (`sio-dossier classe
 * --format xlsx|ods`, the class view's export): every text a *text* cell (`@` format in .xlsx,
 * `office:value-type="string"` in .ods), so `numero: "02345678901"` keeps its zero where the CSV
 * lost it in LibreOffice and Excel; counts are numbers; the header row is bold and frozen, with
 * an autofilter. ExcelJS and JSZip (already in the tree) are loaded on first use only.
 */
import type ExcelJSType from 'exceljs';
import type { ClassTable } from './table';

const SHEET = 'Classe';

export async function classXlsx(t: ClassTable): Promise<Uint8Array> {
  const ExcelJS = require('exceljs') as typeof ExcelJSType;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(t.head).font = { bold: true };
  for (const r of t.rows) {
    const row = sheet.addRow(r.map((v) => (v === null || v === '' ? null : v)));
    r.forEach((v, i) => {
      if (typeof v === 'string' && v !== '') row.getCell(i + 1).numFmt = '@';
    });
  }
  sheet.columns.forEach((c, i) => {
    const longest = Math.max(t.head[i].length, ...t.rows.map((r) => String(r[i] ?? '').length));
    c.width = Math.min(40, Math.max(6, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.head.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"';

function odsCell(v: string | number | null, style = ''): string {
  if (v === null || v === '') return `<table:table-cell${style}/>`;
  if (typeof v === 'number') return `<table:table-cell${style} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell${style} office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
}

export async function classOds(t: ClassTable): Promise<Uint8Array> {
  const head = `<table:table-row>${t.head.map((h) => odsCell(h, ' table:style-name="ce-head"')).join('')}</table:table-row>`;
  const rows = t.rows.map((r) => `<table:table-row>${r.map((v) => odsCell(v)).join('')}</table:table-row>`).join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>`
    + '<style:style style:name="ce-head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>'
    + `</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="${SHEET}">`
    + `<table:table-column table:number-columns-repeated="${t.head.length}"/>`
    + `<table:table-header-rows>${head}</table:table-header-rows>${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const manifest = '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    + '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    + '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  const JSZip = require('jszip') as typeof import('jszip');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', content);
  zip.file('META-INF/manifest.xml', manifest);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.oasis.opendocument.spreadsheet' });
}
