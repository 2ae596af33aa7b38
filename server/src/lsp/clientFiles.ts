/**
 * The browser side of lsp/files.ts: every read is a request to the client, which answers with
 * `workspace.fs` (client/src/fsAnswers.ts). A client that cannot answer (an editor other than
 * VS Code) leaves the files unread: no review, no workspace check, never an error.
 */
import type { Connection } from 'vscode-languageserver';
import { FsContentRequest, FsReadDirRequest, FsStatRequest } from '../protocol/fs';
import { MAX_CUT_DOSSIER_BYTES } from '../core/parse';
import type { FileAccess } from './files';

/** The same bound as the desktop's reader (node/readText.ts READ_LIMIT_BYTES). */
export const CLIENT_READ_LIMIT_BYTES = 3 * MAX_CUT_DOSSIER_BYTES + 3;

export function clientFiles(connection: Connection): FileAccess {
  return {
    stat: (uri) => connection.sendRequest(FsStatRequest, { uri }).catch(() => null),
    readText: (uri) => connection.sendRequest(FsContentRequest, { uri, maxBytes: CLIENT_READ_LIMIT_BYTES }).catch(() => null),
    readDir: (uri) => connection.sendRequest(FsReadDirRequest, { uri }).catch(() => [])
  };
}
