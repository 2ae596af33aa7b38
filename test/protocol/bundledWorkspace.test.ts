/**
 * The bundled server (`node dist/server.js --stdio`, as an editor without our node options
 * starts it: build-time schema code, small young generation) in a teacher's class folder: the
 * dossier opened at once after `initialized` is published before any closed file, its edits get
 * the diagnostics of their version, and every closed file — the largest accepted one included —
 * gets its diagnostics once nobody types. The sources' side is test/protocol/workspacePriority.test.ts;
 * this proves the bundle. Every wait polls the received messages with a timeout; nothing sleeps.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generateClass, generateDossier } from '../support/generate';

const SERVER = join(__dirname, '../../dist/server.js');

describe('the bundled server in a class folder', function () {
  this.timeout(60_000);
  let root = '';
  let proc: ChildProcess | undefined;
  let conn: MessageConnection | undefined;
  afterEach(() => {
    conn?.dispose();
    proc?.kill();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('publishes the dossier opened right after start first, answers its edits, then checks every closed file', async () => {
    root = mkdtempSync(join(tmpdir(), 'sio-classe-bundle-'));
    const cls = generateClass(10, 30);
    for (const d of cls) writeFileSync(join(root, d.name), d.text);
    writeFileSync(join(root, 'grand.sio.yaml'), generateDossier({ realisations: 700, seed: 700 }));
    const folder = pathToFileURL(root).href;
    proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn = c;
    const order: { uri: string; version?: number }[] = [];
    let wake = () => {};
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      order.push({ uri: p.uri, version: p.version });
      wake();
    });
    c.onRequest('workspace/workspaceFolders', () => [{ uri: folder, name: 'classe' }]);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    c.onRequest('client/registerCapability', () => null);
    c.onNotification('window/logMessage', () => undefined);
    c.onNotification('sio/coverage', () => undefined);
    c.listen();
    const until = (test: () => boolean, what: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`délai dépassé : ${what} ; reçu ${JSON.stringify(order).slice(0, 600)}`)), 50_000);
        wake = () => {
          if (!test()) return;
          clearTimeout(timer);
          resolve();
        };
        wake();
      });

    await c.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'classe' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    void c.sendNotification('initialized', {});
    const opened = pathToFileURL(join(root, cls[3].name)).href;
    let text = cls[3].text;
    void c.sendNotification('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'sio-yaml', version: 1, text } });
    await until(() => order.some((o) => o.uri === opened && o.version === 1), 'les diagnostics du dossier ouvert');
    // The person types at once: each edit gets the diagnostics of its own version.
    for (let v = 2; v <= 4; v++) {
      const at = text.indexOf('intitule: ') + 10;
      text = text.slice(0, at) + 'x' + text.slice(at);
      void c.sendNotification('textDocument/didChange', { textDocument: { uri: opened, version: v }, contentChanges: [{ text }] });
      await until(() => order.some((o) => o.uri === opened && o.version === v), `les diagnostics de la version ${v}`);
    }
    const closed = new Set([...cls.filter((_, i) => i !== 3).map((d) => pathToFileURL(join(root, d.name)).href), pathToFileURL(join(root, 'grand.sio.yaml')).href]);
    assert.equal(order[0].uri, opened, 'the opened dossier is published first');
    await until(() => [...closed].every((u) => order.some((o) => o.uri === u)), 'les diagnostics de chaque fichier fermé');
    await c.sendRequest('shutdown');
  });
});
