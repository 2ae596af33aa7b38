/**
 * A review file's own diagnostics (schema, unknown targets, decisions on claims the dossier does
 * not make…), checked against the dossier it reviews (check.ts), as LSP diagnostics.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../../features/diagnostics';
import type { Locale } from '../../l10n';
import type { ParsedDossier } from '../../parse';
import { checkReview } from '../check';
import type { ParsedReview } from '../parse';

export function diagnostics(doc: TextDocument, review: ParsedReview, dossier: ParsedDossier | null, locale: Locale): Diagnostic[] {
  return checkReview(review, dossier).map((f) => toDiagnostic(doc, f, locale));
}
