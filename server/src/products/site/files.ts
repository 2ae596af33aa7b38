/**
 * Which local files the site publishes: the photo, the CV, the attestations and the
 * `{ titre, fichier }` documents, copied under `fichiers/` with their path inside the dossier's
 * folder. A path that leaves that folder — written (`../../etc/passwd`, `/home/…`, `C:\…`) or
 * through a symbolic link — is refused: the site would publish whatever it reaches.
 * Also the exports found beside the dossier (`x.pdf`, the tableur), so the Tableau page can
 * offer them.
 *
 * Node-only: the files a site publishes are checked on disk (node:fs realpath, stat).
 */
import { realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { text, type Text } from '../../core/l10n';
import { localFileRefs, normalisePath, pathProblem } from '../../core/localFiles';
import { dossierBaseName } from '../../core/naming';
import type { DossierModel } from '../../core/model';

export interface FileCopy {
  from: string;
  /** Site-relative, `/` separators. */
  to: string;
  bytes: number;
}

export interface FilePlan {
  copies: FileCopy[];
  /** Trimmed value as written in the dossier → href in the site. */
  hrefs: Map<string, string>;
  refused: { value: string; why: Text }[];
  missing: string[];
  exports: { pdf?: string; tableur?: string };
}

/** A site path as an href: each segment percent-encoded, so any file name stays one link. */
export function hrefOf(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function planFiles(dossierPath: string, model: DossierModel): FilePlan {
  const dir = path.dirname(path.resolve(dossierPath));
  const realDir = realpathSync.native(dir);
  const plan: FilePlan = { copies: [], hrefs: new Map(), refused: [], missing: [], exports: {} };
  const seen = new Set<string>();
  for (const ref of localFileRefs(model)) {
    const value = ref.path.value.trim();
    if (seen.has(value)) continue;
    seen.add(value);
    const problem = pathProblem(value);
    if (problem === 'absolute' || problem === 'outside') {
      plan.refused.push({ value, why: text('chemin hors du dossier', 'path outside the dossier') });
      continue;
    }
    const rel = normalisePath(value);
    let real: string;
    try {
      real = realpathSync.native(path.join(dir, ...rel.split('/')));
    } catch {
      plan.missing.push(value);
      continue;
    }
    if (!inside(realDir, real)) {
      plan.refused.push({ value, why: text('lien symbolique qui sort du dossier', 'symbolic link leaving the dossier') });
      continue;
    }
    const st = statSync(real, { throwIfNoEntry: false });
    if (!st?.isFile()) {
      plan.missing.push(value);
      continue;
    }
    const to = `fichiers/${rel}`;
    if (!plan.copies.some((c) => c.to === to)) plan.copies.push({ from: real, to, bytes: st.size });
    plan.hrefs.set(value, hrefOf(to));
  }
  // What `sio-dossier pdf` (and a spreadsheet export) write by default beside the dossier.
  const base = dossierBaseName(dossierPath);
  const found = (name: string) => statSync(path.join(dir, name), { throwIfNoEntry: false })?.isFile() ? name : null;
  const pdf = found(`${base}.pdf`);
  if (pdf) {
    plan.copies.push({ from: path.join(dir, pdf), to: `telechargements/${pdf}`, bytes: statSync(path.join(dir, pdf)).size });
    plan.exports.pdf = hrefOf(`telechargements/${pdf}`);
  }
  // `sio-dossier tableur` writes <nom>.tableau.xlsx (or .ods) beside the dossier.
  const sheet = found(`${base}.tableau.xlsx`) ?? found(`${base}.tableau.ods`) ?? found(`${base}.xlsx`) ?? found(`${base}.ods`);
  if (sheet) {
    plan.copies.push({ from: path.join(dir, sheet), to: `telechargements/${sheet}`, bytes: statSync(path.join(dir, sheet)).size });
    plan.exports.tableur = hrefOf(`telechargements/${sheet}`);
  }
  plan.copies.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return plan;
}
