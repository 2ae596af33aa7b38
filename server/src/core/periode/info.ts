/**
 * periodeInfo: what a hover over a period shows — its length and where it falls in the
 * two years of training (year 1 / year 2 of the session, see schoolYearOf).
 */
import { text, type Text } from '../l10n';
import { calendarDays, schoolYearOf, schoolYearStart, weeksOf } from './calendar';
import type { PeriodeValue, SimpleDate } from './types';

export interface PeriodeInfo {
  /** Calendar days, both ends included. */
  days: number;
  /** Weeks rounded to 0.1, a Friday end counted up to Sunday (see weeksOf). */
  weeks: number;
  /** e.g. "1re année (2024-2025) de la session 2026". */
  schoolYear: Text;
}

const span = (d: SimpleDate): string => `${schoolYearStart(d)}-${schoolYearStart(d) + 1}`;
const ordinal = (n: 1 | 2): Text => (n === 1 ? text('1re année', 'year 1') : text('2e année', 'year 2'));

export function periodeInfo(value: PeriodeValue, session: number | null): PeriodeInfo {
  return { days: calendarDays(value.start, value.end), weeks: weeksOf(value.start, value.end), schoolYear: yearText(value, session) };
}

function yearText(v: PeriodeValue, session: number | null): Text {
  const [a, b] = [span(v.start), span(v.end)];
  if (session === null) {
    return a === b ? text(`année scolaire ${a}`, `school year ${a}`) : text(`années scolaires ${a} à ${b}`, `school years ${a} to ${b}`);
  }
  const [ya, yb] = [schoolYearOf(v.start, session), schoolYearOf(v.end, session)];
  if (ya !== null && ya === yb) {
    const o = ordinal(ya);
    return text(`${o.fr} (${a}) de la session ${session}`, `${o.en} (${a}) of the ${session} session`);
  }
  if (ya === 1 && yb === 2) {
    return text(`à cheval sur la 1re et la 2e année de la session ${session}`, `across years 1 and 2 of the ${session} session`);
  }
  const years = a === b ? a : `${a} à ${b}`;
  return text(
    `hors des deux années de formation de la session ${session} (${a === b ? 'année scolaire' : 'années scolaires'} ${years})`,
    `outside the two years of training for the ${session} session (school year${a === b ? '' : 's'} ${years.replace(' à ', ' to ')})`,
  );
}
