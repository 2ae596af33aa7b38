/**
 * The deposit checklist (products/depot/checklist.ts) over the server's FileView: the exports and
 * attestations beside a dossier are looked up by URI, on the disk on the desktop and through the
 * client's `workspace.fs` in a browser, so the « Dépôt » view and the class view are one code path.
 * In a browser the client answers asynchronously: depotOfAsync first asks for every file the
 * checklist looks at, then runs it on the answers.
 */
import type { Finding } from '../../core/finding';
import { kindOf } from '../../core/model';
import type { ParsedDossier } from '../../core/parse';
import type { ParsedReview } from '../../core/review';
import type { DepotSummary } from '../../products/class/claims';
import { depotChecklist, type DepotReport, type FileStat } from '../../products/depot/checklist';
import { FsFileType } from '../../protocol/fs';
import type { ServerContext } from '../context';
import { siblingUri } from '../files';

export function depotOf(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, opts: { editor?: boolean } = {}): DepotReport {
  const stat = (uri: string): FileStat | null => {
    const st = uri ? ctx.files.stat(uri) : null;
    return st && st.type === FsFileType.File ? { mtimeMs: st.mtime, size: st.size } : null;
  };
  return depotChecklist({
    dossierPath: dossierUri,
    parsed,
    findings,
    review,
    stat,
    resolve: (d, file) => siblingUri(d, file) ?? '',
    locate: ctx.locateIn(dossierUri),
    // The BTS SIO candidate deposits the official tableau as the centre's spreadsheet.
    expectSpreadsheet: kindOf(parsed.model) === 'bts-sio',
    editor: opts.editor
  });
}

export function depotSummary(r: DepotReport): DepotSummary {
  return { ready: r.ready, missing: r.items.filter((i) => !i.ok).map((i) => i.id) };
}

/** The same checklist once the client has answered for every file it looks at (requests that can wait). */
export async function depotOfAsync(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, opts: { editor?: boolean } = {}): Promise<DepotReport> {
  const looked: string[] = [];
  depotChecklist({
    dossierPath: dossierUri,
    parsed,
    findings,
    review,
    stat: (uri) => (looked.push(uri), null),
    resolve: (d, file) => siblingUri(d, file) ?? '',
    locate: ctx.locateIn(dossierUri),
    expectSpreadsheet: kindOf(parsed.model) === 'bts-sio'
  });
  await Promise.all(looked.filter(Boolean).map((uri) => ctx.files.statAsync(uri)));
  return depotOf(ctx, dossierUri, parsed, findings, review, opts);
}
