/**
 * The open dossier first: in a class folder, the dossier a teacher opens gets its diagnostics
 * before the server checks any closed file, and the closed files (a 2,000-réalisation one
 * included, read in slices) all get theirs once the editor is quiet. In process, over a pair
 * of streams; every wait polls the notifications with a timeout, none sleeps.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { pathToUri } from '../../server/src/node/uris';
import { startServer } from '../../server/src/lsp/server';
import { desktopFiles } from '../../server/src/node/nodeFiles';
import { heapReclaimer } from '../../server/src/runtime/heapReclaim';
import { generateClass, generateDossier } from '../support/generate';

describe('LSP: the open dossier before the workspace check', function () {
  this.timeout(60_000);
  let root = '';
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  it('publishes the opened dossier’s diagnostics first, then every closed file’s, the large one included', async () => {
    root = mkdtempSync(join(tmpdir(), 'sio-priorite-'));
    const cls = generateClass(12, 10);
    for (const d of cls) writeFileSync(join(root, d.name), d.text);
    writeFileSync(join(root, 'grand.sio.yaml'), generateDossier({ realisations: 2000, seed: 2000 }));
    const up = new PassThrough();
    const down = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(serverConnection, { now: () => new Date(2026, 2, 1), files: desktopFiles, heapReclaimer: () => heapReclaimer() });
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const order: string[] = [];
    let wake = () => {};
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      order.push(p.uri);
      wake();
    });
    client.onRequest('workspace/workspaceFolders', () => [{ uri: pathToUri(root), name: 'classe' }]);
    client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    client.onRequest('client/registerCapability', () => null);
    client.onNotification('window/logMessage', () => undefined);
    client.onNotification('sio/coverage', () => undefined);
    client.listen();
    try {
      await client.sendRequest('initialize', {
        processId: null,
        rootUri: pathToUri(root),
        workspaceFolders: [{ uri: pathToUri(root), name: 'classe' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true } }
      });
      client.sendNotification('initialized', {});
      const opened = pathToUri(join(root, cls[5].name));
      client.sendNotification('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'sio-yaml', version: 1, text: cls[5].text } });
      const expected = cls.length + 1; // 12 dossiers (one open) + the large one
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${new Set(order).size} of ${expected} files got diagnostics`)), 50_000);
        wake = () => {
          if (new Set(order).size >= expected) {
            clearTimeout(timer);
            resolve();
          }
        };
        wake();
      });
      assert.equal(order[0], opened, 'the opened dossier is published first');
      assert.ok(order.includes(pathToUri(join(root, 'grand.sio.yaml'))), 'the large closed file is checked too');
    } finally {
      client.dispose();
      serverConnection.dispose();
    }
  });
});
