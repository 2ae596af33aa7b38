/**
 * Teachers' review files (`nom.revue.yaml` next to `nom.sio.yaml`, docs/REVUE.md): the entry
 * points the LSP server and the CLI call. Pure: the caller reads the files.
 */
import type { Finding } from '../finding';
import { parseDossier, type ParsedDossier } from '../parse';
import { checkReview } from './check';
import { parseReview } from './parse';

export { checkReview } from './check';
export { evaluationFor } from './evaluation';
export { reviewCompletions } from './features/completion';
export { reviewHover } from './features/hover';
export { renameEdits } from './features/rename';
export { createReviewService, type ReviewService } from './service';
export { parseReview, type ParsedReview } from './parse';
export { remarkFindings } from './remarks';

export { dossierPathFor, isReviewPath, reviewPathFor } from '../naming';

/**
 * For `sio-dossier check`: the findings of a review file's text, against the text of the dossier
 * it reviews (null when there is none next to it).
 */
export function checkReviewFile(reviewText: string, dossierText: string | null): Finding[] {
  const dossier: ParsedDossier | null = dossierText === null ? null : parseDossier(dossierText);
  return checkReview(parseReview(reviewText), dossier);
}
export { decisionHover, reviewDecisions, validationFindings } from './validationFindings';
export { blocCounts, claimCounts, claimsCoverage, coverageCounts, retainedCountsText, retainedSummary, retainedTable, type CoverageCounts } from './claims';
