/**
 * The class overview as one table of typed cells — the columns the CSV, the .xlsx and the .ods
 * share. A string is a *text* cell (a candidate number `02345678901` or a first name `01` keeps
 * its zeros in LibreOffice and Excel, issue 24), a number a number, null an empty cell. Pure.
 */
import { FICHE_STATUS_LABELS, type ClassOverview, type ClassRow } from './overview';
import { depotItemLabel } from '../depot/labels';

export type ClassCell = string | number | null;

export interface ClassTable {
  head: string[];
  rows: ClassCell[][];
}

/** `E5 B1.1`-style keys of the review's evaluation levels, in order of first appearance. */
function evaluationColumns(rows: ClassRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const k of Object.keys(r.evaluation ?? {})) if (!out.includes(k)) out.push(k);
  return out;
}

export function classTable(overview: ClassOverview, fileLabel: (file: string) => string = (f) => f): ClassTable {
  const evals = evaluationColumns(overview.rows);
  const head = [
    'Fichier', 'Nom', 'Prénom', 'N° candidat', 'Référentiel', 'Option', 'Session', 'Réalisations', 'Compétences couvertes', 'Compétences à couvrir',
    ...overview.columns,
    'Erreurs', 'Avertissements', 'Fiches descriptives', 'Remarques ouvertes', 'Couverture comptée sur', 'Compétences refusées', 'Compétences en attente',
    'Retenues', 'Refusées', 'En attente', 'Prêt pour le dépôt', 'Manque pour le dépôt',
    ...evals.map((k) => `Niveau ${k}`)
  ];
  const rows = overview.rows.map((r): ClassCell[] => {
    const n = (v: number) => (r.readable ? v : null);
    return [
      fileLabel(r.file),
      r.nom,
      r.prenom,
      r.numero,
      r.referentiel === 'mc-sno' ? 'MC SNO' : 'BTS SIO',
      r.option ?? '',
      r.session,
      r.realisations,
      // Two numbers rather than « 3/6 », which a spreadsheet would read as a date.
      n(r.covered),
      n(r.total),
      ...overview.columns.map((id) => (id in r.coverage ? r.coverage[id] : null)),
      r.errors,
      r.warnings,
      FICHE_STATUS_LABELS[r.fiches],
      r.remarks,
      // With validations in the review, the coverage above counts retained claims only.
      r.readable ? (r.validations ? 'compétences retenues' : 'compétences revendiquées') : '',
      r.readable && r.validations ? r.competencesRefused : null,
      r.readable && r.validations ? r.competencesPending : null,
      n(r.retained),
      n(r.refused),
      n(r.pending),
      r.ready === null ? '' : r.ready ? 'oui' : 'non',
      r.missing.map((id) => depotItemLabel(id)).join(', '),
      ...evals.map((k) => r.evaluation?.[k] ?? '')
    ];
  });
  return { head, rows };
}
