/**
 * The deposit checklist with the real file system: the CLI, the class view and the editor's
 * « Dépôt » view all pass the dossier they already parsed, and this reads only file metadata
 * (exports, attestations), never their contents, each through the « inside the student's folder »
 * rule (insideFolder.ts).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Text } from '../core/l10n';
import { checkInside, realFolderOf } from './insideFolder';
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

/** An attestation's file on disk: relative to the dossier's folder (docs/FORMAT.md, stages[].attestation). */
export function attestationPath(dossierPath: string, file: string): string {
  return path.resolve(path.dirname(dossierPath), file);
}

export function depotFromDisk(dossierPath: string, parsed: ParsedDossier, findings: Finding[], review: ParsedReview | null, opts: { editor?: boolean } = {}): DepotReport {
  // The BTS SIO candidate deposits the official tableau as the centre's spreadsheet (the
  // circulaire ships it as an office file); the MC SNO has no such form.
  return depotChecklist({ dossierPath, parsed, findings, review, stat: realStat, locate: locateIn(dossierPath), expectSpreadsheet: kindOf(parsed.model) === 'bts-sio', editor: opts.editor });
}

/** The « inside the student's folder » rule as the checklist asks it: a refused file counts as missing, with its reason. */
export function locateIn(dossierPath: string): (value: string) => FileStat | null | { why: Text } {
  const dir = path.dirname(path.resolve(dossierPath));
  const realDir = realFolderOf(dossierPath);
  return (value) => {
    const f = checkInside(dir, value, realDir);
    return f.ok ? { mtimeMs: f.mtimeMs, size: f.size } : f.missing ? null : { why: f.why };
  };
}

export function depotSummary(r: DepotReport): DepotSummary {
  return { ready: r.ready, missing: r.items.filter((i) => !i.ok).map((i) => i.id) };
}
