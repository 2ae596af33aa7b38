/**
 * Dossier URIs of the class overview relative to the class folder: the « Fichier » column of the
 * CSV export reads `sisr/lea-martin.sio.yaml`, not `file:///home/prof/…` (an absolute URI means
 * nothing in a spreadsheet shared with a colleague), and the class view opened on a folder of the
 * explorer lists only the dossiers under it. Pure: URIs in, strings out.
 */

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Path segments of a hierarchical URI, decoded (drive letters lower-cased: VS Code writes `c%3A`),
 * after its scheme and authority: `file:` on the desktop, `vscode-remote:` or `vscode-vfs:` in
 * VS Code for the Web (issue 26).
 */
function parsed(uri: string): { root: string; parts: string[] } | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/[^?#]*)?/i.exec(uri);
  if (!m) return null;
  const parts = (m[3] ?? '/').split('/').filter(Boolean).map(decode);
  if (parts[0] && /^[A-Za-z]:$/.test(parts[0])) parts[0] = parts[0].toLowerCase();
  return { root: `${m[1].toLowerCase()}://${decode(m[2]).toLowerCase()}`, parts };
}

function segments(uri: string): string[] | null {
  return parsed(uri)?.parts ?? null;
}

/** True when the dossier `fileUri` is inside `folderUri` (at any depth), on the same file system. */
export function isUnder(fileUri: string, folderUri: string): boolean {
  const f = parsed(fileUri);
  const d = parsed(folderUri);
  return !!f && !!d && f.root === d.root && f.parts.length > d.parts.length && d.parts.every((s, i) => s === f.parts[i]);
}

/**
 * `fileUri` relative to `folderUri`, with `/` separators; the decoded path of the URI when it is
 * not under the folder; the URI itself when it has no path (an unsaved `untitled:` dossier).
 */
export function relativeFile(fileUri: string, folderUri: string | undefined): string {
  const f = segments(fileUri);
  if (!f) return fileUri;
  if (folderUri && isUnder(fileUri, folderUri)) return f.slice(segments(folderUri)!.length).join('/');
  return `/${f.join('/')}`;
}
