/**
 * How the language server reads the files it does not own, on every host: the review files, the
 * closed dossiers of the workspace, the files a dossier names (`document-missing`) and the
 * deposit's exports. One interface, two sides:
 * - on the desktop, node/nodeFiles.ts reads `file:` URIs itself (synchronously when a handler
 *   must answer at once) and asks the client for any other scheme;
 * - in a browser (lsp/browserMain.ts) every read is a request to the client (clientFiles.ts),
 *   which answers with `workspace.fs` (protocol/fs.ts).
 * Handlers that must answer synchronously (a keystroke's diagnostics, hover) see the files
 * through a FileView: what it does not know yet it asks for, and when the answer differs from
 * what it said, `onLate` re-validates what depends on it. Model: microsoft/vscode
 * css-language-features `server/src/requests.ts` (RequestService: Node `fs` for `file:`, else the client).
 */
import type { FsFileType, FsStat } from '../protocol/fs';

export interface FileText {
  text: string;
  /** The file's size: a file cut at the read limit is refused by it. */
  bytes: number;
}

export interface FileAccess {
  /** The answer now, when the host can read this URI synchronously; `undefined` when it cannot. */
  statSync?(uri: string): FsStat | null | undefined;
  readTextSync?(uri: string): FileText | null | undefined;
  stat(uri: string): Promise<FsStat | null>;
  readText(uri: string): Promise<FileText | null>;
  readDir(uri: string): Promise<[string, FsFileType][]>;
}

/** An asynchronous answer is trusted this long before it is asked again in the background. */
export const ASKED_FRESH_MS = 2000;

interface Asked<T> {
  value: T | undefined;
  /** When the last answer came; null before the first one. */
  at: number | null;
  pending: boolean;
}

/** Synchronous reads over a FileAccess, for handlers that cannot wait (see above). */
export class FileView {
  private readonly stats = new Map<string, Asked<FsStat | null>>();
  private readonly texts = new Map<string, Asked<FileText | null>>();

  constructor(
    readonly access: FileAccess,
    /** A file's answer arrived and differs from what was said: re-check what depends on it. */
    private readonly onLate: (uri: string) => void,
    private readonly now: () => number = Date.now
  ) {}

  /** The file's stat; `undefined` while the client has not answered yet. */
  stat(uri: string): FsStat | null | undefined {
    const sync = this.access.statSync?.(uri);
    if (sync !== undefined) return sync;
    return this.ask(this.stats, uri, (u) => this.access.stat(u), sameStat);
  }

  /** The file's text; `undefined` while the client has not answered yet. */
  text(uri: string): FileText | null | undefined {
    const sync = this.access.readTextSync?.(uri);
    if (sync !== undefined) return sync;
    return this.ask(this.texts, uri, (u) => this.access.readText(u), (a, b) => a?.text === b?.text && a?.bytes === b?.bytes);
  }

  /**
   * The file's stat, waiting for the client when it must (a request that can wait, such as the
   * class view or the deposit checklist): the answer is kept for the synchronous reads that follow.
   */
  async statAsync(uri: string): Promise<FsStat | null> {
    const sync = this.access.statSync?.(uri);
    if (sync !== undefined) return sync;
    const value = await this.access.stat(uri).catch(() => null);
    this.stats.set(uri, { value, at: this.now(), pending: false });
    return value;
  }

  /** The editor says the file changed: the next read asks again. */
  forget(uri: string): void {
    this.stats.delete(uri);
    this.texts.delete(uri);
  }

  private ask<T>(map: Map<string, Asked<T>>, uri: string, read: (uri: string) => Promise<T>, same: (a: T, b: T) => boolean): T | undefined {
    let entry = map.get(uri);
    if (!entry) map.set(uri, (entry = { value: undefined, at: null, pending: false }));
    if (!entry.pending && (entry.at === null || this.now() - entry.at >= ASKED_FRESH_MS)) {
      const asked = entry;
      asked.pending = true;
      const known = asked.at !== null;
      read(uri)
        .catch(() => null as T)
        .then((value) => {
          const changed = !known || !same(asked.value as T, value);
          asked.value = value;
          asked.at = this.now();
          asked.pending = false;
          if (map.get(uri) === asked && changed) this.onLate(uri);
        });
    }
    return entry.at !== null ? entry.value : undefined;
  }
}

function sameStat(a: FsStat | null, b: FsStat | null): boolean {
  return a === b || (!!a && !!b && a.type === b.type && a.size === b.size && a.mtime === b.mtime);
}

/** The URI of a folder's entry, encoded as VS Code writes URIs (node/uris.ts `pathToUri`). */
export function childUri(folderUri: string, name: string): string {
  const enc = encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${folderUri.replace(/\/+$/, '')}/${enc}`;
}

/** The URI of a path relative to the folder of `fileUri` (`..` and `.` resolved), or null when it leaves the root. */
export function siblingUri(fileUri: string, relative: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/[^?#]*)/i.exec(fileUri);
  if (!m) return null;
  const segs = m[2].split('/').slice(1, -1);
  for (const seg of relative.replace(/\\/g, '/').split('/')) {
    if (seg === '..') {
      if (!segs.length) return null;
      segs.pop();
    } else if (seg !== '.' && seg !== '') segs.push(childUri('', seg).slice(1));
  }
  return `${m[1]}/${segs.join('/')}`;
}

/** Same file whatever the percent-encoding of the two URIs. */
export function sameUri(a: string, b: string): boolean {
  if (a === b) return true;
  const norm = (u: string) => {
    try {
      return decodeURIComponent(u).replace(/^file:\/\/\/([A-Z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}
