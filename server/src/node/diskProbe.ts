/**
 * The disk side of `FileProbe` (core/localFiles.ts): the server and the CLI tell the core
 * whether a dossier's local files exist. Relative to the dossier's own folder; a `file:` URI
 * or a path is accepted, anything else (untitled:, a remote scheme) checks nothing.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileProbe } from '../core/localFiles';

export function dossierPathOf(uri: string): string | null {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return null;
    }
  }
  return /^[a-z][a-z0-9+.-]+:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri) ? null : path.resolve(uri);
}

export function diskFiles(uri: string): FileProbe | undefined {
  const file = dossierPathOf(uri);
  if (!file) return undefined;
  const dir = path.dirname(file);
  return { exists: (rel) => statSync(path.resolve(dir, rel), { throwIfNoEntry: false })?.isFile() ?? false };
}
