/** `sio-dossier apercu <dossier> -o x.html`: the live preview as one self-contained HTML file. */
import * as path from 'node:path';
import { pick } from '../core/l10n';
import { checkOutputPath, writeFileAtomic } from '../node/atomicWrite';
import { standalonePreviewHtml } from '../node/standalonePreview';
import { oneDossier, UsageError } from './dossierFiles';
import { ensureParent, modelOf, type ExportArgs } from './exportArgs';

export async function runApercu(a: ExportArgs): Promise<string> {
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
