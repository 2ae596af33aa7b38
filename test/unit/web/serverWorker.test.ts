/**
 * The web client starts the server's Web Worker from a Blob URL (client/src/browser/serverWorker.ts):
 * `new Worker(<extension URI>)` throws for code-server's `vscode-remote:` URIs and for
 * vscode.dev's other origin. Browser objects are stubbed; test/browser/webWorkerServer.test.ts
 * starts the real bundle in Chromium the same way.
 */
import { strict as assert } from 'node:assert';
import { startServerWorker, type WorkerHost } from '../../../client/src/browser/serverWorker';

const SCRIPT = new TextEncoder().encode('self.onmessage = () => {};');

function host(opts: { fsHas?: boolean; fetchOk?: boolean }) {
  const calls: string[] = [];
  const blobs: { parts: BlobPart[]; type?: string }[] = [];
  const h: WorkerHost<{ url: string; name?: string }> = {
    async readFile(uri) {
      calls.push(`readFile ${uri}`);
      if (opts.fsHas) return SCRIPT;
      throw new Error('ENOPRO: No file system provider found for resource');
    },
    async fetch(url) {
      calls.push(`fetch ${url}`);
      return { ok: !!opts.fetchOk, status: opts.fetchOk ? 200 : 404, arrayBuffer: async () => SCRIPT.slice().buffer };
    },
    createObjectURL: () => 'blob:https://localhost/1234',
    revokeObjectURL: () => undefined,
    newBlob(parts, options) {
      blobs.push({ parts, type: options.type });
      return {} as Blob;
    },
    newWorker(url, options) {
      if (!url.startsWith('blob:')) throw new Error('Creating workers from remote extensions is currently not supported');
      return { url, name: options.name };
    }
  };
  return { h, calls, blobs };
}

const message = (detail: string) => `Le serveur Dossier SIO n’a pas pu démarrer dans le navigateur : script illisible (${detail}).`;

describe('the web client starts the server worker from a Blob URL', () => {
  it('code-server (vscode-remote:): reads the script through workspace.fs and starts from a blob: URL', async () => {
    const { h, calls, blobs } = host({ fsHas: true });
    const w = await startServerWorker(h, 'vscode-remote://localhost:8080/ext/dist/browser/server.js', message);
    assert.deepEqual(w, { url: 'blob:https://localhost/1234', name: 'Dossier SIO' });
    assert.deepEqual(calls, ['readFile vscode-remote://localhost:8080/ext/dist/browser/server.js']);
    assert.equal(blobs[0].type, 'text/javascript');
    assert.deepEqual(blobs[0].parts[0], SCRIPT);
  });

  it('vscode.dev (extension on another https origin, no file system for it): fetches the script instead', async () => {
    const { h, calls } = host({ fsHas: false, fetchOk: true });
    const w = await startServerWorker(h, 'https://dossier-sio.vscode-unpkg.net/dist/browser/server.js', message);
    assert.equal(w.url, 'blob:https://localhost/1234');
    assert.deepEqual(calls, ['readFile https://dossier-sio.vscode-unpkg.net/dist/browser/server.js', 'fetch https://dossier-sio.vscode-unpkg.net/dist/browser/server.js']);
  });

  it('a script that cannot be read is a French error naming it, not a silent failure', async () => {
    const { h } = host({ fsHas: false, fetchOk: false });
    await assert.rejects(startServerWorker(h, 'https://cdn.example/dist/browser/server.js', message), (err: Error) => {
      assert.match(err.message, /^Le serveur Dossier SIO n’a pas pu démarrer dans le navigateur : script illisible \(https:\/\/cdn\.example\/dist\/browser\/server\.js : HTTP 404\)\.$/);
      return true;
    });
    const remote = host({ fsHas: false });
    await assert.rejects(startServerWorker(remote.h, 'vscode-remote://h/ext/server.js', message), /ENOPRO/);
    assert.deepEqual(remote.calls, ['readFile vscode-remote://h/ext/server.js'], 'a non-http URI is never fetched');
  });
});
