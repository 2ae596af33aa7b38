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

/** Path segments of a `file:` URI, decoded (drive letters lower-cased: VS Code writes `c%3A`). */
function segments(uri: string): string[] | null {
  const m = /^file:\/\/[^/]*(\/.*)?$/i.exec(uri);
  if (!m) return null;
  const parts = (m[1] ?? '/').split('/').filter(Boolean).map(decode);
  if (parts[0] && /^[A-Za-z]:$/.test(parts[0])) parts[0] = parts[0].toLowerCase();
  return parts;
}

/** True when the dossier `fileUri` is inside `folderUri` (at any depth). */
export function isUnder(fileUri: string, folderUri: string): boolean {
  const f = segments(fileUri);
  const d = segments(folderUri);
  return !!f && !!d && f.length > d.length && d.every((s, i) => s === f[i]);
}

/**
 * `fileUri` relative to `folderUri`, with `/` separators; the decoded path of the URI when it is
 * not under the folder; the URI itself when it is not a `file:` URI (an unsaved dossier).
 */
export function relativeFile(fileUri: string, folderUri: string | undefined): string {
  const f = segments(fileUri);
  if (!f) return fileUri;
  if (folderUri && isUnder(fileUri, folderUri)) return f.slice(segments(folderUri)!.length).join('/');
  return `/${f.join('/')}`;
}
