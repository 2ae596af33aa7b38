/**
 * Calendar arithmetic on SimpleDate: validity, ordering, day counts, school years.
 * Pure and time-zone free: dates are turned into day numbers through UTC only.
 */
import type { SimpleDate } from './types';
import type { Locale } from '../l10n';

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDate(d: SimpleDate): boolean {
  return (
    Number.isInteger(d.y) && Number.isInteger(d.m) && Number.isInteger(d.d) &&
    d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** JJ/MM/AAAA, the only date form of the official documents. */
export function formatDate(d: SimpleDate): string {
  return `${pad(d.d, 2)}/${pad(d.m, 2)}/${pad(d.y, 4)}`;
}

/** Days since 1970-01-01. `setUTCFullYear` is used because `Date.UTC` maps years 0–99 to 1900–1999. */
export function dayNumber(d: SimpleDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.y, d.m - 1, d.d);
  return Math.round(t.getTime() / 86_400_000);
}

export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: SimpleDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The user's "today": the local calendar day of the injected clock. */
export function todayOf(now: Date): SimpleDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/** Calendar days from start to end, both included (a one-day period lasts 1 day). */
export function calendarDays(start: SimpleDate, end: SimpleDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/**
 * Length in weeks, rounded to 0.1: calendar days / 7, where a period ending on a Friday
 * (or Saturday) is counted up to the Sunday. Stages run Monday to Friday; without this,
 * the "4 semaines consécutives" of Annexe III.B written `du 02/06/2025 au 27/06/2025`
 * (26 days) would count as 3.7 weeks and be flagged wrongly.
 */
export function weeksOf(start: SimpleDate, end: SimpleDate): number {
  return round1(weekDays(start, end) / 7);
}

/** Calendar days, plus the weekend when the period ends on a Friday or Saturday (see weeksOf). */
export function weekDays(start: SimpleDate, end: SimpleDate): number {
  const dow = dayOfWeek(end);
  return calendarDays(start, end) + (dow === 5 ? 2 : dow === 6 ? 1 : 0);
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** 4,5 in French, 4.5 in English; whole numbers without decimals. */
export function formatWeeks(w: number, locale: Locale): string {
  const s = Number.isInteger(w) ? String(w) : w.toFixed(1);
  return locale === 'fr' ? s.replace('.', ',') : s;
}

/** First calendar year of the school year containing d (Sept–Aug): 15/05/2025 → 2024. */
export function schoolYearStart(d: SimpleDate): number {
  return d.m >= 9 ? d.y : d.y - 1;
}

/**
 * Which year of the two-year programme leading to `session` a date falls in:
 * year 1 = 1 Sept (session−2) .. 31 Aug (session−1) (its summer included: the year-1 stage
 * is "en fin de première année", Annexe III.B); year 2 = 1 Sept (session−1) .. 30 June (session).
 */
export function schoolYearOf(date: SimpleDate, session: number): 1 | 2 | null {
  const c = (y: number, m: number, d: number) => compareDates(date, { y, m, d });
  if (c(session - 2, 9, 1) >= 0 && c(session - 1, 8, 31) <= 0) return 1;
  if (c(session - 1, 9, 1) >= 0 && c(session, 6, 30) <= 0) return 2;
  return null;
}
