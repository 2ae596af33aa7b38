/**
 * The class overview as CSV for French spreadsheets (LibreOffice Calc, Excel in a French locale):
 * UTF-8 with a byte-order mark (without it Excel reads accents as Windows-1252), `;` as separator
 * (the French list separator, since `,` is the decimal comma), CRLF line ends and every field in
 * double quotes (RFC 4180, quotes doubled). An unreadable dossier has empty coverage cells. A text cell starting with = + - @ or a tab is prefixed
 * with an apostrophe, so that a student's name cannot run as a spreadsheet formula (CSV injection).
 */
import { FICHE_STATUS_LABELS, type ClassOverview } from './overview';
import { valueText } from '../../core/text/valueText';
import { depotItemLabel } from '../depot/labels';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

function cell(value: string | number | null | undefined, isText = true): string {
  let s = valueText(value);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** `fileLabel`: how « Fichier » shows a row's file (the editor: relative to the class folder, class/relative.ts). */
export function toCsv(overview: ClassOverview, fileLabel: (file: string) => string = (f) => f): string {
  const head = ['Fichier', 'Nom', 'Prénom', 'N° candidat', 'Référentiel', 'Option', 'Session', 'Réalisations', 'Compétences couvertes', 'Compétences à couvrir', ...overview.columns, 'Erreurs', 'Avertissements', 'Fiches descriptives', 'Remarques ouvertes', 'Couverture comptée sur', 'Compétences refusées', 'Compétences en attente', 'Retenues', 'Refusées', 'En attente', 'Prêt pour le dépôt', 'Manque pour le dépôt'];
  const lines = [head.map((h) => cell(h)).join(CSV_SEPARATOR)];
  for (const r of overview.rows) {
    lines.push(
      [
        cell(fileLabel(r.file)),
        cell(r.nom),
        cell(r.prenom),
        cell(r.numero),
        cell(r.referentiel === 'mc-sno' ? 'MC SNO' : 'BTS SIO'),
        cell(r.option ?? ''),
        cell(r.session ?? '', false),
        cell(r.realisations, false),
        // Two numbers rather than « 3/6 », which a spreadsheet would read as a date.
        cell(r.readable ? r.covered : '', false),
        cell(r.readable ? r.total : '', false),
        ...overview.columns.map((id) => cell(id in r.coverage ? r.coverage[id] : '', false)),
        cell(r.errors, false),
        cell(r.warnings, false),
        cell(FICHE_STATUS_LABELS[r.fiches]),
        cell(r.remarks, false),
        // With validations in the review, the coverage above counts retained claims only.
        cell(r.readable ? (r.validations ? 'compétences retenues' : 'compétences revendiquées') : ''),
        // The same three counts as the editor: retained (above), refused, pending — in competences.
        cell(r.readable && r.validations ? r.competencesRefused : '', false),
        cell(r.readable && r.validations ? r.competencesPending : '', false),
        cell(r.readable ? r.retained : '', false),
        cell(r.readable ? r.refused : '', false),
        cell(r.readable ? r.pending : '', false),
        cell(r.ready === null ? '' : r.ready ? 'oui' : 'non'),
        cell(r.missing.map((id) => depotItemLabel(id)).join(', '))
      ].join(CSV_SEPARATOR)
    );
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** The overview as JSON (the `--format json` of `sio-dossier class`). */
export function toJson(overview: ClassOverview): string {
  return JSON.stringify(overview, null, 2) + '\n';
}
