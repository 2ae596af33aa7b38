/**
 * Opens a file that claims to be a spreadsheet, within bounds, before any parser sees it: the
 * format is told by the bytes, not the extension; an encrypted (password-protected) workbook or an
 * old binary .xls is named as such; a zip is inflated entry by entry with the entry count and the
 * uncompressed size bounded before and during inflation (a zip bomb stops at the bound, not at
 * the end of memory); a sheet with more cells than a tableau could ever have is refused.
 *
 * Node-only: entries are inflated with node:zlib, whose maxOutputLength bounds a zip bomb.
 */
import { inflateRawSync } from 'node:zlib';
import type JSZipType from 'jszip';
import { LIMITS, fail } from './limits';

export type Opened =
  | { kind: 'xlsx' | 'ods'; entries: Map<string, Buffer> }
  | { kind: 'csv'; text: string };

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MAX_CELLS = 200_000;

interface RawEntry {
  dir: boolean;
  _data?: { compressedSize: number; uncompressedSize: number; compression?: { magic: string }; compressedContent: Uint8Array };
}

function kb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} Mo`;
}

async function unzipBounded(bytes: Buffer, name: string): Promise<Map<string, Buffer>> {
  // jszip reads the central directory only; inflation is ours, with Node's bounded zlib.
  const JSZip = require('jszip') as typeof JSZipType;
  let zip: JSZipType;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch {
    fail(`« ${name} » est endommagé : ce n’est pas un classeur lisible (archive zip invalide).`, `“${name}” is damaged: not a readable workbook (invalid zip).`);
  }
  const files = Object.entries(zip.files as unknown as Record<string, RawEntry>).filter(([, f]) => !f.dir);
  if (files.length > LIMITS.zipEntries) {
    fail(`« ${name} » contient ${files.length} fichiers (au plus ${LIMITS.zipEntries}) : ce n’est pas un tableau de synthèse.`, `“${name}” holds ${files.length} entries (at most ${LIMITS.zipEntries}): not a tableau de synthèse.`);
  }
  const declared = files.reduce((s, [, f]) => s + (f._data?.uncompressedSize ?? 0), 0);
  if (declared > LIMITS.uncompressedBytes) {
    fail(`« ${name} » se décompresserait en ${kb(declared)} (au plus ${kb(LIMITS.uncompressedBytes)}) : fichier refusé.`, `“${name}” would inflate to ${kb(declared)} (at most ${kb(LIMITS.uncompressedBytes)}): refused.`);
  }
  const out = new Map<string, Buffer>();
  let budget = LIMITS.uncompressedBytes;
  for (const [path, f] of files) {
    const d = f._data;
    if (!d) continue;
    let data: Buffer;
    try {
      const raw = Buffer.from(d.compressedContent);
      // A lying header does not help a bomb: zlib stops at the remaining budget.
      data = d.compression?.magic === '\x00\x00' ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        fail(`« ${name} » se décompresse au-delà de ${kb(LIMITS.uncompressedBytes)} : fichier refusé (archive piégée ?).`, `“${name}” inflates beyond ${kb(LIMITS.uncompressedBytes)}: refused (zip bomb?).`);
      }
      fail(`« ${name} » est endommagé : l’élément ${path} ne se décompresse pas.`, `“${name}” is damaged: entry ${path} does not inflate.`);
    }
    budget -= data.length;
    if (budget < 0) fail(`« ${name} » se décompresse au-delà de ${kb(LIMITS.uncompressedBytes)} : fichier refusé.`, `“${name}” inflates beyond ${kb(LIMITS.uncompressedBytes)}: refused.`);
    out.set(path, data);
  }
  return out;
}

function countOf(hay: Buffer, needle: string, max: number): number {
  const n = Buffer.from(needle);
  let count = 0;
  for (let i = hay.indexOf(n); i >= 0 && count <= max; i = hay.indexOf(n, i + n.length)) count++;
  return count;
}

function boundCells(entries: Map<string, Buffer>, kind: 'xlsx' | 'ods', name: string): void {
  for (const [path, data] of entries) {
    const isSheet = kind === 'xlsx' ? /^xl\/worksheets\/[^/]+\.xml$/.test(path) : path === 'content.xml';
    if (!isSheet) continue;
    const cells = countOf(data, kind === 'xlsx' ? '<c ' : '<table:table-cell', MAX_CELLS);
    if (cells > MAX_CELLS) {
      fail(`« ${name} » a plus de ${MAX_CELLS.toLocaleString('fr-FR')} cellules dans une feuille : ce n’est pas un tableau de synthèse (fichier refusé).`, `“${name}” has more than ${MAX_CELLS} cells in a sheet: not a tableau de synthèse (refused).`);
    }
  }
}

export async function openSpreadsheet(bytes: Buffer, name: string): Promise<Opened> {
  if (bytes.length > LIMITS.fileBytes) {
    fail(`« ${name} » pèse ${kb(bytes.length)} (au plus ${kb(LIMITS.fileBytes)}) : ce n’est pas un tableau de synthèse.`, `“${name}” is ${kb(bytes.length)} (at most ${kb(LIMITS.fileBytes)}): not a tableau de synthèse.`);
  }
  if (bytes.subarray(0, 8).equals(CFB)) {
    // An encrypted .xlsx is an OLE container, like the old .xls: both need the office suite first.
    fail(`« ${name} » est protégé par un mot de passe (ou au format .xls ancien) : ouvrez-le dans votre tableur, retirez le mot de passe et enregistrez-le en .xlsx ou .ods.`, `“${name}” is password-protected (or an old .xls): open it in your office suite, remove the password and save it as .xlsx or .ods.`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    const entries = await unzipBounded(bytes, name);
    const mime = entries.get('mimetype')?.toString('latin1').trim();
    const kind = mime === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : entries.has('xl/workbook.xml') ? 'xlsx' : null;
    if (!kind) fail(`« ${name} » n’est pas un classeur (.xlsx ou .ods) : c’est une archive d’un autre type.`, `“${name}” is not a workbook (.xlsx or .ods): it is another kind of archive.`);
    if (kind === 'ods' && entries.get('META-INF/manifest.xml')?.includes('encryption-data')) {
      fail(`« ${name} » est protégé par un mot de passe : ouvrez-le dans votre tableur, retirez le mot de passe et enregistrez-le.`, `“${name}” is password-protected: open it in your office suite, remove the password and save it.`);
    }
    boundCells(entries, kind, name);
    return { kind, entries };
  }
  if (/\.csv$/i.test(name) && !bytes.includes(0)) {
    const utf8 = bytes.toString('utf8');
    // Excel's « CSV (séparateur : point-virgule) » is often Windows-1252: fall back to Latin-1.
    const textOf = utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
    return { kind: 'csv', text: textOf.replace(/^\uFEFF/, '') };
  }
  fail(`« ${name} » n’est pas un tableur (.xlsx, .ods ou .csv), quelle que soit son extension.`, `“${name}” is not a spreadsheet (.xlsx, .ods or .csv), whatever its extension.`);
}
