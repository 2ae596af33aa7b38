/**
 * The client's side of protocol/fs.ts: the language server asks for the files it does not own
 * (review files, closed dossiers, the files a dossier names, the deposit's exports) and the
 * client answers with `workspace.fs`, the one file access VS Code for the Web has. On the
 * desktop the server reads `file:` URIs itself and asks only for the other schemes.
 * Model: microsoft/vscode extensions/css-language-features `client/src/requests.ts`.
 * Neither `vscode` nor Node is imported here (the caller passes `workspace.fs` and `Uri.parse`),
 * so the answers are unit-tested with a stubbed file system.
 */
import { FsContentRequest, FsReadDirRequest, FsStatRequest, type FsContentResult, type FsStat } from '../../shared/protocol';

/** What is used of `vscode.workspace.fs` (vscode.FileSystem). */
export interface FsLike<U> {
  stat(uri: U): Thenable<{ type: number; mtime: number; size: number }>;
  readFile(uri: U): Thenable<Uint8Array>;
  readDirectory(uri: U): Thenable<[string, number][]>;
}

export interface RequestHost {
  onRequest(type: typeof FsContentRequest, handler: (p: { uri: string; maxBytes: number }) => Promise<FsContentResult | null>): unknown;
  onRequest(type: typeof FsStatRequest, handler: (p: { uri: string }) => Promise<FsStat | null>): unknown;
  onRequest(type: typeof FsReadDirRequest, handler: (p: { uri: string }) => Promise<[string, number][]>): unknown;
}

const FILE = 1;

/** Bytes as the text an editor shows: UTF-8, no BOM, invalid sequences as U+FFFD (server/src/node/readText.ts). */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface FileAnswers {
  content(p: { uri: string; maxBytes: number }): Promise<FsContentResult | null>;
  stat(p: { uri: string }): Promise<FsStat | null>;
  readDir(p: { uri: string }): Promise<[string, number][]>;
}

export function fileAnswers<U>(fs: FsLike<U>, parse: (uri: string) => U): FileAnswers {
  const statOf = async (uri: string): Promise<FsStat | null> => {
    try {
      const st = await fs.stat(parse(uri));
      return { type: st.type, mtime: st.mtime, size: st.size };
    } catch {
      return null;
    }
  };
  return {
    stat: ({ uri }) => statOf(uri),
    async content({ uri, maxBytes }) {
      const st = await statOf(uri);
      if (!st || !(st.type & FILE)) return null;
      try {
        const bytes = await fs.readFile(parse(uri));
        // Cut at the bound, never silently: the server refuses a text over its limit with the
        // file's real size (core/refusal.ts « Fichier trop volumineux »).
        return { text: decodeText(bytes.subarray(0, Math.max(0, maxBytes))), bytes: bytes.length };
      } catch {
        return null;
      }
    },
    async readDir({ uri }) {
      try {
        return (await fs.readDirectory(parse(uri))).map(([name, type]): [string, number] => [name, type]);
      } catch {
        return [];
      }
    }
  };
}

/** Registers the three answers on the language client (desktop and web entries). */
export function answerFileRequests<U>(client: RequestHost, fs: FsLike<U>, parse: (uri: string) => U): void {
  const answers = fileAnswers(fs, parse);
  client.onRequest(FsContentRequest, answers.content);
  client.onRequest(FsStatRequest, answers.stat);
  client.onRequest(FsReadDirRequest, answers.readDir);
}
