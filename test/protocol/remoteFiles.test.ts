/**
 * The desktop server (dist/server.js, a Node process) reads the files of a `file:` dossier itself
 * and asks the client (`fs/stat`, `fs/content`, answered with `workspace.fs` by the extension) for
 * any other scheme: a class repository opened as a virtual workspace (`vscode-vfs:`, GitHub
 * Repositories) or a remote folder. One interface for the desktop and the browser (issue 26).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToUri } from '../../server/src/node/uris';
import { startClient, type Client } from '../support/lspClient';

const FIXTURES = path.join(__dirname, '../e2e/fixtures');
const DOSSIER = readFileSync(path.join(FIXTURES, 'relu.sio.yaml'), 'utf8');
const REVIEW = readFileSync(path.join(FIXTURES, 'relu.revue.yaml'), 'utf8');
const REMARK = 'Préciser le logiciel de sauvegarde utilisé';

describe('LSP: the desktop server reads other schemes through the client', () => {
  let client: Client;
  let dir: string;
  const asked: string[] = [];
  const remote = 'vscode-vfs://github/lycee/bts-sio';
  const served: Record<string, string> = { [`${remote}/relu.revue.yaml`]: REVIEW };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-remote-files-'));
    client = await startClient('fr');
    client.conn.onRequest('fs/stat', ({ uri }: { uri: string }) => {
      asked.push(`fs/stat ${uri}`);
      return uri in served ? { type: 1, mtime: 1, size: served[uri].length } : null;
    });
    client.conn.onRequest('fs/content', ({ uri }: { uri: string }) => {
      asked.push(`fs/content ${uri}`);
      return uri in served ? { text: served[uri], bytes: served[uri].length } : null;
    });
    client.conn.onRequest('fs/readDir', () => []);
  });

  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a dossier of a virtual workspace gets its review’s remark from the client', async () => {
    const uri = `${remote}/relu.sio.yaml`;
    client.open(uri, DOSSIER);
    await client.waitFor(client.published, (p) => p.uri === uri && p.diagnostics.some((d) => String(d.message).includes(REMARK)), 'the remark of the review served by the client');
    assert.ok(asked.includes(`fs/content ${remote}/relu.revue.yaml`), asked.join(' | '));
  });

  it('a dossier on disk is read by the server itself: the client is not asked', async () => {
    writeFileSync(path.join(dir, 'relu.sio.yaml'), DOSSIER);
    writeFileSync(path.join(dir, 'relu.revue.yaml'), REVIEW);
    const uri = pathToUri(path.join(dir, 'relu.sio.yaml'));
    const before = asked.length;
    client.open(uri, DOSSIER);
    await client.waitFor(client.published, (p) => p.uri === uri && p.diagnostics.some((d) => String(d.message).includes(REMARK)), 'the remark of the review on disk');
    assert.deepEqual(asked.slice(before).filter((a) => a.includes('file:')), []);
  });
});
