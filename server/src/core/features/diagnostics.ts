/** Findings → LSP diagnostics: offsets become positions here, at the edge of the core. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../finding';
import { Locale, pick } from '../l10n';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint
};

export function toDiagnostic(doc: TextDocument, f: Finding, locale: Locale): Diagnostic {
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.code,
    source: f.source === 'revue' ? 'revue' : 'sio',
    message: pick(f.message, locale),
    data: f.data
  };
}
