/**
 * Periods ("période de réalisation", stage dates): grammar, diagnostics with quick-fix
 * rewrites, stage-length rules and hover information. Pure: no fs, no LSP runtime; the clock
 * comes in through `ctx.now`. Codes: date-format, date-invalid, date-order, date-future,
 * date-session (checkPeriode) and stage-duration (checkStages). See docs/periodes.md.
 */
import type { Finding } from '../finding';
import type { PeriodeFinding } from './types';

export type { SimpleDate, PeriodeValue, PeriodeFinding, PeriodeCode, ParseResult, PeriodeContext } from './types';
export { parsePeriode, MAX_PERIODE_LENGTH } from './parse';
export { checkPeriode } from './check';
export { formatDate, schoolYearOf, isValidDate, weeksOf, calendarDays } from './calendar';
export { periodeInfo, type PeriodeInfo } from './info';
export { checkStages, type StageInput, type StageOptions } from './stages';
export { printedPeriode, printedDate, PERIODE_COLUMN_LABEL, PERIODE_COLUMN_LINES } from './printed';

/**
 * A period finding as a document Finding: offsets shifted by `offset` (where the period text
 * starts in the document), the rewrite carried as quick-fix data (`swap-periode` for date-order).
 */
export function toFinding(f: PeriodeFinding, offset = 0): Finding {
  const data: Finding['data'] = !f.rewrite
    ? undefined
    : f.code === 'date-order'
      ? { kind: 'swap-periode', text: f.rewrite.text }
      : { kind: 'replace', replacements: [{ text: f.rewrite.text, title: f.rewrite.title }] };
  return { code: f.code, severity: f.severity, message: f.message, start: f.start + offset, end: f.end + offset, source: 'sio', ...(data ? { data } : {}) };
}
