/**
 * The deposit checklist with the real file system: the CLI, the class view and the editor's
 * « Dépôt » view all pass the dossier they already parsed, and this reads only file metadata
 * (exports, attestations), never their contents.
 */
import { statSync } from 'node:fs';
import type { Finding } from '../core/finding';
import { kindOf } from '../core/model';
import type { ParsedDossier } from '../core/parse';
import type { ParsedReview } from '../core/review';
import type { DepotSummary } from '../products/class/claims';
import { depotChecklist, type DepotReport, type FileStat } from '../products/depot/checklist';

export function realStat(file: string): FileStat | null {
  try {
    const st = statSync(file);
    return st.isFile() ? { mtimeMs: st.mtimeMs, size: st.size } : null;
  } catch {
    return null;
  }
}

/** `stat`: realStat, or a recorder of what the checklist looked at (the class view's cache, lsp/handlers/classe.ts). */
export function depotFromDisk(dossierPath: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, stat: (file: string) => FileStat | null = realStat): DepotReport {
  // The BTS SIO candidate deposits the official tableau as the centre's spreadsheet (the
  // circulaire ships it as an office file); the MC SNO has no such form.
  return depotChecklist({ dossierPath, parsed, findings, review, stat, expectSpreadsheet: kindOf(parsed.model) === 'bts-sio' });
}

export function depotSummary(r: DepotReport): DepotSummary {
  return { ready: r.ready, missing: r.items.filter((i) => !i.ok).map((i) => i.id) };
}
