/**
 * Wording of the coverage status bar item, kept apart from the `vscode` API so it can be tested.
 * Annexe II.D (épreuve E4): the réalisations of the dossier must mobilise every competence of the
 * bloc; the item tells the candidate at a glance how far they are and what is missing.
 */
import type { CoverageParams } from '../../shared/protocol';
import { l10n } from './l10n';

/** How many missing ids the item names before it abbreviates ("manque B1.3, B1.5 +2"). */
const SHOWN_MISSING = 2;

const STATES: Record<string, string> = {
  refusee: 'refusée',
  'a-revoir': 'à revoir',
  'en-attente': 'en attente',
  'non-mobilisee': 'non mobilisée'
};

/** « B1.3 refusée » with the state translated (the review decides claims). */
function withState(c: CoverageParams, id: string): string {
  const s = c.retained?.states[id];
  return s && STATES[s] ? `${id} ${l10n.t(STATES[s])}` : id;
}

export function coverageText(c: CoverageParams): string {
  const fiches = fichesText(c);
  return fiches ? `${blocText(c)} · ${fiches}` : blocText(c);
}

/**
 * BTS SIO: the two fiches descriptives of the bloc-2 épreuve (« Fiches : 2/2 ✓ », « Fiches :
 * 1/2 », « Fiches : 2/2 — manque B2.3 »); empty for the MC SNO, which has none.
 */
export function fichesText(c: CoverageParams): string {
  const f = c.fiches;
  if (!f) return '';
  if (f.missing.length > 0) return l10n.t('Fiches : {0}/{1} — manque {2}', f.count, f.expected, abbreviate(f.missing));
  if (f.count === f.expected) return l10n.t('Fiches : {0}/{1} ✓', f.count, f.expected);
  return l10n.t('Fiches : {0}/{1}', f.count, f.expected);
}

function abbreviate(ids: string[]): string {
  return ids.slice(0, SHOWN_MISSING).join(', ') + (ids.length > SHOWN_MISSING ? ` +${ids.length - SHOWN_MISSING}` : '');
}

/**
 * « 1 refusée, 3 en attente »: the same counts as the CodeLens, the preview and the class view
 * (server/src/core/review/claims.ts retainedCountsText). Pending is never counted as refused.
 */
export function retainedParts(c: CoverageParams): string[] {
  const states = c.missing.map((id) => c.retained?.states[id]);
  const n = (f: (s: string | undefined) => boolean) => states.filter(f).length;
  const refused = n((s) => s === 'refusee');
  const pending = n((s) => s === 'en-attente' || s === 'a-revoir');
  const unclaimed = n((s) => s === 'non-mobilisee' || s === undefined);
  const parts: string[] = [];
  if (refused) parts.push(refused > 1 ? l10n.t('{0} refusées', refused) : l10n.t('{0} refusée', refused));
  if (pending) parts.push(l10n.t('{0} en attente', pending));
  if (unclaimed) parts.push(unclaimed > 1 ? l10n.t('{0} non mobilisées', unclaimed) : l10n.t('{0} non mobilisée', unclaimed));
  return parts;
}

function blocText(c: CoverageParams): string {
  if (c.retained) {
    // The teaching team decided claims: count retained ones (docs/REVUE.md, validations).
    if (c.missing.length === 0) return l10n.t('$(checklist) {0} : {1}/{2} compétences retenues ✓', c.label, c.covered, c.total);
    return l10n.t('$(checklist) {0} : {1}/{2} compétences retenues, {3}', c.label, c.covered, c.total, retainedParts(c).join(', '));
  }
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
    c.retained
      ? l10n.t('**{0}** : {1} compétence(s) sur {2} retenue(s) par l’équipe pédagogique (fichier de revue).', c.label, c.covered, c.total)
      : l10n.t('**{0}** : {1} compétence(s) sur {2} mobilisée(s) par les réalisations du dossier.', c.label, c.covered, c.total)
  ];
  if (c.missing.length > 0 && c.retained) {
    lines.push(l10n.t('Compétences pas encore retenues : {0}', c.missing.map((id) => withState(c, id)).join(', ')));
  } else if (c.missing.length > 0) {
    lines.push(l10n.t('Compétences à mobiliser encore : {0}', c.missing.join(', ')));
  } else if (c.total > 0) {
    lines.push(l10n.t('Toutes les compétences du bloc sont mobilisées.'));
  }
  const f = c.fiches;
  if (f) {
    lines.push(f.count === f.expected
      ? l10n.t('**Fiches descriptives** : {0} sur {1}.', f.count, f.expected)
      : l10n.t('**Fiches descriptives** : {0} sur {1} ; l’épreuve du bloc 2 en demande exactement deux.', f.count, f.expected));
    if (f.missing.length > 0) lines.push(l10n.t('Compétences du bloc 2 que les fiches ne mobilisent pas : {0}', f.missing.join(', ')));
  }
  lines.push(l10n.t('Cliquer pour ouvrir le menu de Dossier SIO (aperçu, export PDF, vue de classe…).'));
  return lines.join('\n\n');
}
