/**
 * One call for every front end (VS Code command, `sio-dossier pdf`): check the output path,
 * render the model, write the file atomically. Errors the user can fix carry a bilingual Text.
 */
import type { Text } from '../../core/l10n';
import type { SyntheseModel } from '../../protocol/synthese';
import { renderPdf } from './pdf';
import { checkOutputPath, creationDateFor, defaultPdfPath, writeFileAtomic } from '../../node/atomicWrite';

export { renderPdf } from './pdf';
export { checkOutputPath, creationDateFor, defaultPdfPath, writeFileAtomic } from '../../node/atomicWrite';

export class ExportError extends Error {
  constructor(readonly text: Text) {
    super(text.fr);
    this.name = 'ExportError';
  }
}

export interface ExportDossierPdfOptions {
  sourcePath: string;
  sourceText: string;
  model: SyntheseModel;
  /** Defaults to `<name>.pdf` next to the dossier. */
  outPath?: string;
  includeEvaluation?: boolean;
  /** Only SOURCE_DATE_EPOCH is read. */
  env: Record<string, string | undefined>;
  fontDir?: string;
}

export async function exportDossierPdf(opts: ExportDossierPdfOptions): Promise<{ outPath: string; warnings: Text[]; bytes: number }> {
  const outPath = opts.outPath ?? defaultPdfPath(opts.sourcePath);
  const refused = checkOutputPath(opts.sourcePath, outPath);
  if (refused) throw new ExportError(refused);
  const { bytes, warnings } = await renderPdf(opts.model, {
    creationDate: creationDateFor(opts.sourceText, opts.env, opts.model),
    includeEvaluation: opts.includeEvaluation,
    fontDir: opts.fontDir
  });
  await writeFileAtomic(outPath, bytes);
  return { outPath, warnings, bytes: bytes.length };
}
