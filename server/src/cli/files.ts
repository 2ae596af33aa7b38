/** Finding and reading dossiers on disk for the CLI. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFileSync } from '../files/read';

export const DOSSIER_RE = /\.sio\.ya?ml$/i;
export const REVUE_RE = /\.revue\.ya?ml$/i;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

export class UsageError extends Error {}

/** Every dossier (and review file, when asked) below the given files or folders, sorted. */
export function collect(paths: string[], withReviews = false): string[] {
  const out: string[] = [];
  // Each directory once, by real path: a symlink back to a parent (`ln -s . boucle`) would
  // otherwise be walked 20 levels deep, and two of them 2^20 times (a hang).
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > 20) return;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name)) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // dangling symlink
      }
      if (st.isDirectory()) walk(p, depth + 1);
      else if (DOSSIER_RE.test(name) || (withReviews && REVUE_RE.test(name))) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`Fichier ou dossier introuvable : ${p} / No such file or folder: ${p}`);
    }
    if (st.isDirectory()) walk(p, 0);
    else out.push(p);
  }
  return out;
}

/** The file's text as an editor would show it: the one reader shared with the server (files/read.ts). */
export function readDossierText(file: string): string {
  return readTextFileSync(file).text;
}

/** The file's text and its size on disk (a dossier cut at the read limit is refused with its real size). */
export const readDossier = readTextFileSync;

/** The one `*.sio.yaml` an export command takes, read; a usage error otherwise. */
export function oneDossier(args: string[] | undefined): { file: string; text: string; bytes: number } {
  const [file, ...more] = args ?? [];
  if (!file || more.length) throw new UsageError('Indiquez un seul dossier *.sio.yaml. / Give exactly one *.sio.yaml dossier.');
  if (!DOSSIER_RE.test(file)) throw new UsageError(`« ${file} » n’est pas un dossier *.sio.yaml. / Not a *.sio.yaml dossier.`);
  try {
    return { file, ...readDossier(file) };
  } catch {
    throw new UsageError(`Fichier introuvable : ${file} / No such file: ${file}`);
  }
}
