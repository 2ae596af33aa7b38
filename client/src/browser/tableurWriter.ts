/**
 * The official spreadsheet in VS Code for the Web, through the editor's file system: the centre's
 * template named by `sio.tableur.modele` (a path inside the dossier's workspace folder: a browser
 * has no disk path of its own, and a shared folder's settings must not reach outside it,
 * docs/SECURITE.md), and `<nom>.tableau.xlsx` (or `.ods`, the template's format) written beside the
 * dossier, never over the dossier, a review file or the template, and over an existing file only
 * once the user agrees. No `vscode` import (test/unit/web/tableurWriter.test.ts).
 */
import { isDossierOrReviewPath, tableurPathFor } from '../../../shared/naming';
import { l10n } from '../l10n';

/**
 * The template's URI inside the workspace folder, or null when the setting leaves it: an absolute
 * path, a URI, or a `..` that climbs above the folder.
 */
export function templateInFolder(folderUri: string, value: string): string | null {
  const v = value.trim().replace(/\\/g, '/');
  if (!v || v.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(v)) return null;
  const parts: string[] = [];
  for (const seg of v.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(encodeURIComponent(seg));
  }
  return parts.length ? `${folderUri.replace(/\/+$/, '')}/${parts.join('/')}` : null;
}

export interface WebTableurFs {
  stat(uri: string): Promise<{ type: number; size: number } | null>;
  readFile(uri: string): Promise<Uint8Array>;
  writeFile(uri: string, bytes: Uint8Array): Promise<void>;
}

export type WebTableurOutcome = { written: string } | { refused: string } | { cancelled: true };

function fileName(uri: string): string {
  return decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/.*\//, ''));
}

export async function writeWebTableur(
  fs: WebTableurFs,
  opts: { dossierUri: string; templateUri?: string; maxTemplateBytes: number; confirmReplace(name: string): Promise<boolean> },
  make: (template?: { bytes: Uint8Array; name: string }) => Promise<Uint8Array>
): Promise<WebTableurOutcome> {
  let template: { bytes: Uint8Array; name: string } | undefined;
  if (opts.templateUri) {
    const name = fileName(opts.templateUri);
    const st = await fs.stat(opts.templateUri);
    if (!st || st.type !== 1) return { refused: l10n.t('Modèle introuvable : {0} (réglage sio.tableur.modele).', name) };
    if (st.size > opts.maxTemplateBytes) return { refused: l10n.t('Modèle refusé : {0} (plus de {1} Mo).', name, Math.round(opts.maxTemplateBytes / 1048576)) };
    template = { bytes: await fs.readFile(opts.templateUri), name };
  }
  const format = template && /\.ods$/i.test(template.name) ? 'ods' : 'xlsx';
  const out = tableurPathFor(opts.dossierUri, format);
  const name = fileName(out);
  if (out === opts.dossierUri || isDossierOrReviewPath(out) || out === opts.templateUri) {
    return { refused: l10n.t('Le tableur ne peut pas être écrit à la place du dossier ou du modèle ({0}).', name) };
  }
  const there = await fs.stat(out);
  if (there && there.type !== 1) return { refused: l10n.t('{0} existe déjà et n’est pas un fichier : le tableur n’est pas écrit.', name) };
  if (there && !(await opts.confirmReplace(name))) return { cancelled: true };
  await fs.writeFile(out, await make(template));
  return { written: out };
}
