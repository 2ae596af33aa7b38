/**
 * Wording of the coverage status bar item, kept apart from the `vscode` API so it can be tested.
 * Annexe II.D (épreuve E4): the réalisations of the dossier must mobilise every competence of the
 * bloc; the item tells the candidate at a glance how far they are and what is missing.
 */
import type { CoverageParams } from '../../server/src/protocol';
import { l10n } from './l10n';

/** How many missing ids the item names before it abbreviates ("manque B1.3, B1.5 +2"). */
const SHOWN_MISSING = 2;

export function coverageText(c: CoverageParams): string {
  if (c.total > 0 && c.covered >= c.total && c.missing.length === 0) {
    return l10n.t('$(checklist) {0} : {1}/{2} ✓', c.label, c.covered, c.total);
  }
  const shown = c.missing.slice(0, SHOWN_MISSING).join(', ');
  const more = c.missing.length > SHOWN_MISSING ? ` +${c.missing.length - SHOWN_MISSING}` : '';
  if (c.missing.length === 0) return l10n.t('$(checklist) {0} : {1}/{2}', c.label, c.covered, c.total);
  return l10n.t('$(checklist) {0} : {1}/{2} — manque {3}', c.label, c.covered, c.total, shown + more);
}

/** Markdown tooltip: the full list of missing competences and what a click does. */
export function coverageTooltip(c: CoverageParams): string {
  const lines = [
    l10n.t('**{0}** : {1} compétence(s) sur {2} mobilisée(s) par les réalisations du dossier.', c.label, c.covered, c.total)
  ];
  if (c.missing.length > 0) {
    lines.push(l10n.t('Compétences à mobiliser encore : {0}', c.missing.join(', ')));
  } else if (c.total > 0) {
    lines.push(l10n.t('Toutes les compétences du bloc sont mobilisées.'));
  }
  lines.push(l10n.t('Cliquer pour ouvrir l’aperçu du tableau de synthèse.'));
  return lines.join('\n\n');
}
