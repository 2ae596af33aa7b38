/**
 * Finding dossiers on disk for the CLI, with nothing but node:fs: dist/cli.js walks the
 * arguments with it before loading the checks (oneShot.ts), so it must not pull the parser in.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { DOSSIER_RE, REVUE_RE } from '../core/naming';

export { DOSSIER_RE, REVUE_RE };
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
