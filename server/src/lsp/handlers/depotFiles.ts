/**
 * The deposit checklist (products/depot/checklist.ts) over the server's FileView: the exports and
 * attestations beside a dossier are looked up by URI, on the disk on the desktop and through the
 * client's `workspace.fs` in a browser, so the « Dépôt » view and the class view are one code path.
 * A file the client has not answered for yet counts as absent until it does (the view refreshes).
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

export function depotOf(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null): DepotReport {
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
    // The BTS SIO candidate deposits the official tableau as the centre's spreadsheet.
    expectSpreadsheet: kindOf(parsed.model) === 'bts-sio'
  });
}

export function depotSummary(r: DepotReport): DepotSummary {
  return { ready: r.ready, missing: r.items.filter((i) => !i.ok).map((i) => i.id) };
}
