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
import type { SyntheseModel } from '../protocol/synthese';

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

const DATE_IN_TEXT = /\b(\d{2})\/(\d{2})\/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;

function validUtc(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

/**
 * The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible-builds convention), else the
 * latest period end of the dossier (model when given, else dates found in the text), else
 * 1 January of the session, else 1 January 2000. Never the clock: the same dossier always gives
 * the same bytes.
 */
export function creationDateFor(sourceText: string, env: Record<string, string | undefined>, model?: SyntheseModel | null): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);

  let latest: Date | null = null;
  const consider = (d: Date | null) => {
    if (d && (!latest || d > latest)) latest = d;
  };
  if (model) {
    const rows = [...model.groups.flatMap((g) => g.rows), ...model.grids.flatMap((g) => g.rows)];
    for (const p of [...rows.map((r) => r.periode), ...model.fiches.map((f) => f.periode)]) {
      const iso = p.end ?? p.start;
      const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
      if (m) consider(validUtc(+m[1], +m[2], +m[3]));
    }
  }
  if (!latest) {
    for (const m of sourceText.matchAll(DATE_IN_TEXT)) {
      consider(m[1] ? validUtc(+m[3], +m[2], +m[1]) : validUtc(+m[4], +m[5], +m[6]));
    }
  }
  if (latest) return latest;
  if (model?.session) return new Date(Date.UTC(model.session, 0, 1));
  return new Date(Date.UTC(2000, 0, 1));
}
