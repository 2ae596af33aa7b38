/**
 * checkPeriode: every rule for one period string. Grammar and impossible dates first
 * (parsePeriode); the rules on the meaning of the dates (order, future, session) run only on
 * a period that parses, so the user fixes one thing at a time.
 */
import { text } from '../l10n';
import { compareDates, formatDate, todayOf } from './calendar';
import { swapTitle } from './messages';
import { canonicalOf, parsePeriode } from './parse';
import type { PeriodeContext, PeriodeFinding, PeriodeValue } from './types';

export function checkPeriode(input: string, ctx: PeriodeContext): PeriodeFinding[] {
  const parsed = parsePeriode(input);
  if (!parsed.ok) return parsed.findings;
  const v = parsed.value;
  if (compareDates(v.end, v.start) < 0) return [orderFinding(v)];
  return [...futureFindings(v, ctx.now), ...sessionFindings(v, ctx.session)];
}

function orderFinding(v: PeriodeValue): PeriodeFinding {
  const swapped = canonicalOf(v.end, v.start, false);
  const [s, e] = [formatDate(v.start), formatDate(v.end)];
  return {
    code: 'date-order',
    severity: 'error',
    message: text(
      `La date de fin (${e}) précède la date de début (${s}).`,
      `The end date (${e}) is before the start date (${s}).`,
    ),
    start: v.startSpan[0],
    end: v.endSpan[1],
    rewrite: { text: swapped, title: swapTitle(swapped) },
  };
}

/**
 * A réalisation presented at the exam is work done: a period ending after today is flagged
 * (a warning, since a dossier is written while the last stage runs). A period that contains
 * today ends after today, so it is flagged too; one that ends today is not.
 */
function futureFindings(v: PeriodeValue, now: Date): PeriodeFinding[] {
  const today = todayOf(now);
  if (compareDates(v.end, today) <= 0) return [];
  const t = formatDate(today);
  if (compareDates(v.start, today) > 0) {
    return [{
      code: 'date-future',
      severity: 'warning',
      message: text(
        `La période n'a pas encore commencé (début le ${formatDate(v.start)}, nous sommes le ${t}) : une réalisation présentée doit être terminée.`,
        `The period has not started yet (it starts on ${formatDate(v.start)}, today is ${t}): a réalisation you present must be finished.`,
      ),
      start: v.startSpan[0],
      end: v.endSpan[1],
    }];
  }
  return [{
    code: 'date-future',
    severity: 'warning',
    message: text(
      `La période se termine le ${formatDate(v.end)}, après aujourd'hui (${t}) : une réalisation présentée doit être terminée ; indiquez la date de fin réelle une fois le travail achevé.`,
      `The period ends on ${formatDate(v.end)}, after today (${t}): a réalisation you present must be finished; write the actual end date once the work is done.`,
    ),
    start: v.endSpan[0],
    end: v.endSpan[1],
  }];
}

/**
 * The two years of training for session S run from 1 September S−2 to 30 June S.
 * Only a warning: apprentices, one-year programmes and repeated years fall outside.
 */
function sessionFindings(v: PeriodeValue, session: number | null): PeriodeFinding[] {
  if (session === null) return [];
  const out: PeriodeFinding[] = [];
  const first = { y: session - 2, m: 9, d: 1 };
  const last = { y: session, m: 6, d: 30 };
  const why = text(
    'Si votre parcours est différent (alternance, formation en un an, redoublement), cet avertissement peut être ignoré.',
    'If your path differs (work-study, one-year programme, repeated year), you may ignore this warning.',
  );
  if (compareDates(v.start, first) < 0) {
    out.push({
      code: 'date-session',
      severity: 'warning',
      message: text(
        `La période commence avant le ${formatDate(first)}, début des deux années de formation de la session ${session}. ${why.fr}`,
        `The period starts before ${formatDate(first)}, when the two years of training for the ${session} session begin. ${why.en}`,
      ),
      start: v.startSpan[0],
      end: v.startSpan[1],
    });
  }
  if (compareDates(v.end, last) > 0) {
    out.push({
      code: 'date-session',
      severity: 'warning',
      message: text(
        `La période se termine après le ${formatDate(last)}, fin de la formation pour la session ${session}. ${why.fr}`,
        `The period ends after ${formatDate(last)}, when training for the ${session} session ends. ${why.en}`,
      ),
      start: v.endSpan[0],
      end: v.endSpan[1],
    });
  }
  return out;
}
