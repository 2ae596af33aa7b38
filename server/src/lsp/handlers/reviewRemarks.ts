/**
 * The teacher's review (`nom.revue.yaml`, docs/REVUE.md) of a dossier, as the server reads it:
 * the parsed review itself (its remarks and validations become the dossier's diagnostics
 * through core/findings.ts; decisions, coverage, deposit) and the evaluation grid for the
 * preview and exports.
 * The review is read through ctx.sources (the open editor first, else the disk).
 */
import type { ParsedDossier } from '../../core/parse';
import { evaluationFor, reviewPathFor, type ParsedReview } from '../../core/review';
import type { EvaluationModel } from '../../protocol/synthese';
import type { ServerContext } from '../context';

/** The parsed review file next to a dossier (open or on disk), or null (hover, coverage, depot). */
export function reviewOfDossier(ctx: ServerContext, dossierUri: string): ParsedReview | null {
  const r = reviewPathFor(dossierUri);
  return r ? ctx.sources.parsedReview(r) : null;
}

/** The evaluation grid of the dossier's review, for `sio/synthese` with `includeEvaluation`. */
export function reviewEvaluation(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier): EvaluationModel | undefined {
  const r = reviewPathFor(dossierUri);
  const review = r ? ctx.sources.parsedReview(r) : null;
  return review ? evaluationFor(parsed, review) : undefined;
}
