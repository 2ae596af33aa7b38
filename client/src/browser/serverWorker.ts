/**
 * Starts the language server's Web Worker (dist/browser/server.js) from a Blob URL.
 * `new Worker(Uri.joinPath(extensionUri, …))` throws « Creating workers from remote extensions is
 * currently not supported » for the `vscode-remote:` URIs of code-server's web-worker host, and on
 * vscode.dev the extension is served from another origin, which a Worker may not load either.
 * So the script is read — through `workspace.fs` (the remote and local schemes), else `fetch`
 * (an http(s) origin such as vscode.dev's CDN) — and the worker starts from a Blob URL of that
 * text, which is always same-origin. The bundle is self-contained: nothing inside it is
 * resolved relative to its own URL. No `vscode` import: unit-tested with stubs
 * (test/unit/web/serverWorker.test.ts).
 */
export interface WorkerHost<W> {
  readFile(uri: string): Promise<Uint8Array>;
  fetch(url: string): Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  newBlob(parts: BlobPart[], options: BlobPropertyBag): Blob;
  newWorker(url: string, options: WorkerOptions): W;
}

/** The server script's bytes: workspace.fs first, else fetch for http(s) origins. */
async function readScript<W>(host: WorkerHost<W>, scriptUri: string): Promise<Uint8Array> {
  let firstError: unknown;
  try {
    return await host.readFile(scriptUri);
  } catch (err) {
    firstError = err;
  }
  if (/^https?:/i.test(scriptUri)) {
    const res = await host.fetch(scriptUri);
    if (res.ok) return new Uint8Array(await res.arrayBuffer());
    throw new Error(`HTTP ${res.status}`);
  }
  throw firstError instanceof Error ? firstError : new Error(String(firstError));
}

export async function startServerWorker<W>(host: WorkerHost<W>, scriptUri: string, message: (detail: string) => string): Promise<W> {
  let bytes: Uint8Array;
  try {
    bytes = await readScript(host, scriptUri);
  } catch (err) {
    throw new Error(message(`${scriptUri} : ${err instanceof Error ? err.message : String(err)}`));
  }
  const url = host.createObjectURL(host.newBlob([bytes as BlobPart], { type: 'text/javascript' }));
  try {
    return host.newWorker(url, { name: 'Dossier SIO' });
  } finally {
    // The worker has its copy of the script once started; the URL is not needed any more.
    setTimeout(() => host.revokeObjectURL(url), 10_000);
  }
}
