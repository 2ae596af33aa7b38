/**
 * The desktop side of lsp/files.ts: `file:` URIs are read here with Node's `fs` (at once when
 * a handler must answer synchronously), through the one reader (readText.ts: size limit, BOM,
 * encoding); any other scheme (a remote or virtual workspace) is asked of the client, like the
 * browser does. Model: css-language-features `server/src/node/nodeFs.ts`.
 */
import { promises as fsp, statSync, type Stats } from 'node:fs';
import { FsFileType, type FsStat } from '../protocol/fs';
import type { Connection } from 'vscode-languageserver';
import { clientFiles } from '../lsp/clientFiles';
import type { FileAccess, FileText } from '../lsp/files';
import { readTextFile, readTextFileSync } from './readText';
import { uriToPath } from './uris';

function fsStat(st: Stats): FsStat {
  const type = st.isFile() ? FsFileType.File : st.isDirectory() ? FsFileType.Directory : FsFileType.Unknown;
  return { type, mtime: st.mtimeMs, size: st.size };
}

export function nodeFiles(other: FileAccess): FileAccess {
  return {
    statSync(uri) {
      const path = uriToPath(uri);
      if (!path) return undefined;
      try {
        return fsStat(statSync(path));
      } catch {
        return null;
      }
    },
    readTextSync(uri): FileText | null | undefined {
      const path = uriToPath(uri);
      if (!path) return undefined;
      try {
        return statSync(path).isFile() ? readTextFileSync(path) : null;
      } catch {
        return null;
      }
    },
    async stat(uri) {
      const path = uriToPath(uri);
      if (!path) return other.stat(uri);
      return fsp.stat(path).then(fsStat, () => null);
    },
    async readText(uri) {
      const path = uriToPath(uri);
      if (!path) return other.readText(uri);
      return readTextFile(path).catch(() => null);
    },
    async readDir(uri) {
      const path = uriToPath(uri);
      if (!path) return other.readDir(uri);
      try {
        const entries = await fsp.readdir(path, { withFileTypes: true });
        return entries.map((e): [string, number] => [e.name, e.isFile() ? FsFileType.File : e.isDirectory() ? FsFileType.Directory : e.isSymbolicLink() ? FsFileType.SymbolicLink : FsFileType.Unknown]);
      } catch {
        return [];
      }
    }
  };
}

/** The language server's files on the desktop: Node for `file:` URIs, the client for the rest. */
export function desktopFiles(connection: Connection): FileAccess {
  return nodeFiles(clientFiles(connection));
}
