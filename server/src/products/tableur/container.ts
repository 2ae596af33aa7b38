/**
 * Opens a file that claims to be a spreadsheet, within bounds, before any parser sees it: the
 * format is told by the bytes, not the extension; an encrypted (password-protected) workbook or an
 * old binary .xls is named as such; a zip is inflated entry by entry with the entry count and the
 * uncompressed size bounded before and during inflation (a zip bomb stops at the bound, not at
 * the end of memory); a sheet with more cells than a tableau could ever have is refused.
 *
 * Browser-safe: the zip is read by zip.ts (fflate), bounded while inflating.
 */
import { LIMITS, fail } from './limits';
import { unzipBounded, utf8, type Entries, type Watch } from './zip';

export type Opened =
  | { kind: 'xlsx' | 'ods'; entries: Entries }
  | { kind: 'csv'; text: string };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const MAX_CELLS = 200_000;
const MAX_ROWS = 100_000;
/** Merged areas of a sheet: a tableau has about fifteen. */
const MAX_MERGES = LIMITS.merges;
/** Elements of a sheet part, whatever they are (a cell has one to three). */
const MAX_ELEMENTS = 1_000_000;
/** Bytes of text between two tags: a cell of LIMITS.cellChars characters, escaped as entities at worst. */
const MAX_TEXT_BYTES = LIMITS.cellChars * 10;

function mo(n: number): string {
  return `${Math.round(n / 1024 / 1024)} Mo`;
}

/**
 * Cells and rows as the XML parser will see them: any whitespace after the name (`<c\tr=…>`),
 * any namespace prefix (`<t:table-cell/>`), self-closed or not. Counted on the text before
 * any DOM is built, so a hostile sheet costs a scan, not a parse.
 */
const CELL_RE = { xlsx: /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g, ods: /<(?:[A-Za-z_][\w.-]*:)?(?:covered-)?table-cell[\s/>]/g };
const ROW_RE = { xlsx: /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g, ods: /<(?:[A-Za-z_][\w.-]*:)?table-row[\s/>]/g };
const MERGE_RE = { xlsx: /<(?:[A-Za-z_][\w.-]*:)?mergeCell[\s/>]/g, ods: /\bnumber-(?:rows|columns)-spanned\s*=/g };
const ELEMENT_RE = /<[A-Za-z_]/g;

/**
 * Watches a sheet part (or the shared strings) while it is inflated: cells, rows and the
 * longest text between two tags are counted chunk by chunk, so a hostile part is refused after
 * the first few megabytes, before the rest is inflated, decoded or parsed.
 */
function sheetWatch(name: string): Watch {
  return (entry) => {
    const kind = entry === 'content.xml' ? 'ods' : 'xlsx';
    const isSheet = entry === 'content.xml' || /^xl\/worksheets\/[^/]+\.xml$/.test(entry);
    const isStrings = entry === 'xl/sharedStrings.xml';
    if (!isSheet && !isStrings) return undefined;
    const latin1 = new TextDecoder('latin1');
    let carry = '';
    let cells = 0;
    let rows = 0;
    let merges = 0;
    let elements = 0;
    return (chunk) => {
      const text = carry + latin1.decode(chunk);
      const last = text.lastIndexOf('<');
      const done = last < 0 ? '' : text.slice(0, last);
      carry = last < 0 ? text : text.slice(last);
      if (carry.length > MAX_TEXT_BYTES) {
        fail(`« ${name} » : une cellule contient plus de ${LIMITS.cellChars.toLocaleString('fr-FR')} caractères : ce n’est pas un tableau de synthèse (fichier refusé).`, `“${name}”: a cell holds more than ${LIMITS.cellChars} characters: not a tableau de synthèse (refused).`);
      }
      if (!isSheet) return;
      cells += done.match(CELL_RE[kind])?.length ?? 0;
      rows += done.match(ROW_RE[kind])?.length ?? 0;
      merges += done.match(MERGE_RE[kind])?.length ?? 0;
      elements += done.match(ELEMENT_RE)?.length ?? 0;
      const counts = [[cells, MAX_CELLS, 'cellules', 'cells'], [rows, MAX_ROWS, 'lignes', 'rows'], [merges, MAX_MERGES, 'fusions de cellules', 'merged areas'], [elements, MAX_ELEMENTS, 'éléments XML', 'XML elements']] as const;
      for (const [n, max, fr, en] of counts) {
        if (n > max) fail(`« ${name} » a plus de ${max.toLocaleString('fr-FR')} ${fr} dans une feuille : ce n’est pas un tableau de synthèse (fichier refusé).`, `“${name}” has more than ${max} ${en} in a sheet: not a tableau de synthèse (refused).`);
      }
    };
  };
}

