/**
 * Renaming a réalisation id in the dossier reaches its review: the edits (offsets) that keep each
 * `cible` and each decision naming that réalisation in step. The LSP edge (lsp/handlers/rename.ts)
 * puts them in the one workspace edit the user accepts.
 */
import type { ParsedReview } from '../parse';
import { REALISATION_FIELDS } from '../targets';
import { validationRenameEdits } from '../validations';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * Edits of a review file when réalisation `oldId` becomes `newId` in the dossier: each `cible`
 * naming it, alone or with a field (`glpi` → `glpi-parc`, `glpi.periode` → `glpi-parc.periode`).
 */
export function renameEdits(review: ParsedReview, oldId: string, newId: string): OffsetEdit[] {
  const out: OffsetEdit[] = validationRenameEdits(review.text, review.model.validations, oldId, newId);
  for (const r of review.model.remarques) {
    const c = r.cible;
    if (!c || c.notString) continue;
    const v = c.value.trim();
    const rest = v === oldId ? '' : v.startsWith(`${oldId}.`) ? v.slice(oldId.length + 1) : null;
    if (rest === null || (rest !== '' && !(REALISATION_FIELDS as readonly string[]).includes(rest))) continue;
    const raw = review.text.slice(c.start, c.end);
    const at = raw.indexOf(oldId);
    if (at < 0) continue;
    out.push({ start: c.start + at, end: c.start + at + oldId.length, newText: newId });
  }
  return out;
}
