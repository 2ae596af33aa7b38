/**
 * How the printed tableau de synthèse (preview, standalone page, PDF, spreadsheet) writes a
 * period: the official form's column label verbatim and the form it asks for, two-digit
 * years. Source: Annexe VI-1 / présentation E4, column « Période (sous la forme du JJ/MM/AA au
 * JJ/MM/AA) » (docs/sources/bts-sio-epreuve-e4-presentation.txt, where the flattening lost
 * characters: « JUMM/A »). The dossier itself keeps four-digit years in its canonical form
 * (`du JJ/MM/AAAA au JJ/MM/AAAA`): unambiguous in the source, and what the quick fixes write.
 * Decision and examples: docs/periodes.md.
 */
import type { PeriodeValue, SimpleDate } from './types';

/** The column label of the official form, verbatim. */
export const PERIODE_COLUMN_LABEL = 'Période (sous la forme du JJ/MM/AA au JJ/MM/AA)';
/** The same label cut in two lines where a narrow column needs it (the PDF). */
export const PERIODE_COLUMN_LINES = ['Période', '(sous la forme du JJ/MM/AA au JJ/MM/AA)'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/** JJ/MM/AA. */
export function printedDate(d: SimpleDate): string {
  return `${two(d.d)}/${two(d.m)}/${two(((d.y % 100) + 100) % 100)}`;
}

/** `du 14/05/25 au 25/06/25`, `le 14/05/25`. */
export function printedPeriode(v: Pick<PeriodeValue, 'start' | 'end' | 'single'>): string {
  return v.single ? `le ${printedDate(v.start)}` : `du ${printedDate(v.start)} au ${printedDate(v.end)}`;
}
