/**
 * `sio-dossier depot` over a class (issue 24): after the dossiers' checklists, one summary table
 * — how many dossiers miss each item, in French words, and which are ready — so that a teacher
 * sees the class's situation without reading 13 near-identical blocks; `--resume` prints only
 * that table. `--archive <dossier/>` writes one deposit archive per *ready* dossier
 * (`<nom>.depot.zip`) and says which dossiers were skipped, and why.
 */
import * as path from 'node:path';
import type { Locale } from '../core/l10n';
import { dossierBaseName, isDossierPath } from '../core/naming';
import type { DepotReport } from '../products/depot/checklist';
import { depotItemLabel } from '../products/depot/labels';

export interface ClassSummary {
  total: number;
  ready: string[];
  /** Item id → its words and the dossiers missing it, most missed first. */
  missing: { id: string; label: string; count: number; files: string[] }[];
}

export function classSummary(reports: DepotReport[], locale: Locale): ClassSummary {
  const byId = new Map<string, string[]>();
  for (const r of reports) for (const i of r.items) if (!i.ok) byId.set(i.id, [...(byId.get(i.id) ?? []), r.file]);
  const order = reports[0]?.items.map((i) => i.id as string) ?? [];
  const missing = [...byId]
    .map(([id, files]) => ({ id, label: depotItemLabel(id, locale), count: files.length, files }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id));
  return { total: reports.length, ready: reports.filter((r) => r.ready).map((r) => r.file), missing };
}

/** The summary as a text table, French first (the English with `--lang en`). */
export function formatSummary(s: ClassSummary, locale: Locale): string {
  const en = locale === 'en';
  const head = en
    ? `Class summary: ${s.ready.length}/${s.total} dossier(s) ready for the deposit`
    : `Résumé de la classe : ${s.ready.length}/${s.total} dossier(s) prêt(s) pour le dépôt`;
  const col = en ? 'Missing item' : 'Point manquant';
  const width = Math.max(col.length, ...s.missing.map((m) => m.label.length));
  const rows = s.missing.map((m) => `  ${m.label.padEnd(width)}  ${String(m.count).padStart(3)}/${s.total}`);
  const table = s.missing.length ? [`  ${col.padEnd(width)}  ${en ? 'Dossiers' : 'Dossiers'}`, ...rows] : [en ? '  Nothing missing.' : '  Rien ne manque.'];
  const names = s.ready.map((f) => path.basename(f)).join(', ');
  const ready = en ? `Ready: ${names || '(none)'}` : `Prêts : ${names || '(aucun)'}`;
  return [head, ...table, ready].join('\n');
}

/** `--archive` names a folder (no `.zip`) when the command checks several dossiers or a class folder. */
export function archiveIsFolder(archive: string, args: string[], files: string[]): boolean {
  return !/\.zip$/i.test(archive) && (files.length > 1 || args.some((a) => !isDossierPath(a)));
}

/** `<folder>/<nom>.depot.zip` for dossier `<nom>.sio.yaml`. */
export function archivePathIn(folder: string, dossier: string): string {
  return path.join(folder, `${dossierBaseName(dossier)}.depot.zip`);
}

/** « lea.sio.yaml : pas prête — numéro de candidat, PDF du dossier ». */
export function skippedLine(r: DepotReport, locale: Locale): string {
  const why = r.items.filter((i) => !i.ok).map((i) => depotItemLabel(i.id, locale)).join(', ');
  return locale === 'en' ? `  skipped ${path.basename(r.file)}: not ready — ${why}` : `  ignoré ${path.basename(r.file)} : pas prêt — ${why}`;
}
