/**
 * `sio/classe`: the « Vue de classe », one row per dossier of the workspace folders (open or
 * not) and of the open editors, with its findings, its review and its deposit checklist
 * (server/src/products/class/overview.ts, server/src/products/depot/).
 *
 * Incremental (issue 24): a row is kept while its inputs are unchanged — the dossier's text, its
 * review's text, the day (date rules), the settings, and the metadata of every file its deposit
 * checklist looked at (exports, attestations). After an edit only that dossier is parsed and
 * checked again; the others cost a few stat calls. Rows of dossiers gone are dropped.
 */
import { assemble, overviewRow, type ClassOverview, type ClassRow } from '../../products/class/overview';
import { isUnder } from '../../products/class/relative';
import { parseReview, reviewPathFor } from '../../core/review';
import { depotFromDisk, depotSummary, realStat } from '../../node/depotFromDisk';
import type { FileStat } from '../../products/depot/checklist';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { sameFile, uriToPath } from '../../node/uris';
import { ClasseRequest, type ClasseParams } from '../../protocol/messages';
import type { Workspace } from './workspace';

interface CachedRow {
  text: string;
  review: string | null;
  /** Day and settings the findings were computed with. */
  context: string;
  /** Each file the deposit checklist looked at, and what it saw. */
  stats: [string, FileStat | null][];
  row: ClassRow;
}

const sameStat = (a: FileStat | null, b: FileStat | null) => (a === null || b === null ? a === b : a.mtimeMs === b.mtimeMs && a.size === b.size);

export function registerClasse(ctx: ServerContext, workspace: Workspace): void {
  const { connection, documents, service, sources } = ctx;
  const cache = new Map<string, CachedRow>();
  connection.onRequest(ClasseRequest, async (params: ClasseParams): Promise<ClassOverview> => {
    const uris = new Set<string>(await workspace.dossiers());
    for (const d of documents.all()) if (isDossierPath(d.uri) && ![...uris].some((u) => sameFile(u, d.uri))) uris.add(d.uri);
    // The view opened on a folder of the explorer: only the dossiers under it.
    const folder = params?.folder;
    if (folder) for (const u of uris) if (!isUnder(u, folder)) uris.delete(u);
    const rows: ClassRow[] = [];
    const context = `${service.now().toDateString()}\u0000${JSON.stringify(service.settings)}`;
    let n = 0;
    for (const uri of uris) {
      // Yield now and then: a class of hundreds of dossiers must not freeze the open editors.
      if (++n % 20 === 0) await new Promise((r) => setImmediate(r));
      const text = sources.textOf(uri);
      if (text === null) continue;
      const r = reviewPathFor(uri);
      const reviewText = r ? sources.textOf(r) : null;
      const hit = cache.get(uri);
      if (hit && hit.text === text && hit.review === reviewText && hit.context === context && hit.stats.every(([f, s]) => sameStat(realStat(f), s))) {
        rows.push(hit.row);
        continue;
      }
      const parsed = sources.parsedDossier(uri, false);
      if (!parsed) continue;
      const findings = service.findings(parsed);
      const path = uriToPath(uri);
      const stats: [string, FileStat | null][] = [];
      const record = (f: string) => {
        const s = realStat(f);
        stats.push([f, s]);
        return s;
      };
      const depot = path ? depotSummary(depotFromDisk(path, parsed, findings, reviewText === null ? null : parseReview(reviewText), record)) : undefined;
      const row = overviewRow(uri, parsed, findings, reviewText, depot);
      cache.set(uri, { text, review: reviewText, context, stats, row });
      rows.push(row);
    }
    // Only a full listing knows which dossiers are gone.
    if (!folder) for (const u of cache.keys()) if (!uris.has(u)) cache.delete(u);
    return assemble(rows);
  });
}
