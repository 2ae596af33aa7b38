/**
 * Periods ("période de réalisation", stage dates): grammar, diagnostics with quick-fix
 * rewrites, stage-length rules and hover information. Pure: no fs, no LSP runtime; the clock
 * comes in through `ctx.now`. Codes: date-format, date-invalid, date-order, date-future,
 * date-session (checkPeriode) and stage-duration (checkStages). See docs/periodes.md.
 * rules/dates.ts turns these findings into the dossier's (offsets, quick-fix rewrites).
 */
export type { SimpleDate, PeriodeValue, PeriodeFinding, PeriodeCode, ParseResult, PeriodeContext } from './types';
export { parsePeriode, MAX_PERIODE_LENGTH } from './parse';
export { checkPeriode } from './check';
export { formatDate, schoolYearOf, isValidDate, weeksOf, calendarDays } from './calendar';
export { periodeInfo, type PeriodeInfo } from './info';
export { checkStages, type StageInput, type StageOptions } from './stages';
export { printedPeriode, printedDate, PERIODE_COLUMN_LABEL, PERIODE_COLUMN_LINES } from './printed';
