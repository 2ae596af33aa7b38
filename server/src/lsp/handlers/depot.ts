/**
 * `sio/depot`: the deposit checklist of an open dossier for the client's « Dépôt » view — the
 * same checklist as `sio-dossier depot` (server/src/products/depot/checklist.ts), on the editor's text
 * (unsaved changes included) and the files next to the dossier (ctx.files: disk or client).
 */
import { pick } from '../../core/l10n';
import { DepotRequest, type DepotParams, type DepotResult } from '../../protocol/messages';
import { isDossierPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { depotOfAsync } from './depotFiles';
import { dossierFindings } from '../../core/findings';
import { reviewOfDossier } from './reviewRemarks';

export function registerDepot(ctx: ServerContext): void {
  ctx.connection.onRequest(DepotRequest, async (params: DepotParams): Promise<DepotResult | null> => {
    const doc = ctx.documents.get(params.uri);
    if (!doc || !isDossierPath(doc.uri)) return null;
    const parsed = ctx.parsed(doc);
    const review = reviewOfDossier(ctx, doc.uri);
    const report = await depotOfAsync(ctx, doc.uri, parsed, dossierFindings(parsed, review, { service: ctx.service, uri: doc.uri }).own, review, { editor: true });
    const locale = ctx.service.locale;
    return {
      uri: doc.uri,
      ready: report.ready,
      items: report.items.map((i) => ({
        id: i.id,
        ok: i.ok,
        title: pick(i.title, locale),
        detail: pick(i.detail, locale),
        where: i.where ? { uri: i.where.file, line: i.where.line } : undefined,
        command: i.ok ? undefined : i.command
      }))
    };
  });
}
