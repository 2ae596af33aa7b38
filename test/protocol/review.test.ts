/**
 * The review and workspace features through the real LSP server, in process: a client talks to
 * `startServer` over a pair of streams, on a temporary class folder (copied from
 * test/fixtures/classe). Every wait polls the notifications with a timeout; none sleeps.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ClassOverview } from '../../server/src/products/class/overview';
import { pathToUri } from '../../server/src/node/uris';
import { startServer } from '../../server/src/lsp/server';
import { desktopFiles } from '../../server/src/node/nodeFiles';
import { heapReclaimer } from '../../server/src/runtime/heapReclaim';

const FIXTURES = join(__dirname, '../fixtures/classe');
const NOW = new Date(2026, 2, 1, 12, 0, 0);

interface Harness {
  client: MessageConnection;
  root: string;
  uri(name: string): string;
  /** Latest diagnostics per URI. */
  latest: Map<string, Diagnostic[]>;
  waitFor(uri: string, test: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]>;
  open(name: string, languageId?: string): number;
  change(name: string, text: string): void;
  close(name: string): void;
  dispose(): void;
}

async function start(settings: { workspaceDiagnostics?: boolean } = {}): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), 'sio-classe-'));
  cpSync(FIXTURES, root, { recursive: true });
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, { now: () => NOW, files: desktopFiles, heapReclaimer: () => heapReclaimer() });
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const latest = new Map<string, Diagnostic[]>();
  const waiters: (() => void)[] = [];
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) w();
  });
  client.onRequest('workspace/workspaceFolders', () => [{ uri: pathToUri(root), name: 'classe' }]);
  client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map(() => ({ workspaceDiagnostics: settings.workspaceDiagnostics ?? true }))
  );
  client.onRequest('client/registerCapability', () => null);
  client.onNotification('window/logMessage', () => undefined);
  client.onNotification('sio/coverage', () => undefined);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: pathToUri(root),
    workspaceFolders: [{ uri: pathToUri(root), name: 'classe' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: { locale: 'fr' }
  });
  client.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  const h: Harness = {
    client,
    root,
    latest,
    uri: (name) => pathToUri(join(root, name)),
    waitFor(uri, test, what) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timeout waiting for ${what}; last: ${JSON.stringify(latest.get(uri)?.map((d) => d.code))}`)), 8000);
        const check = () => {
          const d = latest.get(uri);
          if (d && test(d)) {
            clearTimeout(timer);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
    open(name, languageId = name.endsWith('.revue.yaml') ? 'sio-revue' : 'sio-yaml') {
      versions.set(name, 1);
      client.sendNotification('textDocument/didOpen', { textDocument: { uri: h.uri(name), languageId, version: 1, text: readFileSync(join(root, name), 'utf8') } });
      return 1;
    },
    change(name, text) {
      const v = (versions.get(name) ?? 1) + 1;
      versions.set(name, v);
      client.sendNotification('textDocument/didChange', { textDocument: { uri: h.uri(name), version: v }, contentChanges: [{ text }] });
    },
    close(name) {
      client.sendNotification('textDocument/didClose', { textDocument: { uri: h.uri(name) } });
    },
    dispose() {
      client.dispose();
      serverConnection.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  };
  return h;
}

const codes = (d: Diagnostic[]) => d.map((x) => x.code);
const msg = (x: Diagnostic): string => (typeof x.message === 'string' ? x.message : x.message.value);

describe('LSP: workspace diagnostics and teachers’ reviews', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await start();
  });
  afterEach(() => h.dispose());

  it('every dossier of the folder gets diagnostics without being opened, reviews included', async () => {
    const tom = await h.waitFor(h.uri('tom-laurent-schema.sio.yaml'), (d) => d.length > 0, 'closed dossier diagnostics');
    assert.deepEqual(codes(tom).sort(), ['schema-missing-field', 'schema-unknown-key']);
    const lea = await h.waitFor(h.uri('lea-martin-sisr.sio.yaml'), (d) => d.some((x) => x.code === 'review'), 'review remarks of a closed dossier');
    assert.equal(lea.filter((x) => x.source === 'revue').length, 5);
    assert.ok(lea.some((x) => msg(x) === 'M. Dupont : Le portfolio ne répond pas, vérifiez l’adresse.' && x.severity === 1));
  });

  it('editing the review in the editor updates the dossier: a resolved remark disappears', async () => {
    h.open('lea-martin-sisr.sio.yaml');
    const reviewName = 'lea-martin-sisr.revue.yaml';
    h.open(reviewName);
    const uri = h.uri('lea-martin-sisr.sio.yaml');
    await h.waitFor(uri, (d) => d.some((x) => msg(x).includes('portfolio ne répond pas')), 'remark shown');
    const text = readFileSync(join(h.root, reviewName), 'utf8').replace('    message: Le portfolio ne répond pas, vérifiez l’adresse.\n', '    message: Le portfolio ne répond pas, vérifiez l’adresse.\n    statut: resolue\n');
    h.change(reviewName, text);
    const after = await h.waitFor(uri, (d) => !d.some((x) => msg(x).includes('portfolio ne répond pas')), 'resolved remark hidden');
    assert.equal(after.filter((x) => x.code === 'review').length, 4);
  });

  it('the open review file reports a target the student renamed, and again when the dossier changes', async () => {
    h.open('hugo-bernard-slam.revue.yaml');
    const ruri = h.uri('hugo-bernard-slam.revue.yaml');
    const first = await h.waitFor(ruri, (d) => d.length > 0, 'review diagnostics');
    assert.deepEqual(codes(first), ['review-target-unknown', 'review-target-unknown']);
    assert.equal(first[0].range.start.line, 5);
    // The student renames « api-dossiers » back to « supervision » in the open dossier.
    h.open('hugo-bernard-slam.sio.yaml');
    const dossier = readFileSync(join(h.root, 'hugo-bernard-slam.sio.yaml'), 'utf8').replace('id: api-dossiers', 'id: supervision');
    h.change('hugo-bernard-slam.sio.yaml', dossier);
    const after = await h.waitFor(ruri, (d) => d.length === 1, 'target found again');
    assert.match(msg(after[0]), /B1\.7/);
  });

  it('a mistyped competence in the review gets a quick fix from its did-you-mean', async () => {
    h.open('hugo-bernard-slam.revue.yaml');
    const ruri = h.uri('hugo-bernard-slam.revue.yaml');
    const diags = await h.waitFor(ruri, (d) => d.length === 2, 'review diagnostics');
    const b17 = diags.find((d) => msg(d).includes('B1.7'))!;
    const actions = await h.client.sendRequest<{ title: string; edit: WorkspaceEdit }[]>('textDocument/codeAction', {
      textDocument: { uri: ruri },
      range: b17.range,
      context: { diagnostics: [b17] }
    });
    assert.deepEqual(actions.map((a) => a.title), ['Remplacer par « B1.1 »']);
    assert.deepEqual(actions[0].edit.changes![ruri], [{ range: b17.range, newText: 'B1.1' }]);
  });

  it('a review written on disk (file watcher) reaches the closed dossier; deleting the dossier clears it', async () => {
    const uri = h.uri('ines-petit-mcsno.sio.yaml');
    await h.waitFor(uri, (d) => d.length === 0, 'clean MC SNO dossier published');
    writeFileSync(join(h.root, 'ines-petit-mcsno.revue.yaml'), 'revue: 1\nrelecteur: Mme Leclerc\nremarques:\n  - cible: C2.1\n    niveau: erreur\n    message: Détaillez l’inventaire.\n');
    h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri('ines-petit-mcsno.revue.yaml'), type: 1 }] });
    const d = await h.waitFor(uri, (x) => x.length === 1, 'remark from disk');
    assert.equal(msg(d[0]), 'Mme Leclerc : Détaillez l’inventaire.');
    unlinkSync(join(h.root, 'ines-petit-mcsno.sio.yaml'));
    h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await h.waitFor(uri, (x) => x.length === 0, 'cleared after delete');
  });

  it('closing an open dossier keeps its diagnostics (from disk) instead of clearing them', async () => {
    const uri = h.uri('chloe-simon-periodes.sio.yaml');
    await h.waitFor(uri, (d) => d.length === 2, 'closed diagnostics');
    h.open('chloe-simon-periodes.sio.yaml');
    h.change('chloe-simon-periodes.sio.yaml', readFileSync(join(h.root, 'chloe-simon-periodes.sio.yaml'), 'utf8').replace('du 31/01/2025 au 13/01/2025', 'du 13/01/2025 au 31/01/2025'));
    await h.waitFor(uri, (d) => d.length === 1, 'edited in the editor');
    h.close('chloe-simon-periodes.sio.yaml');
    await h.waitFor(uri, (d) => d.length === 2, 'back to the disk version after close');
  });

  it('sio/classe lists every dossier of the folder with counts and coverage', async () => {
    const o = await h.client.sendRequest<ClassOverview>('sio/classe', {});
    assert.equal(o.rows.length, 12);
    const lea = o.rows.find((r) => r.nom === 'MARTIN')!;
    assert.equal(lea.option, 'SISR');
    assert.equal(lea.remarks, 4, "four open remarks, the resolved one is not counted");
    assert.equal(lea.fiches, 'completes');
    assert.equal(lea.file, h.uri('lea-martin-sisr.sio.yaml'));
    const noah = o.rows.find((r) => r.nom === 'DURAND')!;
    assert.equal(noah.errors, 3);
    assert.deepEqual([noah.covered, noah.total], [3, 6]);
  });

  it('sio/classe on a folder lists only the dossiers under it (explorer context menu)', async () => {
    mkdirSync(join(h.root, 'slam'));
    copyFileSync(join(h.root, 'hugo-bernard-slam.sio.yaml'), join(h.root, 'slam', 'hugo.sio.yaml'));
    h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri('slam/hugo.sio.yaml'), type: 1 }] });
    await h.waitFor(h.uri('slam/hugo.sio.yaml'), () => true, 'the new dossier checked');
    const sub = await h.client.sendRequest<ClassOverview>('sio/classe', { folder: pathToUri(join(h.root, 'slam')) });
    assert.deepEqual(sub.rows.map((r) => r.file), [h.uri('slam/hugo.sio.yaml')]);
    const all = await h.client.sendRequest<ClassOverview>('sio/classe', {});
    assert.equal(all.rows.length, 13);
  });

  it('renaming a réalisation id renames the review’s cibles, field targets included', async () => {
    h.open('lea-martin-sisr.sio.yaml');
    const uri = h.uri('lea-martin-sisr.sio.yaml');
    const text = readFileSync(join(h.root, 'lea-martin-sisr.sio.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('- id: glpi'));
    const character = text.split('\n')[line].indexOf('glpi') + 2;
    const prep = await h.client.sendRequest<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line, character } });
    assert.equal(prep.placeholder, 'glpi');
    const edit = await h.client.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName: 'glpi-parc' });
    const review = edit.changes![h.uri('lea-martin-sisr.revue.yaml')];
    assert.equal(review.length, 2, 'glpi and glpi.periode');
    assert.ok(review.every((e) => e.newText === 'glpi-parc'));
    assert.equal(edit.changes![uri].length, 1);
    await assert.rejects(h.client.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName: 'veille' }), /déjà/);
  });
});

describe('LSP: sio.workspaceDiagnostics off', () => {
  it('closed dossiers get no diagnostics, open ones still do', async () => {
    const h = await start({ workspaceDiagnostics: false });
    try {
      h.open('tom-laurent-schema.sio.yaml');
      await h.waitFor(h.uri('tom-laurent-schema.sio.yaml'), (d) => d.length === 2, 'open dossier diagnostics');
      // The class overview waits for the scan, so by its answer every closed file would have been published.
      await h.client.sendRequest('sio/classe', {});
      const closed = [...h.latest.entries()].filter(([u, d]) => u !== h.uri('tom-laurent-schema.sio.yaml') && d.length > 0);
      assert.deepEqual(closed, []);
    } finally {
      h.dispose();
    }
  });
});
