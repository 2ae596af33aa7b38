/** `sio-dossier pdf <dossier> [-o x.pdf] [--evaluation]`: the tableau de synthèse and the fiches as one PDF. */
import { existsSync } from 'node:fs';
import { pick } from '../core/l10n';
import { reviewPathFor } from '../core/naming';
import { evaluationFor, parseReview } from '../core/review';
import { oneDossier, readDossierText, UsageError } from './dossierFiles';
import { ensureParent, modelOf, type ExportArgs } from './exportArgs';

export async function runPdf(a: ExportArgs): Promise<string> {
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
  const { exportDossierPdf, ExportError } = await import('../products/pdf');
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
