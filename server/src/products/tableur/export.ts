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
import { text, type Text } from '../../core/l10n';
import { isDossierOrReviewPath, tableurPathFor } from '../../core/naming';
import type { SyntheseModel } from '../../protocol/synthese';
import { writeFileAtomic } from '../../node/atomicWrite';
import { blankWorkbook } from './blank';
import { openSpreadsheet } from './container';
import { fillForm } from './fill';
import { locateForm } from './layout';
import { fail, LIMITS, TableurError } from './limits';
import { readRegularFile } from '../../node/insideFolder';
import { loadOds, type OdsBook } from './ods';
import { tableauBloc } from './referentiel';
import { loadXlsx, saveXlsx, XlsxGrid } from './xlsx';
import { blankOds } from './odsBlank';
import type { WritableGrid } from './grid';

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

/** Fills the first sheet that has the official shape; refuses, naming what is missing, when none has. */
function fillFirstForm(grids: WritableGrid[], model: SyntheseModel, name: string) {
  const bloc = tableauBloc();
  let best: { sheet: string; missing: string[] } | null = null;
  for (const g of grids) {
    const { layout, missing } = locateForm(g, bloc, true);
    if (layout) return fillForm(g, layout, model);
    if (!best || missing.length < best.missing.length) best = { sheet: g.sheetName, missing };
  }
  const what = best?.missing.join(', ') ?? '';
  throw new TableurError(text(
    `Le modèle « ${name} » n’a pas la forme du tableau de synthèse officiel (feuille « ${best?.sheet ?? '?'} ») ; introuvable(s) : ${what}. Rien n’a été écrit.`,
    `The template “${name}” does not have the shape of the official tableau de synthèse (sheet “${best?.sheet ?? '?'}”): not found ${what}. Nothing was written.`
  ));
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
  let bytes: Buffer;
  let result: { warnings: Text[]; inserted: number };
  if (opts.templatePath) {
    const name = path.basename(opts.templatePath);
    const opened = await openSpreadsheet(await readTemplate(opts.templatePath), name);
    if (opened.kind === 'csv') fail(`Le modèle doit être un classeur .xlsx ou .ods, pas un CSV (${name}).`, `The template must be an .xlsx or .ods workbook, not a CSV (${name}).`);
    if (opened.kind !== outFormat) {
      fail(`Le modèle est un .${opened.kind} : le tableur produit garde son format (-o …​.${opened.kind}).`, `The template is an .${opened.kind}: the output keeps its format (-o ….${opened.kind}).`);
    }
    if (opened.kind === 'xlsx') {
      const { workbook, grids } = await loadXlsx(await rezip(opened.entries), name);
      result = fillFirstForm(grids, model, name);
      result.warnings.push(...lostParts(opened.entries, name));
      bytes = await saveXlsx(workbook);
    } else {
      const book: OdsBook = loadOds(opened.entries);
      result = fillFirstForm(book.grids, model, name);
      bytes = await book.save();
    }
  } else if (outFormat === 'xlsx') {
    const workbook = blankWorkbook(model, tableauBloc());
    result = fillFirstForm([new XlsxGrid(workbook.worksheets[0])], model, 'tableau');
    bytes = await saveXlsx(workbook);
  } else {
    const book = loadOds(await blankOds(model, tableauBloc()));
    result = fillFirstForm(book.grids, model, 'tableau');
    bytes = await book.save();
  }
  await writeFileAtomic(outPath, bytes);
  return { outPath, warnings: result.warnings, bytes: bytes.length, inserted: result.inserted };
}

/**
 * ExcelJS keeps styles, merges, widths, print setup and pictures, not charts nor drawn shapes
 * (text boxes, arrows): say so rather than lose them silently.
 */
function lostParts(entries: Map<string, Buffer>, name: string): Text[] {
  const names = [...entries.keys()];
  const charts = names.some((n) => n.startsWith('xl/charts/'));
  const shapes = names.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n) && entries.get(n)!.includes('<xdr:sp>'));
  if (!charts && !shapes) return [];
  return [text(
    `Le modèle « ${name} » contient des ${charts ? 'graphiques' : 'formes dessinées'} que le tableur produit ne reprend pas : vérifiez-le, ou donnez le modèle en .ods.`,
    `The template “${name}” holds ${charts ? 'charts' : 'drawn shapes'} that the output does not carry over: check it, or give the template as .ods.`
  )];
}

/** The bounded entries back into a zip without compression, for ExcelJS to read (no bomb can hide in it). */
export async function rezip(entries: Map<string, Buffer>): Promise<Buffer> {
  const JSZip = require('jszip') as typeof import('jszip');
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
