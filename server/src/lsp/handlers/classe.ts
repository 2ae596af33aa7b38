/**
 * `sio/classe`: the « Vue de classe », one row per dossier of the workspace folders (open or
 * not) and of the open editors, with its findings, its review and its deposit checklist
 * (server/src/products/class/overview.ts, server/src/products/depot/).
 */
import { assemble, overviewRow, type ClassOverview, type ClassRow } from '../../products/class/overview';
import { isUnder } from '../../products/class/relative';
import { dossierFindings } from '../../core/findings';
import { parseReview, reviewPathFor } from '../../core/review';
import { depotOfAsync, depotSummary } from './depotFiles';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { sameUri } from '../files';
import { ClasseRequest, type ClasseParams } from '../../protocol/messages';
import type { Workspace } from './workspace';

export function registerClasse(ctx: ServerContext, workspace: Workspace): void {
  const { connection, documents, service, sources } = ctx;
  connection.onRequest(ClasseRequest, async (params: ClasseParams): Promise<ClassOverview> => {
    const uris = new Set<string>(await workspace.dossiers());
    for (const d of documents.all()) if (isDossierPath(d.uri) && ![...uris].some((u) => sameUri(u, d.uri))) uris.add(d.uri);
    // The view opened on a folder of the explorer: only the dossiers under it.
    const folder = params?.folder;
    if (folder) for (const u of uris) if (!isUnder(u, folder)) uris.delete(u);
    const rows: ClassRow[] = [];
    let n = 0;
    for (const uri of uris) {
      // Yield now and then: a class of hundreds of dossiers must not freeze the open editors.
      if (++n % 20 === 0) await new Promise((r) => setImmediate(r));
      // Waits for the client in a browser (lsp/files.ts): a closed dossier is never skipped for being unread yet.
      const parsed = await sources.parsedDossierAsync(uri);
      if (!parsed) continue;
      const r = reviewPathFor(uri);
      const reviewText = r ? await sources.textOfAsync(r) : null;
      const review = reviewText ? parseReview(reviewText) : null;
      const found = dossierFindings(parsed, review, { service, uri });
      const depot = depotSummary(await depotOfAsync(ctx, uri, parsed, found.own, review));
      rows.push(overviewRow(uri, parsed, found, review, depot));
    }
    return assemble(rows);
  });
}
