/**
 * D7 (issue 27): a burst of edits never starves a request. 10,000 `didChange` notifications are
 * written to the bundled server's stdin in one piece — all in its incoming queue at once, as a
 * client that types, pastes or replays faster than the server reads would leave them — followed
 * by a hover. The hover is answered within 1 s, and the diagnostics are published for the
 * newest version only a handful of times, not once per change (before: 10,001 publications and
 * the hover after 14.5 s).
 */
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { SISR } from '../support/dossier';
import { startClient, type Client } from '../support/lspClient';

const CHANGES = 10_000;
const URI = 'file:///tmp/rafale/lea.sio.yaml';

function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('a burst of 10,000 edits (the language server coalesces them)', function () {
  this.timeout(60_000);
  let client: Client;
  before(async () => {
    client = await startClient('fr');
  });
  after(() => client.stop());

  it('answers a hover sent after the burst within 1 s, and validates the newest version, not each one', async () => {
    client.open(URI, SISR);
    await client.waitFor(client.published, (p) => p.uri === URI && p.version === 1, 'les diagnostics de la version 1');
    const before = client.published.length;
    // One comment line at the end of the dossier, typed one character per change.
    const last = SISR.split('\n').length;
    const frames = [frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: '\n#' }] } })];
    for (let v = 3; v < CHANGES + 2; v++) {
      const at = { line: last + 1, character: v - 2 };
      frames.push(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: v }, contentChanges: [{ range: { start: at, end: at }, text: 'a' }] } }));
    }
    const newest = CHANGES + 1;
    client.proc.stdin!.write(frames.join(''));
    const sent = Date.now();
    const hover = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 13, character: 19 } })) as Hover | null;
    const ms = Date.now() - sent;
    assert.ok(hover, 'the hover got an empty answer');
    // The target is 1 s (measured 0.6–1.0 s on a loaded 2-core machine, docs/SECURITE.md);
    // the bound here only tells a starved hover (8–15 s before coalescing) from a served one, so
    // that a busy CI machine does not turn a timing into a flaky failure.
    console.log(`      survol servi ${ms} ms après ${CHANGES} modifications (objectif du ticket : 1 s)`);
    assert.ok(ms < 4000, `hover answered after ${ms} ms behind ${CHANGES} changes: starved by the burst`);
    const final = await client.waitFor(client.published, (p) => p.uri === URI && p.version === newest, `les diagnostics de la version ${newest}`);
    assert.ok(Array.isArray(final.diagnostics));
    const publications = client.published.slice(before).filter((p) => p.uri === URI).length;
    assert.ok(publications <= 20, `${publications} diagnostics publications for one burst of ${CHANGES} changes`);
  });
});
