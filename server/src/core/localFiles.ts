/**
 * The local files a dossier names (photo, CV, attestations, `{ titre, fichier }` documents) and
 * the links it gives, read from the located model. Shared by the diagnostics (document-missing,
 * url-locale…) and the portfolio site, so the site publishes exactly what the editor checked.
 * Pure: paths are judged as text here; whether a file exists is asked through `FileProbe`.
 */
import { text, type Text } from './l10n';
import type { DossierModel, Str } from './model';

/** Whether a file exists, relative to the dossier's folder (the server and the CLI read the disk). */
export interface FileProbe {
  exists(relativePath: string): boolean;
}

export type FileRole = 'photo' | 'cv' | 'attestation' | 'document';

export interface LocalFileRef {
  path: Str;
  role: FileRole;
  /** Realisation id (documents) or stage index (attestations). */
  owner?: string;
}

/** An http(s) or mailto address written where a file could be (cv). */
export function isAddress(value: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(value.trim());
}

/**
 * Why a path cannot be published, or null: an absolute path (`/etc/passwd`, `C:\…`, `\\serveur`)
 * or one whose `..` climbs out of the dossier's folder. The site copies files into itself, so a
 * file outside the folder would publish whatever the path reaches.
 */
export function pathProblem(value: string): 'absolute' | 'outside' | 'empty' | null {
  const p = value.trim().replace(/\\/g, '/');
  if (p === '') return 'empty';
  if (p.startsWith('/') || /^[a-z]:/i.test(p) || /^[a-z][a-z0-9+.-]*:/i.test(p)) return 'absolute';
  let depth = 0;
  for (const seg of p.split('/')) {
    if (seg === '..') depth--;
    else if (seg !== '.' && seg !== '') depth++;
    if (depth < 0) return 'outside';
  }
  return depth === 0 ? 'empty' : null;
}

/** Why such a path is refused, in both languages (the site, the checklist, the deposit archive). */
export function pathProblemText(problem: 'absolute' | 'outside'): Text {
  return problem === 'absolute'
    ? text('chemin hors du dossier (chemin absolu) : seuls les fichiers du dossier de l’élève sont admis', 'path outside the dossier (absolute path): only files inside the student\'s folder are accepted')
    : text('chemin hors du dossier (..) : seuls les fichiers du dossier de l’élève sont admis', 'path outside the dossier (..): only files inside the student\'s folder are accepted');
}

/** The path with `./`, empty segments and inner `..` removed, `/` separators: its name inside the folder. */
export function normalisePath(value: string): string {
  const out: string[] = [];
  for (const seg of value.trim().replace(/\\/g, '/').split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export function localFileRefs(model: DossierModel): LocalFileRef[] {
  const out: LocalFileRef[] = [];
  const add = (s: Str | undefined, role: FileRole, owner?: string) => {
    if (s && s.value.trim() !== '') out.push({ path: s, role, owner });
  };
  const p = model.profil;
  add(p?.photo?.fichier, 'photo');
  if (p?.cv && !isAddress(p.cv.value)) add(p.cv, 'cv');
  model.stages.forEach((s, i) => add(s.attestation, 'attestation', String(i)));
  for (const r of model.realisations) {
    for (const d of r.documentItems) if (d.kind === 'fichier') add(d.fichier, 'document', r.id?.value);
  }
  return out;
}

/** Every address the dossier gives a reader (portfolio, documents, profil, veille). */
export function linkValues(model: DossierModel): Str[] {
  const out: Str[] = [];
  const add = (s: Str | undefined) => {
    if (s && s.value.trim() !== '') out.push(s);
  };
  add(model.candidat.portfolio);
  for (const r of model.realisations) for (const d of r.documentItems) if (d.kind === 'texte') add(d.value);
  const p = model.profil;
  if (p?.cv && isAddress(p.cv.value)) add(p.cv);
  for (const l of p?.liens ?? []) add(l.url);
  for (const s of model.veille?.sources ?? []) add(s);
  for (const a of model.veille?.articles ?? []) add(a.lien);
  return out;
}
