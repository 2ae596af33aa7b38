/**
 * What a teacher's review (`nom.revue.yaml`, docs/REVUE.md) adds to its dossier: the open
 * remarks and the validations as diagnostics of the dossier, the evaluation grid for the
 * preview and exports, and the parsed review itself (decisions, coverage, deposit).
 * The review is read through ctx.sources (the open editor first, else the disk).
 */
import type { Finding } from '../../core/finding';
import type { ParsedDossier } from '../../core/parse';
import { evaluationFor, remarkFindings, reviewPathFor, validationFindings, type ParsedReview } from '../../core/review';
import type { EvaluationModel } from '../../protocol/synthese';
import type { ServerContext } from '../context';

/** Open remarks of the dossier's review as findings of the dossier (empty without review). */
export function reviewRemarks(ctx: ServerContext, dossierUri: string, parsed: ParsedDossier): Finding[] {
  const r = reviewPathFor(dossierUri);
  const review = r ? ctx.sources.parsedReview(r) : null;
  return review ? [...remarkFindings(parsed, review), ...validationFindings(parsed, review)] : [];
}

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
