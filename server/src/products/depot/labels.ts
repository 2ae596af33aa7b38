/**
 * The deposit checklist's items in French words (then English), for the lists where the item's
 * full title does not fit: the class view's tooltip, the class CSV's « Manque pour le dépôt »
 * column, `depot classe/`'s summary table, the « Dépôt » view's class mode. Raw ids
 * (`erreurs, couverture, numero…`) said nothing to a teacher (issue 24).
 */
import { text, type Locale, type Text } from '../../core/l10n';
import type { DepotItemId } from './checklist';

export const DEPOT_ITEM_LABELS: Record<DepotItemId, Text> = {
  erreurs: text('erreurs à corriger', 'errors to fix'),
  exemple: text('valeurs d’exemple à remplacer', 'example values to replace'),
  cadres: text('cadre des réalisations', 'réalisations\' cadre'),
  couverture: text('couverture des compétences', 'competence coverage'),
  fiches: text('fiches descriptives', 'fiches descriptives'),
  numero: text('numéro de candidat', 'candidate number'),
  portfolio: text('portfolio en ligne', 'online portfolio'),
  attestations: text('attestations de stage', 'internship certificates'),
  remarques: text('remarques « erreur » ouvertes', 'open error remarks'),
  pdf: text('PDF du dossier', 'dossier PDF'),
  tableur: text('tableau de synthèse (tableur)', 'tableau de synthèse (spreadsheet)')
};

/** The item's words; an id this version does not know is shown as is rather than dropped. */
export function depotItemLabel(id: string, locale: Locale = 'fr'): string {
  const t = (DEPOT_ITEM_LABELS as Record<string, Text | undefined>)[id];
  return t ? t[locale] : id;
}
