/**
 * Workspace diagnostics (`sio.workspaceDiagnostics`): every `*.sio.yaml` of the workspace
 * folders is checked, open or not, and kept up to date from the files the editor watches.
 * Closed files are read through ctx.sources (the one reader: size limit, BOM, encoding), the
 * folders through ctx.files: Node's `fs` on the desktop, the client's `workspace.fs` in a browser.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileChangeType } from 'vscode-languageserver';
import { toDiagnostic } from '../../core/features/diagnostics';
import { dossierFindings } from '../../core/findings';
import { forgetPieces } from '../../core/incremental';
import { MAX_CUT_DOSSIER_BYTES } from '../../core/parse';
import { dossierPathFor, isDossierPath, isReviewPath } from '../../core/naming';
import { type ServerContext } from '../context';
import { childUri } from '../files';
import { FsFileType } from '../../protocol/fs';
import { reviewOfDossier } from './reviewRemarks';

/** Past this many dossiers the scan stops: a workspace that large is not a class. */
export const MAX_WORKSPACE_DOSSIERS = 2000;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface Workspace {
  /** The workspace's dossiers (URIs), once the first scan is done. */
  dossiers(): Promise<ReadonlySet<string>>;
  /** The dossier's diagnostics are out of date (e.g. its review changed): check it again. */
  refreshDossier(uri: string): void;
  /** Called for each file the editor says changed on disk, after the caches were dropped. */
  onDiskChange: ((uri: string) => void)[];
}

export function registerWorkspace(ctx: ServerContext): Workspace {
  const { connection, documents, service, sources } = ctx;
  /** Workspace dossiers found by the scan, open or not. */
  const workspace = new Set<string>();
  /** Closed dossiers whose diagnostics we published (to clear them). */
  const publishedClosed = new Set<string>();
  let scan: Promise<void> | null = null;
  // The closed files are read between the person's requests and edits; their garbage is
  // collected at those pauses rather than left to grow the heap (heapReclaim.ts).
  const reclaim = ctx.heapReclaimer();
  const pause = async (): Promise<void> => {
    await ctx.whenIdle();
    reclaim();
  };

  async function publishClosed(uri: string): Promise<void> {
    if (sources.openDocument(uri)) return;
    if (!service.settings.workspaceDiagnostics) return clearClosed(uri);
    const file = await sources.readDiskAsync(uri);
    if (file === null || sources.openDocument(uri)) return clearClosed(uri);
    const { text, bytes } = file;
    // Open documents and typing first: the closed file is read in slices between them (a file
    // cut at the read limit is refused by its size without a parse).
    const parsed = bytes > text.length && text.length > MAX_CUT_DOSSIER_BYTES ? service.parse(text, bytes) : await service.parseClosedInSlices(text, pause);
    await pause();
    if (sources.openDocument(uri)) return;
    const doc = TextDocument.create(uri, 'sio-yaml', 0, text);
    const findings = dossierFindings(parsed, reviewOfDossier(ctx, uri), { service, uri }).all;
    publishedClosed.add(uri);
    void connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(doc, f, service.locale)) });
    // Nobody types in a closed file: keeping its pieces' trees would hold ~30 kB of memory per
    // kB of dossier for the whole session (a class of 300 dossiers: the cache's whole budget).
    forgetPieces(text);
  }

  function clearClosed(uri: string): void {
    if (!publishedClosed.delete(uri)) return;
    if (!sources.openDocument(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  function refreshDossier(uri: string): void {
    const open = sources.openDocument(uri);
    if (open) ctx.schedule(open);
    else if (workspace.has(uri) || publishedClosed.has(uri)) void publishClosed(uri);
  }

  async function folders(): Promise<string[]> {
    try {
      const wf = await connection.workspace.getWorkspaceFolders();
      return (wf ?? []).map((f) => f.uri);
    } catch {
      return []; // client without workspace folders
    }
  }

  /** Breadth-first walk of the workspace folders (URIs), yielding to the event loop between folders. */
  async function findDossiers(roots: string[]): Promise<string[]> {
    const found: string[] = [];
    const queue = [...roots];
    while (queue.length && found.length < MAX_WORKSPACE_DOSSIERS) {
      const dir = queue.shift()!;
      const entries = await ctx.files.access.readDir(dir).catch(() => []);
      for (const [name, type] of entries) {
        if (type === FsFileType.Directory) {
          if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) queue.push(childUri(dir, name));
        } else if (type === FsFileType.File && isDossierPath(name)) {
          found.push(childUri(dir, name));
          if (found.length >= MAX_WORKSPACE_DOSSIERS) break;
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    return found;
  }

  function startScan(): Promise<void> {
    scan = (async () => {
      const paths = await findDossiers(await folders());
      if (paths.length >= MAX_WORKSPACE_DOSSIERS) {
        connection.console.warn(
          `Dossier SIO : plus de ${MAX_WORKSPACE_DOSSIERS} dossiers dans l’espace de travail, les suivants ne sont pas analysés. / More than ${MAX_WORKSPACE_DOSSIERS} dossiers: the rest are not checked.`
        );
      }
      workspace.clear();
      for (const p of paths) workspace.add(p);
      for (const uri of workspace) {
        await publishClosed(uri);
        await new Promise((r) => setImmediate(r));
      }
    })().catch((err) => connection.console.error(`Dossier SIO : analyse de l’espace de travail interrompue / workspace scan stopped: ${String(err)}`));
    return scan;
  }

  ctx.onInitialized.push(() => void startScan());

  // Turning `sio.workspaceDiagnostics` off clears the closed files at once; on again, republish.
  let enabled = service.settings.workspaceDiagnostics;
  ctx.onSettingsChanged.push(() => {
    const now = service.settings.workspaceDiagnostics;
    if (enabled && !now) for (const uri of [...publishedClosed]) clearClosed(uri);
    else if (now && scan) void (async () => { for (const uri of workspace) await publishClosed(uri); })();
    enabled = now;
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    // server.ts cleared the diagnostics on close; a workspace dossier keeps them, from disk.
    if (isDossierPath(uri)) setImmediate(() => workspace.has(uri) && void publishClosed(uri));
  });

  const onDiskChange: ((uri: string) => void)[] = [];
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const uri = change.uri;
      sources.changedOnDisk(uri);
      if (isReviewPath(uri)) {
        const d = dossierPathFor(uri);
        if (d) refreshDossier(d);
      } else if (isDossierPath(uri)) {
        if (change.type === FileChangeType.Deleted) {
          workspace.delete(uri);
          clearClosed(uri);
        } else {
          workspace.add(uri);
          void publishClosed(uri);
        }
      }
      for (const hook of onDiskChange) hook(uri);
    }
  });

  return {
    async dossiers() {
      if (!scan) startScan();
      await scan;
      return workspace;
    },
    refreshDossier,
    onDiskChange
  };
}
