/**
 * `sio-dossier importer` and the VS Code command: reads a tableau (.xlsx, .ods or .csv, told by
 * its bytes), writes a new dossier next to it, and never over an existing file (the new file is
 * linked into place, which fails if the name was taken meanwhile).
 */
import { existsSync, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { isDossierPath } from '../core/naming';
import { openSpreadsheet } from '../products/tableur/container';
import { csvGrid } from '../products/tableur/csv';
import type { Grid } from '../products/tableur/grid';
import { importGrid, type ImportedDossier } from '../products/tableur/import';
import { locateForm } from '../products/tableur/layout';
import { fail } from '../products/tableur/limits';
import { loadOds } from '../products/tableur/ods';
import { tableauBloc } from '../products/tableur/referentiel';
import { loadXlsxBook } from '../products/tableur/xlsxBook';

export function defaultImportPath(file: string): string {
  const base = path.basename(file).replace(/\.(xlsx|ods|csv)$/i, '').replace(/\.tableau$/i, '') || 'dossier';
  return path.join(path.dirname(file), `${base}.sio.yaml`);
}

export async function gridsOf(bytes: Buffer, name: string): Promise<Grid[]> {
  const opened = await openSpreadsheet(bytes, name);
  if (opened.kind === 'csv') return [csvGrid(opened.text, name)];
  if (opened.kind === 'ods') return loadOds(opened.entries).grids;
  return loadXlsxBook(opened.entries, name).grids;
}

/** The dossier text of the first sheet that looks like the tableau. */
export async function importTableauBytes(bytes: Buffer, name: string): Promise<ImportedDossier> {
  const grids = await gridsOf(bytes, name);
  const sheet = grids.find((g) => locateForm(g, tableauBloc(), false).layout) ?? grids[0];
  if (!sheet) fail(`« ${name} » ne contient aucune feuille.`, `“${name}” has no sheet.`);
  return importGrid(sheet, name);
}

export async function importTableauFile(file: string, outPath?: string): Promise<ImportedDossier & { outPath: string }> {
  const out = outPath ?? defaultImportPath(file);
  if (!isDossierPath(out)) fail(`Le dossier importé doit finir en .sio.yaml (${path.basename(out)}).`, `The imported dossier must end in .sio.yaml (${path.basename(out)}).`);
  if (existsSync(out)) fail(`${out} existe déjà : l’import n’écrase jamais un fichier (choisissez un autre nom avec -o).`, `${out} already exists: the import never overwrites a file (choose another name with -o).`);
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch {
    fail(`Fichier introuvable : ${file}`, `No such file: ${file}`);
  }
  const result = await importTableauBytes(bytes, path.basename(file));
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  await fsp.writeFile(tmp, result.yaml, { flag: 'wx' });
  try {
    await fsp.link(tmp, out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') fail(`${out} existe déjà : l’import n’écrase jamais un fichier.`, `${out} already exists: the import never overwrites a file.`);
    throw err;
  } finally {
    await fsp.rm(tmp, { force: true });
  }
  return { ...result, outPath: out };
}
