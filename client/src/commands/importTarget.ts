/**
 * The name of the dossier an import creates, kept apart from the `vscode` API so it can be
 * tested: the box pre-selects only the name part (« eleve-b », not « eleve-b.sio »), and what the
 * student types gets `.sio.yaml` when it lacks it (`eleve-b`, `eleve-b.yaml` → `eleve-b.sio.yaml`),
 * the same rule as « Nouveau dossier » (core/naming.ts). Typing a name then never leads to the
 * refusal « Le dossier importé doit finir en .sio.yaml ».
 */
import { dossierFileName, isDossierPath } from '../../../shared/naming';

/** The [start, end) of the name part of `file.sio.yaml` (what the student replaces). */
export function namePartSelection(fileName: string): [number, number] {
  // The suffix as core/naming.ts spells it: `x.sio.yaml` is x + the suffix dossierFileName adds.
  const suffix = dossierFileName('x').length - 1;
  return [0, isDossierPath(fileName) ? fileName.length - suffix : fileName.length];
}

/** What the student typed → the dossier's file name, or null when empty. Folders typed are kept. */
export function importFileName(typed: string): string | null {
  const t = typed.trim();
  if (!t) return null;
  const slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\'));
  const dir = t.slice(0, slash + 1);
  const base = t.slice(slash + 1);
  const name = dossierFileName(base);
  if (name === dossierFileName('')) return null;
  return dir + name;
}
