/**
 * Server → client: the server reads the files it does not own (review files, closed dossiers,
 * the files a dossier names, the deposit's exports) by asking the client, which answers with
 * `workspace.fs` — the only file access VS Code for the Web has (vscode.dev, github.dev, a
 * school's code-server). Model: microsoft/vscode `extensions/css-language-features`
 * `client/src/requests.ts` (`fs/content`, `fs/stat`, `fs/readDir`), redhat-developer
 * yaml-language-server `src/webworker/yamlServerMain.ts`. On the desktop the server reads
 * `file:` URIs itself (server/src/node/nodeFiles.ts) behind the same interface.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** The kinds `workspace.fs.stat` reports (vscode.FileType: bit flags, 64 = symbolic link). */
export const FsFileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 } as const;
export type FsFileType = number;

export interface FsStat {
  type: FsFileType;
  mtime: number;
  size: number;
}

export interface FsContentParams {
  uri: string;
  /** Bytes read at most: a 2 GB file is refused by its size, never loaded (node/readText.ts). */
  maxBytes: number;
}
export interface FsContentResult {
  /** UTF-8 without BOM, invalid sequences as U+FFFD: what an editor shows. */
  text: string;
  /** The file's size, which a refusal of a file cut at `maxBytes` reports. */
  bytes: number;
}

/** The file's text, or null when it does not exist or is not a file. */
export const FsContentRequest = new RequestType<FsContentParams, FsContentResult | null, void>('fs/content');
/** The file's kind, size and modification time, or null when nothing is there. */
export const FsStatRequest = new RequestType<{ uri: string }, FsStat | null, void>('fs/stat');
/** The names and kinds of a folder's entries; empty when it cannot be read. */
export const FsReadDirRequest = new RequestType<{ uri: string }, [string, FsFileType][], void>('fs/readDir');