/**
 * A workbook that carries macros is not passed on: surgery keeps every part, so a VBA project
 * (an .xlsm renamed .xlsx), Basic or script modules, or event listeners that run a macro when
 * the file opens would reach the student's file. Refused, saying how to save without them.
 */
function refuseMacros(entries: Entries, kind: 'xlsx' | 'ods', name: string): void {
  const names = [...entries.keys()];
  const found = kind === 'xlsx'
    ? names.some((n) => /vbaProject\.bin$|vbaData\.xml$|^xl\/macrosheets\//i.test(n)) || /macroEnabled/i.test(utf8(entries.get('[Content_Types].xml') ?? new Uint8Array()))
    : names.some((n) => /^(Basic|Scripts|Dialogs)\//.test(n)) ||
      ['content.xml', 'styles.xml', 'settings.xml'].some((n) => /<(?:[\w.-]+:)?event-listeners[\s/>]|<(?:[\w.-]+:)?script[\s>]/.test(utf8(entries.get(n) ?? new Uint8Array())));
  if (!found) return;
  const how = kind === 'xlsx'
    ? ['ouvrez-le dans votre tableur et enregistrez-le en « Classeur Excel (.xlsx) » (sans macros)', 'open it in your office suite and save it as “Excel Workbook (.xlsx)” (without macros)']
    : ['ouvrez-le dans LibreOffice, supprimez les macros (Outils › Macros › Gérer les macros) et les événements (Outils › Personnaliser › Événements), puis enregistrez-le', 'open it in LibreOffice, delete its macros (Tools › Macros › Organize Macros) and events (Tools › Customize › Events), then save it'];
  fail(`« ${name} » contient des macros : elles ne sont jamais reprises dans un tableau rempli ni lues à l’import. Pour l’utiliser, ${how[0]}.`, `“${name}” carries macros: they are never passed on to a filled tableau nor read on import. To use it, ${how[1]}.`);
}

export async function openSpreadsheet(bytes: Uint8Array, name: string): Promise<Opened> {
  if (bytes.length > LIMITS.fileBytes) {
    fail(`« ${name} » pèse ${mo(bytes.length)} (au plus ${mo(LIMITS.fileBytes)}) : ce n’est pas un tableau de synthèse.`, `“${name}” is ${mo(bytes.length)} (at most ${mo(LIMITS.fileBytes)}): not a tableau de synthèse.`);
  }
  if (starts(bytes, CFB)) {
    // An encrypted .xlsx is an OLE container, like the old .xls: both need the office suite first.
    fail(`« ${name} » est protégé par un mot de passe (ou au format .xls ancien) : ouvrez-le dans votre tableur, retirez le mot de passe et enregistrez-le en .xlsx ou .ods.`, `“${name}” is password-protected (or an old .xls): open it in your office suite, remove the password and save it as .xlsx or .ods.`);
  }
  if (starts(bytes, [0x50, 0x4b, 3, 4])) {
    const entries = unzipBounded(bytes, name, sheetWatch(name));
    const mimeBytes = entries.get('mimetype');
    const mime = mimeBytes && utf8(mimeBytes).trim();
    const kind = mime === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : entries.has('xl/workbook.xml') ? 'xlsx' : null;
    if (!kind) fail(`« ${name} » n’est pas un classeur (.xlsx ou .ods) : c’est une archive d’un autre type.`, `“${name}” is not a workbook (.xlsx or .ods): it is another kind of archive.`);
    if (kind === 'ods' && utf8(entries.get('META-INF/manifest.xml') ?? new Uint8Array()).includes('encryption-data')) {
      fail(`« ${name} » est protégé par un mot de passe : ouvrez-le dans votre tableur, retirez le mot de passe et enregistrez-le.`, `“${name}” is password-protected: open it in your office suite, remove the password and save it.`);
    }
    refuseMacros(entries, kind, name);
    return { kind, entries };
  }
  if (/\.csv$/i.test(name) && !bytes.includes(0)) {
    const asUtf8 = utf8(bytes);
    // Excel's « CSV (séparateur : point-virgule) » is often Windows-1252: fall back to it.
    const textOf = asUtf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : asUtf8;
    return { kind: 'csv', text: textOf.replace(/^\uFEFF/, '') };
  }
  fail(`« ${name} » n’est pas un tableur (.xlsx, .ods ou .csv), quelle que soit son extension.`, `“${name}” is not a spreadsheet (.xlsx, .ods or .csv), whatever its extension.`);
}
