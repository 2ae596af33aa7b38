/**
 * `sio/classe`: the « Vue de classe », one row per dossier of the workspace folders (open or
 * not) and of the open editors, with its findings, its review and its deposit checklist
 * (server/src/products/class/overview.ts, server/src/products/depot/).
 *
 * Incremental (issue 24): a row is kept while its inputs are unchanged — the dossier's text, its
 * review's text, the day (date rules), the settings, and what its deposit checklist saw of every
 * file it looked at (exports, attestations). After an edit only that dossier is parsed and
 * checked again; the others cost a few stat calls. Rows of dossiers gone are dropped.
 * Files are read through lsp/files.ts: from the disk on the desktop, from the client's
 * workspace.fs in a browser, where a closed dossier is waited for, never skipped as unread.
 */
import { assemble, overviewRow, type ClassOverview, type ClassRow } from '../../products/class/overview';
import { isUnder } from '../../products/class/relative';
import { dossierFindings } from '../../core/findings';
import { parseReview, reviewPathFor } from '../../core/review';
import { depotLooksTheSame, depotOfAsync, depotSummary, type DepotLooks } from './depotFiles';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { sameUri } from '../files';
import { ClasseRequest, type ClasseParams } from '../../protocol/messages';
import type { Workspace } from './workspace';

interface CachedRow {
  text: string;
  review: string | null;
  /** Day and settings the findings were computed with. */
  context: string;
  /** What the deposit checklist saw of each file it looked at. */
  looks: DepotLooks;
  row: ClassRow;
}

export function registerClasse(ctx: ServerContext, workspace: Workspace): void {
  const { connection, documents, service, sources } = ctx;
  const cache = new Map<string, CachedRow>();
  connection.onRequest(ClasseRequest, async (params: ClasseParams): Promise<ClassOverview> => {
    const uris = new Set<string>(await workspace.dossiers());
    for (const d of documents.all()) if (isDossierPath(d.uri) && ![...uris].some((u) => sameUri(u, d.uri))) uris.add(d.uri);
    // The view opened on a folder of the explorer: only the dossiers under it.
    const folder = params?.folder;
    if (folder) for (const u of uris) if (!isUnder(u, folder)) uris.delete(u);
    const rows: ClassRow[] = [];
    const context = `${service.now().toDateString()}\u0000${JSON.stringify(service.settings)}`;
    let n = 0;
    for (const uri of uris) {
      // Yield now and then: a class of hundreds of dossiers must not freeze the open editors.
      if (++n % 20 === 0) await new Promise((r) => setImmediate(r));
      const text = await sources.textOfAsync(uri);
      if (text === null) continue;
      const r = reviewPathFor(uri);
      const reviewText = r ? await sources.textOfAsync(r) : null;
      const hit = cache.get(uri);
      if (hit && hit.text === text && hit.review === reviewText && hit.context === context && depotLooksTheSame(ctx, uri, hit.looks)) {
        rows.push(hit.row);
        continue;
      }
      const parsed = await sources.parsedDossierAsync(uri);
      if (!parsed) continue;
      const review = reviewText ? parseReview(reviewText) : null;
      const found = dossierFindings(parsed, review, { service, uri });
      const looks: DepotLooks = new Map();
      const depot = depotSummary(await depotOfAsync(ctx, uri, parsed, found.own, review, { looks }));
      const row = overviewRow(uri, parsed, found, review, depot);
      cache.set(uri, { text, review: reviewText, context, looks, row });
      rows.push(row);
    }
    // Only a full listing knows which dossiers are gone.
    if (!folder) for (const u of cache.keys()) if (!uris.has(u)) cache.delete(u);
    return assemble(rows);
  });
}
