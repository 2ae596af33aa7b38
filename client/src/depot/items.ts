/**
 * What the « Dépôt » view shows for a checklist (server/src/products/depot/checklist.ts through
 * `sio/depot`): the view's message and one row per item, ✔ or ✘, the reason as description.
 * Kept apart from the `vscode` API so it can be tested.
 */
import type { DepotResult } from '../../../shared/protocol';
import { l10n } from '../l10n';

export interface DepotRow {
  id: string;
  ok: boolean;
  label: string;
  description: string;
  tooltip: string;
  /** Where a click takes the user (a file, a 1-based line). */
  where?: { uri: string; line?: number };
  /** Class mode (classMode.ts): a dossier's missing items. */
  children?: DepotRow[];
}

export function depotMessage(r: DepotResult | null): string {
  if (!r) return l10n.t('Ouvrez un dossier *.sio.yaml pour voir ce qui manque avant le dépôt.');
  const failed = r.items.filter((i) => !i.ok).length;
  return r.ready ? l10n.t('✔ Prêt pour le dépôt') : l10n.t('✘ Pas prêt pour le dépôt : {0} point(s) à reprendre', failed);
}

export function depotRows(r: DepotResult | null): DepotRow[] {
  if (!r) return [];
  return r.items.map((i) => ({
    id: i.id,
    ok: i.ok,
    label: `${i.ok ? '✔' : '✘'} ${i.title}`,
    description: i.detail,
    tooltip: i.where && !i.ok ? `${i.detail}\n${l10n.t('Cliquer pour ouvrir l’endroit à corriger.')}` : i.detail,
    where: i.ok ? undefined : i.where
  }));
}
