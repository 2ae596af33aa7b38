/**
 * A problem found by a rule, before it becomes an LSP diagnostic.
 * Ranges are offsets into the document text; the edge converts them to positions.
 */
import type { DiagnosticCode, Severity } from './diagnostics';
import type { Text } from './l10n';

export type { Severity };

export interface Finding {
  /** Stable code, declared in core/diagnostics.ts (documented in docs/DIAGNOSTICS.md). */
  code: DiagnosticCode;
  severity: Severity;
  message: Text;
  start: number;
  end: number;
  /** "sio" for the checks, "revue" for teachers' remarks. */
  source?: 'sio' | 'revue';
  /** Data a quick fix needs (e.g. the canonical rewrite of a period). */
  data?: FixData;
}

export type FixData =
  /** `whole`: the text replaces the whole period value holding the range, not only the range (rules/dates.ts). */
  | { kind: 'replace'; replacements: { text: string; title: Text }[]; whole?: boolean }
  | { kind: 'none' };
