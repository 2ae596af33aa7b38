/**
 * What the « Dépôt » view shows for a checklist (server/src/products/depot/checklist.ts through
 * `sio/depot`): the view's message and one row per item, ✔ or ✘, the reason as description.
 * Kept apart from the `vscode` API so it can be tested.
 */
import type { DepotResult } from '../../../shared/protocol';
import { l10n } from '../l10n';

export interface DepotRow {
  /** Unique in the view: an item id, numbered when it repeats (one row per example value). */
  id: string;
  ok: boolean;
  label: string;
  description: string;
  tooltip: string;
  /** Where a click takes the user (a file, a 1-based line). */
  where?: { uri: string; line?: number };
  /** The editor command that fixes it (the row's button), and the dossier it applies to. */
  command?: { id: string; uri: string };
  /** Class mode (classMode.ts): a dossier's missing items. */
  children?: DepotRow[];
}

/** The dossier's file name, for the view's header: with two dossiers open, which one it is. */
export function depotTitle(r: DepotResult | null): string {
  if (!r) return '';
  const name = decodeURIComponent(r.uri.slice(r.uri.lastIndexOf('/') + 1));
  return name;
}

export function depotMessage(r: DepotResult | null): string {
  if (!r) return l10n.t('Ouvrez un dossier *.sio.yaml pour voir ce qui manque avant le dépôt.');
  const failed = r.items.filter((i) => !i.ok).length;
  const name = depotTitle(r);
  return r.ready ? l10n.t('✔ {0} : prêt pour le dépôt', name) : l10n.t('✘ {0} : pas prêt pour le dépôt, {1} point(s) à reprendre', name, failed);
}

/**
 * One row per item, none hidden. The sidebar cuts long lines, so the tooltip carries the whole
 * title and reason, and what a click or the button does.
 */
export function depotRows(r: DepotResult | null): DepotRow[] {
  if (!r) return [];
  const seen = new Map<string, number>();
  return r.items.map((i) => {
    const n = (seen.get(i.id) ?? 0) + 1;
    seen.set(i.id, n);
    const command = i.command && !i.ok ? { id: i.command, uri: r.uri } : undefined;
    const how = [
      i.where && !i.ok && !command ? l10n.t('Cliquer pour ouvrir l’endroit à corriger.') : '',
      command ? l10n.t('Cliquer ou utiliser le bouton ▷ pour lancer la commande.') : ''
    ].filter(Boolean);
    return {
      id: n === 1 ? i.id : `${i.id}-${n}`,
      ok: i.ok,
      label: `${i.ok ? '✔' : '✘'} ${i.title}`,
      description: i.detail,
      tooltip: [`${i.ok ? '✔' : '✘'} ${i.title}`, i.detail, ...how].join('\n'),
      where: i.ok ? undefined : i.where,
      command
    };
  });
}
