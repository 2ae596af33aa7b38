/** `sio-dossier pdf | apercu | classe` and the SARIF output: exports built on the table model. */

import * as path from 'node:path';
import { pick, Locale } from '../core/l10n';
import type { LanguageService } from '../core/service';
import { checkOutputPath, writeFileAtomic } from '../export/write';
import { standalonePreviewHtml } from '../render/standalone';
import type { FileResult } from './check';
import { oneDossier, readDossierText, UsageError } from './files';
import { buildSynthese } from '../core/table/build';
import { evaluationFor, parseReview, reviewPathFor } from '../core/review';
import { classOverview } from '../class/overview';
import { toCsv, toJson } from '../class/csv';
import { toSarif } from '../class/sarif';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { collect } from './files';
import { depotFromDisk, depotSummary } from '../depot/fromDisk';

interface ExtraArgs {
  args?: string[];
  output?: string;
  format?: string;
  evaluation?: boolean;
  locale: Locale;
  service?: LanguageService;
  env?: NodeJS.ProcessEnv;
  err?: (s: string) => void;
  results?: FileResult[];
}

/** `-o out/x.pdf` creates `out/` like other command-line tools; the file itself is still written atomically. */
function ensureParent(file: string | undefined): void {
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

function modelOf(a: ExtraArgs, text: string, bytes = 0) {
  const service = a.service!;
  const parsed = service.parse(text, bytes);
  if (parsed.refused || !parsed.doc) {
    const why = parsed.findings.map((f) => pick(f.message, a.locale)).join(' ');
    throw new Error(why || 'Dossier illisible. / Unreadable dossier.');
  }
  return { parsed, model: buildSynthese(parsed, service.now()) };
}

export async function runExtraCommand(command: string, a: ExtraArgs): Promise<string> {
  switch (command) {
    case 'pdf': {
      const { file, text, bytes } = oneDossier(a.args);
      const { parsed, model } = modelOf(a, text, bytes);
      if (a.evaluation) {
        // Teacher flag: the evaluation grid of x.revue.yaml (students' exports leave it out).
        const reviewFile = reviewPathFor(file);
        if (!reviewFile || !existsSync(reviewFile)) throw new UsageError(`--evaluation : pas de fichier de relecture ${reviewFile}. / No review file.`);
        model.evaluation = evaluationFor(parsed, parseReview(readDossierText(reviewFile)));
      }
      ensureParent(a.output);
      // The PDF engine (dist/export.js in the bundle) is loaded by this command only.
      const { exportDossierPdf, ExportError } = await import('../export');
      try {
        const started = Date.now();
        const r = await exportDossierPdf({
          sourcePath: file,
          sourceText: text,
          model,
          outPath: a.output,
          includeEvaluation: a.evaluation,
          env: a.env ?? {}
        });
        for (const w of r.warnings) a.err?.(pick(w, a.locale));
        return a.locale === 'en'
          ? `PDF written: ${r.outPath} (${Math.round(r.bytes / 1024)} KB, ${Date.now() - started} ms)`
          : `PDF écrit : ${r.outPath} (${Math.round(r.bytes / 1024)} ko, ${Date.now() - started} ms)`;
      } catch (err) {
        if (err instanceof ExportError) throw new UsageError(pick(err.text, a.locale));
        throw err;
      }
    }
    case 'apercu': {
      const { file, text, bytes } = oneDossier(a.args);
      if (!a.output) throw new UsageError('Indiquez le fichier de sortie : -o apercu.html / Give the output file: -o preview.html');
      const refused = checkOutputPath(file, a.output);
      if (refused) throw new UsageError(pick(refused, a.locale));
      const { model } = modelOf(a, text, bytes);
      ensureParent(a.output);
      const html = standalonePreviewHtml(model, { distDir: __dirname.endsWith('dist') ? __dirname : undefined, source: path.resolve(file) });
      await writeFileAtomic(a.output, Buffer.from(html, 'utf8'));
      return a.locale === 'en' ? `Preview written: ${a.output}` : `Aperçu écrit : ${a.output}`;
    }
    case 'sarif':
      return JSON.stringify(toSarif(a.results ?? [], { baseDir: process.cwd(), language: a.locale === 'en' ? 'en-US' : 'fr-FR' }), null, 2);
    case 'classe': {
      const format = a.format ?? 'csv';
      if (format !== 'csv' && format !== 'json') throw new UsageError(`Format inconnu « ${format} » (csv, json). / Unknown format.`);
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
          const parsed = a.service!.parse(text);
          const depot = depotSummary(depotFromDisk(file, parsed, a.service!.findings(parsed), review === null ? null : parseReview(review)));
          return { file: shown, text, review, depot };
        });
      });
      const overview = classOverview(files, { now: a.service?.now() });
      if (a.output) {
        ensureParent(a.output);
        const body = format === 'csv' ? toCsv(overview) : toJson(overview);
        await writeFileAtomic(a.output, Buffer.from(body, 'utf8'));
        return a.locale === 'en' ? `Class overview written: ${a.output} (${overview.rows.length} dossiers)` : `Vue de classe écrite : ${a.output} (${overview.rows.length} dossiers)`;
      }
      return format === 'csv' ? toCsv(overview) : toJson(overview);
    }
    default:
      throw new UsageError(`Commande inconnue « ${command} ». / Unknown command.`);
  }
}

