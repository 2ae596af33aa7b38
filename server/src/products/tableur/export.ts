/**
 * `sio-dossier tableur` and the VS Code command: the dossier's tableau de synthèse as the official
 * spreadsheet, filled into the centre's template when one is given (refused, with nothing
 * written, when its shape changed), else written with the official layout. Writes are atomic
 * and never over the dossier, a YAML file or the template.
 *
 * Node-only: reads the centre's template and writes the spreadsheet on disk (node:fs).
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { Text } from '../../core/l10n';
import { isDossierOrReviewPath, tableurPathFor } from '../../core/naming';
import type { SyntheseModel } from '../../protocol/synthese';
import { writeFileAtomic } from '../../node/atomicWrite';
import { fitRowHeights } from './rowHeights';
import { blankWorkbook } from './blank';
import { fillEntries, fillTemplate } from './fillTemplate';
import { fail, LIMITS } from './limits';
import { readRegularFile } from '../../node/insideFolder';
import { tableauBloc } from './referentiel';
import { excel, saveXlsx } from './xlsx';
import { unzipBounded } from './zip';
import { blankOds } from './odsBlank';

export interface TableurExportOptions {
  sourcePath: string;
  model: SyntheseModel;
  templatePath?: string;
  /** Defaults to `<nom>.tableau.xlsx` (or the template's format) next to the dossier. */
  outPath?: string;
}

export interface TableurExportResult {
  outPath: string;
  warnings: Text[];
  bytes: number;
  inserted: number;
}

const FORMAT_RE = /\.(xlsx|ods)$/i;

export function defaultTableurPath(source: string, format: 'xlsx' | 'ods' = 'xlsx'): string {
  return tableurPathFor(source, format);
}

function real(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function checkOut(out: string, source: string, template?: string): void {
  if (!FORMAT_RE.test(out)) fail(`Le tableur produit doit finir en .xlsx ou .ods (${path.basename(out)}).`, `The spreadsheet must end in .xlsx or .ods (${path.basename(out)}).`);
  if (isDossierOrReviewPath(out) || real(out) === real(source)) fail(`Le tableur ne peut pas être écrit à la place du dossier (${out}).`, `The spreadsheet cannot be written over the dossier (${out}).`);
  if (template && real(out) === real(template)) {
    fail(`Le tableur ne peut pas être écrit à la place du modèle (${out}) : choisissez un autre nom avec -o.`, `The spreadsheet cannot be written over the template (${out}): choose another name with -o.`);
  }
}

async function readTemplate(file: string): Promise<Buffer> {
  // A regular file under the size bound: a FIFO or a device named as the template is refused at once.
  const r = readRegularFile(file, LIMITS.fileBytes);
  if ('bytes' in r) return Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
  if (r.missing) fail(`Modèle introuvable : ${file}`, `Template not found: ${file}`);
  return fail(`Modèle refusé : ${file} (${r.why.fr}).`, `Template refused: ${file} (${r.why.en}).`);
}

export async function exportTableur(opts: TableurExportOptions): Promise<TableurExportResult> {
  const { model } = opts;
  if (model.referentiel !== 'bts-sio') {
    fail('Le tableau de synthèse officiel est celui du BTS SIO : un dossier MC SNO n’en a pas.', 'The official tableau de synthèse belongs to the BTS SIO: an MC SNO dossier has none.');
  }
  const tplFormat = opts.templatePath && /\.ods$/i.test(opts.templatePath) ? 'ods' : 'xlsx';
  const outPath = opts.outPath ?? defaultTableurPath(opts.sourcePath, tplFormat);
  checkOut(outPath, opts.sourcePath, opts.templatePath);
  const outFormat = /\.ods$/i.test(outPath) ? 'ods' : 'xlsx';
  let result: { bytes: Uint8Array; warnings: Text[]; inserted: number };
  if (opts.templatePath) {
    // Surgery: only the filled sheet's cells (and rows inserted in a group) change.
    result = await fillTemplate(await readTemplate(opts.templatePath), path.basename(opts.templatePath), model, outFormat);
  } else if (outFormat === 'xlsx') {
    // The official layout drawn by ExcelJS, then filled by the same surgery as a centre's template.
    const filled = fillEntries('xlsx', unzipBounded(await saveXlsx(blankWorkbook(model, tableauBloc())), 'tableau'), model, 'tableau');
    // Heights from the filled text: LibreOffice draws an .xlsx row without one at 15 pt (issue 25).
    // Our own blank layout, so reading it back into ExcelJS loses nothing of a centre's.
    const workbook = new (excel().Workbook)();
    await workbook.xlsx.load(filled.bytes as unknown as ArrayBuffer);
    fitRowHeights(workbook.worksheets[0]);
    result = { ...filled, bytes: await saveXlsx(workbook) };
  } else {
    result = fillEntries('ods', await blankOds(model, tableauBloc()), model, 'tableau');
  }
  const { bytes } = result;
  await writeFileAtomic(outPath, bytes);
  return { outPath, warnings: result.warnings, bytes: bytes.length, inserted: result.inserted };
}
