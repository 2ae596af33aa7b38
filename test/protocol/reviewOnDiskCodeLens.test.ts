/**
 * Issue 24: the CodeLens above `realisations:` counts the review's decisions. When
 * `lea.revue.yaml` changes on disk only (another teacher's commit pulled, a file copied), the
 * editor's file watcher tells the server, which asks the client to refresh its code lenses
 * (`workspace/codeLens/refresh`) — only a client that said it supports it — and the next
 * CodeLens has the new counts, without the teacher touching the dossier.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/node/uris';
import { startClient, type Client } from '../support/lspClient';

const PARTIAL = `revue: 1
relecteur: M. Dupont
validations:
  glpi: { B1.1: retenue }
  site-bts:
    B1.3:
      decision: refusee
      motif: Pas de présence en ligne de l'organisation.
`;
// The colleague's version, pulled: B1.3 retained after all, B1.4 too.
const PULLED = `revue: 1
relecteur: M. Dupont
validations:
  glpi: { B1.1: retenue }
  site-bts:
    B1.3: retenue
    B1.4: retenue
`;

describe('LSP: a review changed on disk refreshes the dossier’s CodeLens', () => {
  let dir: string;
  let dossier: string;
  let review: string;
  const clients: Client[] = [];
  const lens = async (c: Client) => ((await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: dossier } })) as CodeLens[]).map((l) => l.command?.title);
  const pulled = async (c: Client, text: string) => {
    writeFileSync(join(dir, 'lea.revue.yaml'), text);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: review, type: 2 }] });
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sio-lens-disk-'));
    cpSync(join(__dirname, '../../examples/lea-martin-sisr.sio.yaml'), join(dir, 'lea.sio.yaml'));
    writeFileSync(join(dir, 'lea.revue.yaml'), PARTIAL);
    dossier = pathToUri(join(dir, 'lea.sio.yaml'));
    review = pathToUri(join(dir, 'lea.revue.yaml'));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks the editor to refresh, and the next CodeLens has the pulled counts', async () => {
    const c = await startClient('fr', undefined, { codeLensRefresh: true });
    clients.push(c);
    c.open(dossier, readFileSync(join(dir, 'lea.sio.yaml'), 'utf8'));
    assert.deepEqual(await lens(c), ['Bloc 1 : 1/6 compétences retenues, 1 refusée, 4 en attente']);
    const seen = c.codeLensRefreshes.length;
    await pulled(c, PULLED);
    await c.waitFor(c.codeLensRefreshes, () => c.codeLensRefreshes.length > seen, 'workspace/codeLens/refresh');
    assert.deepEqual(await lens(c), ['Bloc 1 : 3/6 compétences retenues, 3 en attente']);
    // The review deleted (the teacher withdrew it): back to the claims, and the editor is told.
    const again = c.codeLensRefreshes.length;
    rmSync(join(dir, 'lea.revue.yaml'));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: review, type: 3 }] });
    await c.waitFor(c.codeLensRefreshes, () => c.codeLensRefreshes.length > again, 'workspace/codeLens/refresh after deletion');
    assert.doesNotMatch(String((await lens(c))[0]), /retenues/);
  });

  it('a review edited in the editor refreshes too, and its text counts rather than the disk’s', async () => {
    const c = await startClient('fr', undefined, { codeLensRefresh: true });
    clients.push(c);
    c.open(dossier, readFileSync(join(dir, 'lea.sio.yaml'), 'utf8'));
    void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: review, languageId: 'sio-revue', version: 1, text: PARTIAL } });
    const seen = c.codeLensRefreshes.length;
    c.change(review, 2, PULLED);
    await c.waitFor(c.codeLensRefreshes, () => c.codeLensRefreshes.length > seen, 'workspace/codeLens/refresh after an edit');
    assert.deepEqual(await lens(c), ['Bloc 1 : 3/6 compétences retenues, 3 en attente']);
  });

  it('a client that did not say it supports the refresh is not asked', async () => {
    const c = await startClient('fr');
    clients.push(c);
    c.open(dossier, readFileSync(join(dir, 'lea.sio.yaml'), 'utf8'));
    await lens(c);
    await pulled(c, PULLED);
    // Two round trips: a refresh sent on the change would have arrived before their answers.
    assert.deepEqual(await lens(c), ['Bloc 1 : 3/6 compétences retenues, 3 en attente'], 'its next request still gets the new counts');
    await lens(c);
    assert.equal(c.codeLensRefreshes.length, 0);
  });
});
