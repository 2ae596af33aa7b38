/**
 * Shapes shared by the period ("période de réalisation") checks.
 * A period is written in a dossier as `du JJ/MM/AAAA au JJ/MM/AAAA` or `le JJ/MM/AAAA`,
 * the form the official tableau de synthèse asks for ("Période (sous la forme du JJ/MM/AA au JJ/MM/AA)",
 * seed 004). All offsets are UTF-16 offsets into the text given to the parser.
 */
import type { Severity } from '../finding';
import type { Text } from '../l10n';

/** A calendar date without time zone: the dossier speaks of days, never of instants. */
export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

export interface PeriodeValue {
  start: SimpleDate;
  end: SimpleDate;
  /** Written as one day (`le 14/01/2025` or a lone date); then start = end and endSpan = startSpan. */
  single: boolean;
  /** `du 09/12/2024 au 20/12/2024` or `le 14/01/2025`, four-digit years, always. */
  canonical: string;
  /** Offsets of the start date and the end date in the input text. */
  startSpan: [number, number];
  endSpan: [number, number];
}

export type PeriodeCode = 'date-format' | 'date-invalid' | 'date-order' | 'date-future' | 'date-session';

export interface PeriodeFinding {
  code: PeriodeCode;
  severity: Severity;
  message: Text;
  start: number;
  end: number;
  /** Quick fix: the full replacement text of the period (not only of the range). */
  rewrite?: { text: string; title: Text };
}

export type ParseResult = { ok: true; value: PeriodeValue } | { ok: false; findings: PeriodeFinding[] };

/** What the date rules need to know about the world; `now` is injected so tests control the clock. */
export interface PeriodeContext {
  now: Date;
  /** Exam session (e.g. 2026), or null when the dossier does not say. */
  session: number | null;
}
