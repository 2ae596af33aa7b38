/**
 * Wording of the period diagnostics, French first. Kept apart from the logic so the
 * texts can be reviewed in one place; the official tableau de synthèse asks for
 * "sous la forme du JJ/MM/AA au JJ/MM/AA" (seed 004), which the printed outputs follow.
 */
import { text, type Text } from '../l10n';
import { formatDate } from './calendar';
import type { SimpleDate } from './types';
import type { DateIssue } from './tokens';

/**
 * The diagnostic's one line: what is off, then the canonical source form (four-digit years, what
 * the quick fixes write). The long explanation — one day, the printed two-digit form — is the
 * hover's (EXPLANATION) and docs/periodes.md's: a class's 81 date-format problems must not each
 * repeat 250 characters the Problems panel cuts (issue 24).
 */
export const EXPECTED = text('Attendu : « du JJ/MM/AAAA au JJ/MM/AAAA ».', 'Expected: “du DD/MM/YYYY au DD/MM/YYYY”.');

/**
 * The hover on a badly written period: the form's own two-digit writing named once, so the
 * message never contradicts the printed tableau (core/periode/printed.ts, docs/periodes.md).
 */
export const EXPLANATION = text(
  'Écrivez la période sous la forme « du JJ/MM/AAAA au JJ/MM/AAAA » (ou « le JJ/MM/AAAA » pour un seul jour) ; le tableau de synthèse l’imprime « du JJ/MM/AA au JJ/MM/AA ». Les mois ou années seuls ne suffisent pas : le jury attend des dates précises. Voir docs/periodes.md.',
  'Write the period as “du DD/MM/YYYY au DD/MM/YYYY” (or “le DD/MM/YYYY” for a single day); the tableau de synthèse prints it “du DD/MM/YY au DD/MM/YY”. Months or years alone are not enough: the jury expects precise dates. See docs/periodes.md.',
);

/** "<what is off> <expected form>". */
export function withExpected(what: Text): Text {
  return text(`${what.fr} ${EXPECTED.fr}`, `${what.en} ${EXPECTED.en}`);
}

export function joinTexts(parts: Text[]): Text {
  return text(parts.map((p) => p.fr).join(' '), parts.map((p) => p.en).join(' '));
}

const q = (s: string): Text => text(`« ${s} »`, `“${s}”`);
const list = (raws: string[]): Text => text(raws.map((r) => q(r).fr).join(', '), raws.map((r) => q(r).en).join(', '));

export function rewriteTitle(canonical: string): Text {
  return text(`Remplacer par « ${canonical} »`, `Replace with “${canonical}”`);
}

export function swapTitle(canonical: string): Text {
  return text(`Inverser les dates : « ${canonical} »`, `Swap the dates: “${canonical}”`);
}

const ISSUE: Record<DateIssue, Text> = {
  'leading-zero': text('jour et mois sur deux chiffres', 'day and month with two digits'),
  'double-sep': text('barre oblique en double', 'doubled slash'),
  'not-slash': text('séparés par des barres obliques', 'separated by slashes'),
  iso: text('jour, mois, année dans cet ordre', 'day, month, year in this order'),
};

export function dateSpelling(raw: string, date: SimpleDate, issues: DateIssue[]): Text {
  const why = issues.map((i) => ISSUE[i]);
  const c = formatDate(date);
  return text(
    `${q(raw).fr} s'écrit « ${c} » (${why.map((w) => w.fr).join(', ')}).`,
    `${q(raw).en} is written “${c}” (${why.map((w) => w.en).join(', ')}).`,
  );
}

export function separatorMessage(raw: string | null): Text {
  return raw === null
    ? text('Il manque « au » entre les deux dates.', '“au” is missing between the two dates.')
    : text(`Entre les deux dates, écrivez « au » et non ${q(raw).fr}.`, `Between the two dates, write “au”, not ${q(raw).en}.`);
}

export function prefixMessage(word: string, twoDates: boolean): Text {
  return twoDates && word === 'le'
    ? text('« le » annonce un seul jour ; avec deux dates, écrivez « du … au … ».', '“le” introduces a single day; with two dates write “du … au …”.')
    : text(`Écrivez « ${twoDates ? 'du' : 'le'} » et non ${q(word).fr}.`, `Write “${twoDates ? 'du' : 'le'}”, not ${q(word).en}.`);
}

export const MISSING_SPACE = text('Il manque une espace entre les mots et les dates.', 'A space is missing between words and dates.');
export const EMPTY = text('La période est vide.', 'The period is empty.');
export const TOO_LONG = (max: number) =>
  text(`Le texte est trop long pour une période (plus de ${max} caractères).`, `The text is too long for a period (more than ${max} characters).`);
export const END_MISSING = text('La date de fin manque.', 'The end date is missing.');
export const START_MISSING = text('La date de début manque.', 'The start date is missing.');
export const notADate = (raw: string) =>
  text(
    `La date de fin manque : ${q(raw).fr} n'est pas une date (une réalisation présentée doit être terminée et datée).`,
    `The end date is missing: ${q(raw).en} is not a date (a réalisation you present must be finished and dated).`,
  );
export const TOO_MANY = text(
  'Plus de deux dates : une période a une date de début et une date de fin.',
  'More than two dates: a period has one start date and one end date.',
);
export const noDay = (raws: string[]) =>
  text(
    `Le jour manque (${list(raws).fr}) : précisez le jour : JJ/MM/AAAA.`,
    `The day is missing (${list(raws).en}): give the day: DD/MM/YYYY.`,
  );
export const incomplete = (raws: string[]) =>
  text(
    `Date incomplète (${list(raws).fr}) : écrivez chaque date en entier : JJ/MM/AAAA.`,
    `Incomplete date (${list(raws).en}): write each date in full: DD/MM/YYYY.`,
  );
export const yearsOnly = (raws: string[]) =>
  text(
    `Seules des années sont indiquées (${list(raws).fr}) : précisez le jour et le mois : JJ/MM/AAAA.`,
    `Only years are given (${list(raws).en}): give the day and month: DD/MM/YYYY.`,
  );
export const unexpected = (raws: string[]) =>
  text(`Texte non reconnu : ${list(raws).fr}.`, `Unrecognised text: ${list(raws).en}.`);

const MONTH_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a date that looks right cannot exist. */
export function impossibleDate(raw: string, d: SimpleDate): Text {
  if (d.y < 1) return text(`${q(raw).fr} n'existe pas : il n'y a pas d'année 0.`, `${q(raw).en} does not exist: there is no year 0.`);
  if (d.m < 1 || d.m > 12)
    return text(`${q(raw).fr} n'existe pas : il n'y a pas de mois ${d.m}.`, `${q(raw).en} does not exist: there is no month ${d.m}.`);
  if (d.d < 1)
    return text(`${q(raw).fr} n'existe pas : il n'y a pas de jour 0.`, `${q(raw).en} does not exist: there is no day 0.`);
  if (d.m === 2 && d.d === 29)
    return text(
      `${q(raw).fr} n'existe pas : ${d.y} n'est pas une année bissextile.`,
      `${q(raw).en} does not exist: ${d.y} is not a leap year.`,
    );
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][d.m - 1];
  const maxFr = d.m === 2 ? 28 : max;
  return text(
    `${q(raw).fr} n'existe pas : ${MONTH_FR[d.m - 1]} n'a que ${maxFr} jours.`,
    `${q(raw).en} does not exist: ${MONTH_EN[d.m - 1]} has only ${maxFr} days.`,
  );
}
export const NO_DATE = text('Aucune date n\'est indiquée.', 'No date is given.');
