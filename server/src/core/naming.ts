/**
 * The one place that knows how Dossier SIO names its files, on paths and URIs alike (string
 * operations only, so the browser build and `file:` / `vscode-vfs:` URIs work the same):
 * - `<nom>.sio.yaml` is a dossier, `<nom>.revue.yaml` its review, side by side;
 * - `<nom>.pdf` and `<nom>.tableau.xlsx` / `.ods` are its exports, beside it (the deposit
 *   checklist and the site look for them there);
 * - `.yml` is accepted for both, in any case, as students write it.
 * Nothing else in the code writes these patterns (test/unit/core/naming.test.ts, and a `git grep`
 * in the architecture test, keep it so).
 */

/** A dossier's file name: `lea.sio.yaml`, `Lea.SIO.yml`. */
export const DOSSIER_RE = /\.sio\.ya?ml$/i;
/** A review's file name: `lea.revue.yaml`. */
export const REVUE_RE = /\.revue\.ya?ml$/i;
/** Any YAML name, with or without `.sio` / `.revue` (what an export must never overwrite). */
const ANY_DOSSIER_SUFFIX = /(\.sio)?\.ya?ml$/i;

export type TableurFormat = 'xlsx' | 'ods';

export function isDossierPath(pathOrUri: string): boolean {
  return DOSSIER_RE.test(pathOrUri);
}

export function isReviewPath(pathOrUri: string): boolean {
  return REVUE_RE.test(pathOrUri);
}

/** A file the tool must never write an export over: a dossier or a review. */
export function isDossierOrReviewPath(pathOrUri: string): boolean {
  return DOSSIER_RE.test(pathOrUri) || REVUE_RE.test(pathOrUri);
}

/** `x.sio.yaml` → `x.revue.yaml` (same folder); null for anything else. */
export function reviewPathFor(dossierPath: string): string | null {
  return DOSSIER_RE.test(dossierPath) ? dossierPath.replace(DOSSIER_RE, '.revue.yaml') : null;
}

/** `x.revue.yaml` → `x.sio.yaml`; null for anything else. */
export function dossierPathFor(reviewPath: string): string | null {
  return REVUE_RE.test(reviewPath) ? reviewPath.replace(REVUE_RE, '.sio.yaml') : null;
}

/** Splits at the last `/` or `\`: the folder part keeps its separator, so joining is concatenation. */
function split(p: string): { dir: string; name: string } {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return { dir: p.slice(0, i + 1), name: p.slice(i + 1) };
}

/** `…/lea-martin.sio.yaml` → `lea-martin` (`dossier` when nothing is left). */
export function dossierBaseName(pathOrUri: string): string {
  return split(pathOrUri).name.replace(ANY_DOSSIER_SUFFIX, '') || 'dossier';
}

/** A file named `name` in the dossier's folder. */
export function besideDossier(dossierPath: string, name: string): string {
  return split(dossierPath).dir + name;
}

/** `x.sio.yaml` → `x.pdf`, next to the dossier. */
export function pdfPathFor(dossierPath: string): string {
  return besideDossier(dossierPath, `${dossierBaseName(dossierPath)}.pdf`);
}

/** `x.sio.yaml` → `x.tableau.xlsx` (or `.ods`), next to the dossier. */
export function tableurPathFor(dossierPath: string, format: TableurFormat = 'xlsx'): string {
  return besideDossier(dossierPath, `${dossierBaseName(dossierPath)}.tableau.${format}`);
}

/** `x.sio.yaml` → `x-site`, the portfolio site's folder next to the dossier. */
export function sitePathFor(dossierPath: string): string {
  return besideDossier(dossierPath, `${dossierBaseName(dossierPath)}-site`);
}

/**
 * The spreadsheets beside a dossier that are its tableau, in the order the site and the deposit
 * look for them: the export's own name first, then the centre's habit of `<nom>.xlsx`.
 */
export function tableurCandidates(dossierPath: string): string[] {
  const base = dossierBaseName(dossierPath);
  return [`${base}.tableau.xlsx`, `${base}.tableau.ods`, `${base}.xlsx`, `${base}.ods`].map((n) => besideDossier(dossierPath, n));
}

/** What the student typed in a « new dossier » box → a dossier's file name (`lea martin` → `lea-martin.sio.yaml`). */
export function dossierFileName(typed: string): string {
  const name = typed.trim().replace(DOSSIER_RE, '').replace(/\.ya?ml$/i, '');
  return `${name.replace(/\s+/g, '-')}.sio.yaml`;
}
