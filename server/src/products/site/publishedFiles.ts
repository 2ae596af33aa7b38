/**
 * Which local files the site publishes: the photo, the CV, the attestations and the
 * `{ titre, fichier }` documents, copied under `fichiers/` with their path inside the dossier's
 * folder. Also the exports found beside the dossier (`x.pdf`, the tableur), so the Tableau page
 * can offer them. Every one goes through the « inside the student's folder » rule
 * (node/insideFolder.ts): absolute, `..`, symbolic or hard links leaving the folder and special
 * files are refused and named in the warnings; the site would publish whatever they reach.
 *
 * Node-only: the dossier's folder is resolved with node:path.
 */
import * as path from 'node:path';
import type { Text } from '../../core/l10n';
import { localFileRefs } from '../../core/localFiles';
import { checkInside, realFolderOf, type Checked, type CheckedFile } from '../../node/insideFolder';
import { dossierBaseName } from '../../core/naming';
import type { DossierModel } from '../../core/model';

/** A file checked by the « inside the folder » rule; copied through openChecked (node/insideFolder.ts). */
export interface FileCopy extends Checked {
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

export function planFiles(dossierPath: string, model: DossierModel): FilePlan {
  const dir = path.dirname(path.resolve(dossierPath));
  const realDir = realFolderOf(dossierPath);
  const plan: FilePlan = { copies: [], hrefs: new Map(), refused: [], missing: [], exports: {} };
  const seen = new Set<string>();
  /** Site paths taken, case-folded: `Attestation.pdf` and `attestation.pdf` are one file on Windows and macOS. */
  const taken = new Map<string, string>();
  const place = (to: string, real: string): string => {
    let out = to;
    for (let i = 2; ; i++) {
      const key = out.normalize('NFC').toLowerCase();
      const owner = taken.get(key);
      if (owner === undefined) taken.set(key, real);
      if (owner === undefined || owner === real) return out;
      out = to.replace(/(\.[^./]*)?$/, (ext) => `-${i}${ext}`);
    }
  };
  const add = (f: CheckedFile, to: string): string => {
    const at = place(to, f.real);
    if (!plan.copies.some((c) => c.to === at)) plan.copies.push({ real: f.real, value: f.value, dev: f.dev, ino: f.ino, to: at, bytes: f.size });
    return at;
  };
  for (const ref of localFileRefs(model)) {
    const value = ref.path.value.trim();
    if (seen.has(value)) continue;
    seen.add(value);
    const f = checkInside(dir, value, realDir);
    if (!f.ok) {
      if (f.missing) plan.missing.push(value);
      else plan.refused.push({ value, why: f.why });
      continue;
    }
    plan.hrefs.set(value, hrefOf(add(f, `fichiers/${f.rel}`)));
  }
  // What `sio-dossier pdf` (and a spreadsheet export) write by default beside the dossier: the
  // same rule, a link named like an export that leaves the folder is refused, not published.
  const base = dossierBaseName(dossierPath);
  const found = (name: string): CheckedFile | null => {
    const f = checkInside(dir, name, realDir);
    if (f.ok) return f;
    if (!f.missing) plan.refused.push({ value: name, why: f.why });
    return null;
  };
  const pdf = found(`${base}.pdf`);
  if (pdf) plan.exports.pdf = hrefOf(add(pdf, `telechargements/${pdf.rel}`));
  // `sio-dossier tableur` writes <nom>.tableau.xlsx (or .ods) beside the dossier.
  const sheet = found(`${base}.tableau.xlsx`) ?? found(`${base}.tableau.ods`) ?? found(`${base}.xlsx`) ?? found(`${base}.ods`);
  if (sheet) plan.exports.tableur = hrefOf(add(sheet, `telechargements/${sheet.rel}`));
  plan.copies.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  return plan;
}
