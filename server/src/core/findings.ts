/**
 * The one place that puts a dossier's findings together: the core's own (schema, rules, dates,
 * local files) and what the teacher's review beside it adds (open remarks, validations).
 * The editor (lsp/server.ts), the workspace check of closed files (lsp/handlers/workspace.ts),
 * `sio-dossier verifier` (cli/check.ts), the class view (products/class/overview.ts, CLI and
 * editor) and the deposit checklist's callers all call it, so they cannot disagree on what a
 * dossier has to fix.
 */
import type { Finding } from './finding';
import { guarded } from './internalError';
import type { ParsedDossier } from './parse';
import { remarkFindings } from './review/remarks';
import { validationFindings } from './review/validationFindings';
import type { ParsedReview } from './review/parse';
import type { LanguageService } from './service';

export interface FindingsContext {
  /** The rules with the user's settings and clock (core/service.ts). */
  service: LanguageService;
  /** The dossier's file (path or `file:` URI): lets the service check its local files. */
  uri?: string;
}

export interface DossierFindings {
  /** The dossier's own findings: what the student fixes in the `.sio.yaml`. */
  own: Finding[];
  /** The review's open remarks and its validations' findings (empty without review). */
  review: Finding[];
  /** Both: what Problems, `verifier` and the class view show. */
  all: Finding[];
}

export function dossierFindings(parsed: ParsedDossier, review: ParsedReview | null, context: FindingsContext): DossierFindings {
  const own = context.service.findings(parsed, context.uri);
  const fromReview = review ? guarded('revue', () => [...remarkFindings(parsed, review), ...validationFindings(parsed, review)]) : [];
  return { own, review: fromReview, all: fromReview.length ? [...own, ...fromReview] : own };
}
