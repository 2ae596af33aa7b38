/** File URIs as VS Code writes them, and back to paths: the server publishes diagnostics for closed files. */
import { fileURLToPath } from 'node:url';

/** The URI as VS Code writes it (every character but [A-Za-z0-9-._~/] percent-encoded), so that
 * diagnostics published for a closed file match the editor's URI of that file. */
export function pathToUri(path: string): string {
  let p = path.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(p)) p = `/${p[0].toLowerCase()}${p.slice(1)}`;
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `file://${p.split('/').map(enc).join('/')}`;
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Same file, whatever the encoding of the two URIs. */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = uriToPath(a);
  return pa !== null && pa === uriToPath(b);
}
