/**
 * The class overview as one table of typed cells — the columns the CSV, the .xlsx and the .ods
 * share. A string is a *text* cell (a candidate number `02345678901` or a first name `01` keeps
 * its zeros in LibreOffice and Excel, issue 24), a number a number, null an empty cell. Pure.
 */
import { FICHE_STATUS_LABELS, type ClassOverview, type ClassRow } from './overview';
import { FICHE_SLOT_LABELS } from '../../protocol/classOverview';
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

/** `B1`, `B2`… of the rows' per-bloc decisions, in order (référentiel order within a row). */
function blocColumns(rows: ClassRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) for (const b of r.blocs ?? []) if (!out.includes(b.bloc)) out.push(b.bloc);
  return out.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

const DECISIONS = [['retenues', 'retained'], ['refusées', 'refused'], ['en attente', 'pending']] as const;

export function classTable(overview: ClassOverview, fileLabel: (file: string) => string = (f) => f): ClassTable {
  const evals = evaluationColumns(overview.rows);
  const blocs = blocColumns(overview.rows);
  const fiches = overview.rows.some((r) => r.ficheSlots?.length);
  const head = [
    'Fichier', 'Nom', 'Prénom', 'N° candidat', 'Référentiel', 'Option', 'Session', 'Réalisations', 'Compétences couvertes', 'Compétences à couvrir',
    ...overview.columns,
    'Erreurs', 'Avertissements', 'Fiches descriptives', 'Remarques ouvertes', 'Couverture comptée sur', 'Compétences refusées', 'Compétences en attente',
    'Retenues', 'Refusées', 'En attente',
    ...blocs.flatMap((b) => DECISIONS.map(([fr]) => `${b} ${fr}`)),
    ...(fiches ? [1, 2].flatMap((n) => [`Fiche ${n} réalisation`, `Fiche ${n} état`]) : []),
    'Prêt pour le dépôt', 'Manque pour le dépôt',
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
      // Competences of each bloc by decision; empty cells without validations (nothing decided).
      ...blocs.flatMap((b) => {
        const c = r.blocs?.find((x) => x.bloc === b);
        return DECISIONS.map(([, k]) => (c ? c[k] : null));
      }),
      ...(fiches ? [0, 1].flatMap((i) => {
        const f = r.ficheSlots?.[i];
        return f ? [f.realisation, FICHE_SLOT_LABELS[f.status]] : ['', ''];
      }) : []),
      r.ready === null ? '' : r.ready ? 'oui' : 'non',
      r.missing.map((id) => depotItemLabel(id)).join(', '),
      ...evals.map((k) => r.evaluation?.[k] ?? '')
    ];
  });
  return { head, rows };
}
