/**
 * `sio-dossier classe <dossier de la classe> [--format csv|json|xlsx|ods] [-o fichier]`: one row
 * per dossier. xlsx and ods (text cells, products/class/spreadsheet.ts) need `-o`: they are files,
 * not text for a terminal.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { dossierFindings } from '../core/findings';
import { isDossierOrReviewPath, reviewPathFor } from '../core/naming';
import { parseReview } from '../core/review';
import { writeFileAtomic } from '../node/atomicWrite';
import { depotFromDisk, depotSummary } from '../node/depotFromDisk';
import { toCsv, toJson } from '../products/class/csv';
import { classOverview } from '../products/class/overview';
import { classTable } from '../products/class/table';
import { collect, readDossierText, UsageError } from './dossierFiles';
import { ensureParent, type ExportArgs } from './exportArgs';

export async function runClasse(a: ExportArgs): Promise<string> {
  const format = a.format ?? 'csv';
  if (!['csv', 'json', 'xlsx', 'ods'].includes(format)) throw new UsageError(`Format inconnu « ${format} » (csv, json, xlsx, ods). / Unknown format.`);
  const office = format === 'xlsx' || format === 'ods';
  if (office && !a.output) throw new UsageError(`--format ${format} écrit un fichier : indiquez-le avec -o classe.${format}. / Give the output file with -o.`);
  if (!a.args?.length) throw new UsageError('Indiquez le dossier de la classe. / Give the class folder.');
  const files = a.args.flatMap((arg) => {
    // « Fichier » as the teacher knows it: relative to the folder they named (absolute only
    // for a file outside it, e.g. reached through a symlink), not the path the walk built.
    const base = statSync(arg, { throwIfNoEntry: false })?.isDirectory() ? arg : path.dirname(arg);
    return collect([arg]).map((file) => {
      const r = reviewPathFor(file);
      const rel = path.relative(base, file);
      const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.resolve(file);
      const text = readDossierText(file);
      const review = r && existsSync(r) ? readDossierText(r) : null;
      // « Prêt pour le dépôt » needs the exports and attestations next to the dossier.
      const parsed = a.service.parse(text);
      const found = dossierFindings(parsed, review === null ? null : parseReview(review), { service: a.service, uri: file });
      const depot = depotSummary(depotFromDisk(file, parsed, found.own, review === null ? null : parseReview(review)));
      return { file: shown, text, review, depot };
    });
  });
  const overview = classOverview(files, { service: a.service });
  if (a.output) {
    ensureParent(a.output);
    // Never over a dossier or a review; an office file carries its format's extension.
    if (isDossierOrReviewPath(a.output)) throw new UsageError(`-o ${a.output} : c’est un dossier ou une revue, pas une sortie. / The output is a dossier or a review.`);
    if (office && !a.output.toLowerCase().endsWith(`.${format}`)) throw new UsageError(`-o ${a.output} : le fichier doit finir par .${format}. / The output must end in .${format}.`);
    // The spreadsheet engines live in the tableur bundle, loaded for these formats only.
    const tableur = office ? await import('../products/tableur') : null;
    const body = tableur
      ? Buffer.from(await (format === 'xlsx' ? tableur.classXlsx : tableur.classOds)(classTable(overview)))
      : Buffer.from(format === 'csv' ? toCsv(overview) : toJson(overview), 'utf8');
    await writeFileAtomic(a.output, body);
    return a.locale === 'en' ? `Class overview written: ${a.output} (${overview.rows.length} dossiers)` : `Vue de classe écrite : ${a.output} (${overview.rows.length} dossiers)`;
  }
  return format === 'csv' ? toCsv(overview) : toJson(overview);
}
