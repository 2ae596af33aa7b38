/**
 * The « Dépôt » view's class mode (issue 24): every dossier of the class with what it still
 * misses for the deposit, in French words (« numéro de candidat, PDF du dossier », never the raw
 * ids), one child per missing item with its full text in the tooltip; the ready dossiers first
 * said ready. Built from the class overview (`sio/classe`). Kept apart from the `vscode` API so
 * it can be tested.
 */
import type { ClassOverview } from '../../../shared/protocol';
import { depotItemLabel } from '../../../shared/classView';
import { activeLocale, l10n } from '../l10n';
import type { DepotRow } from './items';

const fileName = (file: string) => decodeURIComponent(file.split('/').pop() ?? file);

export function classDepotMessage(o: ClassOverview): string {
  const known = o.rows.filter((r) => r.ready !== null);
  if (!known.length) return l10n.t('Aucun dossier *.sio.yaml dans l’espace de travail.');
  return l10n.t('{0}/{1} dossier(s) prêt(s) pour le dépôt', known.filter((r) => r.ready).length, known.length);
}

export function classDepotRows(o: ClassOverview): DepotRow[] {
  const locale = activeLocale();
  return o.rows
    .filter((r) => r.ready !== null)
    .map((r): DepotRow => {
      const name = `${r.nom} ${r.prenom}`.trim() || fileName(r.file);
      const words = r.missing.map((id) => depotItemLabel(id, locale));
      const children = words.map((w, i): DepotRow => ({
        id: `${r.file}#${r.missing[i]}`,
        ok: false,
        label: `✘ ${w}`,
        description: '',
        tooltip: l10n.t('{0} manque pour le dépôt de {1} ({2}).', w, name, fileName(r.file)),
        where: { uri: r.file }
      }));
      return {
        id: r.file,
        ok: !!r.ready,
        label: name,
        description: r.ready ? l10n.t('prêt pour le dépôt') : words.join(', '),
        tooltip: r.ready ? `${fileName(r.file)} — ${l10n.t('prêt pour le dépôt')}` : `${fileName(r.file)}\n${words.map((w) => `✘ ${w}`).join('\n')}`,
        where: { uri: r.file },
        children
      };
    });
}
