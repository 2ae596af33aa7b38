/**
 * checkStages: the length of the stages (BTS SIO) or PFMP (MC SNO), code `stage-duration`.
 * BTS SIO, Annexe III.B: "La durée des stages est de 10 semaines … avec nécessairement une
 * période de quatre à cinq semaines consécutives en fin de première année et une période de cinq
 * à six semaines consécutives en deuxième année. Cette durée peut être prolongée de deux semaines
 * pendant les vacances scolaires." §4.1: reduced to no less than 8 weeks, of which at least 4
 * consecutive in year 2, after a demande de positionnement. MC SNO: twelve weeks of PFMP.
 * The numbers come from the référentiel data (StageRules), never from here.
 * All warnings: the jury, not the tool, decides on exceptions.
 */
import type { Finding } from '../finding';
import { text, type Text } from '../l10n';
import type { StageRules } from '../referentiel/types';
import { formatWeeks, round1, schoolYearOf, weekDays, weeksOf } from './calendar';
import type { PeriodeValue } from './types';

export interface StageInput {
  periode: PeriodeValue;
  /** Year of training as the dossier states it; null = derive from the dates when the session is known. */
  annee: 1 | 2 | null;
  /** Offsets of the stage in the document, where its warnings go. */
  start: number;
  end: number;
}

export interface StageOptions {
  /** Exam session, used to place a stage whose `annee` is not given. */
  session?: number | null;
  /** Where the warning on the total goes (e.g. the `stages:` key); default: the first stage. */
  totalSpan?: [number, number];
}

const w = (n: number): Text => text(`environ ${formatWeeks(n, 'fr')} semaine${n >= 2 ? 's' : ''}`, `about ${formatWeeks(n, 'en')} week${n === 1 ? '' : 's'}`);
const NOTE = text('(semaines = jours calendaires / 7, arrondi au dixième)', '(weeks = calendar days / 7, rounded to 0.1)');

export function checkStages(stages: StageInput[], rules: StageRules, kind: 'bts-sio' | 'mc-sno', options: StageOptions = {}): Finding[] {
  if (stages.length === 0) return [];
  const out: Finding[] = [];
  const warn = (message: Text, start: number, end: number) =>
    out.push({ code: 'stage-duration', severity: 'warning', source: 'sio', message, start, end });
  const [ts, te] = options.totalSpan ?? [stages[0].start, stages[0].end];

  // Sum days, not rounded weeks, so rounding does not accumulate.
  const weeks = stages.map((s) => weeksOf(s.periode.start, s.periode.end));
  const total = round1(stages.reduce((sum, s) => sum + weekDays(s.periode.start, s.periode.end), 0) / 7);

  if (kind === 'mc-sno') {
    if (total < rules.totalWeeks)
      warn(text(
        `Les PFMP totalisent ${w(total).fr} ${NOTE.fr} ; le référentiel de la MC SNO en prévoit ${rules.totalWeeks}.`,
        `The PFMP add up to ${w(total).en} ${NOTE.en}; the MC SNO référentiel requires ${rules.totalWeeks}.`,
      ), ts, te);
    return out;
  }

  if (total < rules.totalWeeks) {
    const reduced = rules.reducedMinimumWeeks;
    const below = reduced !== undefined && total < reduced;
    warn(text(
      `Les stages totalisent ${w(total).fr} ${NOTE.fr}, moins des ${rules.totalWeeks} semaines prévues par le référentiel` +
        (reduced === undefined ? '.' : below
          ? `, et moins que le minimum de ${reduced} semaines admis en cas de durée réduite.`
          : ` ; une durée réduite (au moins ${reduced} semaines) n'est admise qu'après une demande de positionnement auprès du recteur.`),
      `The stages add up to ${w(total).en} ${NOTE.en}, less than the ${rules.totalWeeks} weeks the référentiel requires` +
        (reduced === undefined ? '.' : below
          ? `, and less than the ${reduced}-week minimum allowed for a reduced duration.`
          : `; a reduced duration (at least ${reduced} weeks) is only allowed after a demande de positionnement to the rectorat.`),
    ), ts, te);
  }

  const yearOf = (s: StageInput): 1 | 2 | null =>
    s.annee ?? (options.session ? schoolYearOf(s.periode.start, options.session) : null);
  for (const year of [1, 2] as const) {
    const bounds = year === 1 ? rules.year1ConsecutiveWeeks : rules.year2ConsecutiveWeeks;
    if (!bounds) continue;
    const idx = stages.map((_, i) => i).filter((i) => yearOf(stages[i]) === year);
    // The rule asks for one consecutive period within the bounds; other stages of the same
    // year may be the holiday extension, so warn only when none fits.
    if (idx.length === 0 || idx.some((i) => weeks[i] >= bounds[0] && weeks[i] <= bounds[1])) continue;
    for (const i of idx) warn(yearMessage(year, weeks[i], bounds, rules), stages[i].start, stages[i].end);
  }
  return out;
}

function yearMessage(year: 1 | 2, weeks: number, [min, max]: [number, number], rules: StageRules): Text {
  const when = year === 1 ? text('en fin de première année', 'at the end of year 1') : text('en deuxième année', 'in year 2');
  let extraFr = '';
  let extraEn = '';
  if (weeks > max && rules.extraHolidayWeeks) {
    extraFr = ` Une prolongation de ${rules.extraHolidayWeeks} semaines pendant les vacances scolaires est possible si la convention le prévoit.`;
    extraEn = ` An extension of ${rules.extraHolidayWeeks} weeks during school holidays is possible if the agreement says so.`;
  } else if (year === 2 && weeks < min && rules.reducedYear2ConsecutiveWeeks !== undefined && weeks >= rules.reducedYear2ConsecutiveWeeks) {
    extraFr = ` En cas de durée réduite (demande de positionnement), ${rules.reducedYear2ConsecutiveWeeks} semaines consécutives suffisent.`;
    extraEn = ` With a reduced duration (demande de positionnement), ${rules.reducedYear2ConsecutiveWeeks} consecutive weeks are enough.`;
  }
  return text(
    `Stage de ${year === 1 ? '1re' : '2e'} année : ${w(weeks).fr} ${NOTE.fr} ; le référentiel demande une période de ${min} à ${max} semaines consécutives ${when.fr}.${extraFr}`,
    `Year ${year} stage: ${w(weeks).en} ${NOTE.en}; the référentiel requires a period of ${min} to ${max} consecutive weeks ${when.en}.${extraEn}`,
  );
}
