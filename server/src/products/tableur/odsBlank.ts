/**
 * The blank official form (blank.ts's cells) as a minimal OpenDocument spreadsheet: content.xml
 * with its cell styles (borders, wrapping, bold, the grey heads), styles.xml with an A4
 * landscape page scaled to one page width. Generated as text (writing needs no parser); read
 * back by ods.ts for filling like any template.
 */
import type { Bloc } from '../../core/referentiel/types';
import type { SyntheseModel } from '../../protocol/synthese';
import { blankCells, type CellStyle } from './blank';
import { rowHeightsOf } from './rowHeights';
import { bytesOf, type Entries } from './zip';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NSDECL = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"';

const STYLE: Record<CellStyle, string> = {
  text: 'fo:wrap-option="wrap" style:vertical-align="top"',
  tick: 'fo:wrap-option="wrap" style:vertical-align="middle"',
  label: 'fo:wrap-option="wrap" style:vertical-align="top"',
  head: 'fo:wrap-option="wrap" style:vertical-align="top" fo:background-color="#f2f2f2"',
  group: 'fo:wrap-option="wrap" fo:background-color="#d9d9d9"'
};

export async function blankOds(model: SyntheseModel, bloc: Bloc): Promise<Entries> {
  const form = blankCells(model, bloc);
  const styles = (Object.keys(STYLE) as CellStyle[]).map((s) =>
    `<style:style style:name="ce-${s}" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" ${STYLE[s]}/>`
    + `<style:paragraph-properties fo:text-align="${s === 'tick' || s === 'head' ? 'center' : 'start'}"/>`
    + (s === 'text' || s === 'tick' ? '' : '<style:text-properties fo:font-weight="bold"/>') + '</style:style>'
  ).join('');
  const cols = form.widths.map((w, i) => `<style:style style:name="co${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.19).toFixed(2)}cm"/></style:style>`).join('');
  const at = new Map(form.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const covered = new Set<string>();
  for (const c of form.cells) {
    for (let r = c.row; r <= (c.toRow ?? c.row); r++) for (let k = c.col; k <= (c.toCol ?? c.col); k++) if (r !== c.row || k !== c.col) covered.add(`${r}:${k}`);
  }
  // The head rows (titles, competences, sub-competences) get their height from their text
  // (rowHeights.ts): LibreOffice's optimal height cut the sub-competence lists under a
  // two-row merge (issue 25). Filled rows below keep the optimal height LibreOffice computes.
  const headRows = rowHeightsOf(
    form.cells.filter((c) => c.row <= 7).map((c) => ({ ...c, text: c.value, bold: c.style !== 'text' && c.style !== 'tick' })),
    [0, ...form.widths]
  );
  const rowStyles = [...headRows].map(([r, pt]) => `<style:style style:name="ro${r}" style:family="table-row"><style:table-row-properties style:row-height="${pt}pt" style:use-optimal-row-height="false"/></style:style>`).join('');
  let rows = '';
  for (let r = 1; r <= form.lastRow; r++) {
    rows += headRows.has(r) ? `<table:table-row table:style-name="ro${r}">` : '<table:table-row>';
    for (let k = 1; k <= form.lastCol; k++) {
      const c = at.get(`${r}:${k}`);
      if (covered.has(`${r}:${k}`)) {
        rows += '<table:covered-table-cell/>';
      } else if (!c) {
        rows += '<table:table-cell/>';
      } else {
        const span = (c.toCol ? ` table:number-columns-spanned="${c.toCol - c.col + 1}"` : '') + (c.toRow ? ` table:number-rows-spanned="${c.toRow - c.row + 1}"` : '');
        const body = c.value ? ` office:value-type="string" calcext:value-type="string">${c.value.split('\n').map((l) => `<text:p>${esc(l)}</text:p>`).join('')}</table:table-cell>` : '/>';
        rows += `<table:table-cell table:style-name="ce-${c.style}"${span}${body}`;
      }
    }
    rows += '</table:table-row>';
  }
  const lastCol = String.fromCharCode(64 + form.lastCol);
  const sheet = esc(form.sheet.replace(/'/g, '\'\''));
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NSDECL}><office:automatic-styles>${cols}${rowStyles}${styles}</office:automatic-styles>`
    + `<office:body><office:spreadsheet><table:table table:name="${esc(form.sheet)}" table:print-ranges="'${sheet}'.A1:'${sheet}'.${lastCol}${form.lastRow}">`
    + form.widths.map((_, i) => `<table:table-column table:style-name="co${i + 1}"/>`).join('')
    + `${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${NSDECL}><office:automatic-styles>`
    + '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>'
    + `</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header><text:p>${esc(form.header)}</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`;
  const manifest = '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    + '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    + '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>';
  return new Map([
    ['mimetype', bytesOf('application/vnd.oasis.opendocument.spreadsheet')],
    ['content.xml', bytesOf(content)],
    ['styles.xml', bytesOf(stylesXml)],
    ['META-INF/manifest.xml', bytesOf(manifest)]
  ]);
}
