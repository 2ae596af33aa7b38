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
import { fail, LIMITS } from './limits';
import { readRegularFile } from '../../node/insideFolder';
import { tableurBytes } from './tableurBytes';

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
  const template = opts.templatePath ? { bytes: await readTemplate(opts.templatePath), name: path.basename(opts.templatePath) } : undefined;
  const result = await tableurBytes(model, outFormat, template);
  const { bytes } = result;
  await writeFileAtomic(outPath, bytes);
  return { outPath, warnings: result.warnings, bytes: bytes.length, inserted: result.inserted };
}
