/**
 * The class view's validation columns: per dossier, how many claims the review retains, refuses
 * or leaves pending (`a-revoir` or undecided), and the bloc coverage counting retained claims
 * only once the review decides any (core/review/claims.ts) — what moncampus shows a teacher as
 * « validées / en attente » per student. « Prêt pour le dépôt » comes from depot/checklist.ts,
 * computed by the caller, which can read the exports and attestations.
 */
import { blocCounts, claimCounts, claimsCoverage, reviewDecisions, type ParsedReview } from '../../core/review';
import type { ParsedDossier } from '../../core/parse';
import { dossierCatalog } from '../../core/review/epreuves';
import type { ClaimColumns } from '../../protocol/classOverview';

export type { ClaimColumns, DepotSummary } from '../../protocol/classOverview';

export function claimColumns(parsed: ParsedDossier, review: ParsedReview | null): ClaimColumns {
  const model = parsed.model;
  const catalog = dossierCatalog(model);
  const decisions = review ? reviewDecisions(parsed, review) : null;
  const cov = claimsCoverage(catalog, model, decisions);
  const counts = claimCounts(catalog, model, decisions ?? new Map());
  const coverage: Record<string, number> = {};
  for (const b of cov.blocs) for (const [id, rs] of b.coverage.byCompetence) coverage[id] = rs.length;
  const per = cov.retainedOnly ? cov.blocs.map(blocCounts) : [];
  return {
    validations: cov.retainedOnly,
    retained: counts.retained,
    refused: counts.refused,
    pending: counts.pending,
    coverage,
    covered: cov.covered,
    total: cov.total,
    competencesRefused: per.reduce((n, b) => n + b.refused, 0),
    competencesPending: per.reduce((n, b) => n + b.pending, 0),
    blocs: per.map((c, i) => ({ bloc: `B${cov.blocs[i].coverage.bloc.id.replace(/^B/, '')}`, retained: c.covered, refused: c.refused, pending: c.pending }))
  };
}
