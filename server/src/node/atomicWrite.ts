/**
 * Every file Dossier SIO writes on disk goes through here — the PDF, the preview, the
 * spreadsheet, the class CSV, the site's swap, the deposit archive and `verifier --corriger`:
 * never over the dossier itself, never a half-written file (temp file in the same directory,
 * fsync, rename — the rename is atomic on one file system), and, for the PDF, a creation date
 * that does not change from one export to the next (reproducible output).
 */
import { promises as fsp, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../core/l10n';
import { isDossierOrReviewPath, pdfPathFor } from '../core/naming';

/** Indirection so tests can make the write fail half-way. */
export interface WriteHooks {
  write?: (handle: fsp.FileHandle, bytes: Uint8Array) => Promise<void>;
}

export async function writeFileAtomic(target: string, bytes: Uint8Array, hooks: WriteHooks = {}): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', 0o644);
    if (hooks.write) await hooks.write(handle, bytes);
    else await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Real path of `p`, or of its nearest existing parent joined with the rest (file not written yet). */
export function realish(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(realish(parent), path.basename(abs));
  }
}

function caseInsensitiveFs(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

/** Refuses an output that would overwrite the dossier or any YAML the extension edits. */
export function checkOutputPath(source: string, out: string, platform: NodeJS.Platform = process.platform): Text | null {
  const fold = (s: string) => (caseInsensitiveFs(platform) ? s.toLowerCase() : s);
  const o = fold(realish(out));
  if (o === fold(realish(source))) {
    return text(
      `Le PDF ne peut pas être écrit à la place du dossier lui-même (${out}).`,
      `The PDF cannot be written over the dossier itself (${out}).`
    );
  }
  if (isDossierOrReviewPath(out)) {
    return text(
      `Le PDF ne peut pas être écrit dans un fichier de dossier ou de revue (${path.basename(out)}) : choisissez un nom en .pdf.`,
      `The PDF cannot be written to a dossier or review file (${path.basename(out)}): choose a .pdf name.`
    );
  }
  return null;
}

/** `x.sio.yaml` → `x.pdf`, next to the dossier (core/naming.ts). */
export const defaultPdfPath = pdfPathFor;

export { creationDateFor } from '../products/pdf/creationDate';
