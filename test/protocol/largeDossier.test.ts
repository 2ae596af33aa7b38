/**
 * The bundled server on a 2,000-réalisation dossier (≈ 673 kB, over the 250 kB one `yaml` parse
 * may read): it publishes its diagnostics, keeps answering other requests while it reads the
 * file piece by piece, follows edits, and refuses at the right line an edit that prevents
 * cutting the file. (Figures: scripts/bench/run.mjs; no timing is asserted here.)
 */
import assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Hover } from 'vscode-languageserver-types';
import { SISR } from '../support/dossier';
import { generateDossier } from '../support/generate';
import { startClient, type Client, type Published } from '../support/lspClient';

describe('the server on a 2,000-réalisation dossier', function () {
  this.timeout(90_000);
  let client: Client;
  let conn: MessageConnection;
  const BIG = 'file:///tmp/grand/grand.sio.yaml';
  const OK = 'file:///tmp/grand/sain.sio.yaml';
  const text = generateDossier({ realisations: 2000, seed: 2000 });

  const waitDiag = (uri: string, v: number): Promise<Published> =>
    client.waitFor(client.published, (p) => p.uri === uri && p.version === v, `les diagnostics de ${uri} v${v}`);
  const open = (uri: string, version: number, t: string) =>
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version, text: t } });
  const positionOf = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  before(async () => {
    client = await startClient('fr');
    ({ conn } = client);
    await open(OK, 1, SISR);
    await waitDiag(OK, 1);
  });

  after(async () => {
    await client?.stop();
  });

  it('answers a hover on another dossier before the large one is read, then publishes its diagnostics and follows an edit', async () => {
    await open(BIG, 1, text);
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: OK }, position: { line: 13, character: 19 } })) as Hover | null;
    assert.ok(hover, 'no hover on the healthy dossier');
    assert.ok(!client.published.some((p) => p.uri === BIG), 'the large dossier held the server until it was read whole');
    assert.deepEqual((await waitDiag(BIG, 1)).diagnostics, []);

    // An unknown competence in the 1,500th réalisation: located where it was typed.
    const target = [...text.matchAll(/^ {2}- id: .*$/gm)][1499];
    const at = text.indexOf('competences: [', target.index!) + 'competences: ['.length;
    const pos = positionOf(at);
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: BIG, version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'B9.9, ' }] });
    const p2 = await waitDiag(BIG, 2);
    assert.deepEqual(p2.diagnostics.map((d) => [d.code, d.range.start]), [['competence-unknown', pos]]);
  });

  it('an edit that prevents cutting (a tab in the indentation) is refused at its line, with what to change', async () => {
    const at = text.indexOf('\n    intitule: ', text.length / 2) + 1;
    const pos = positionOf(at);
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: BIG, version: 3 }, contentChanges: [{ range: { start: pos, end: { line: pos.line, character: 4 } }, text: '\t' }] });
    const p3 = await waitDiag(BIG, 3);
    assert.deepEqual(p3.diagnostics.map((d) => [d.code, d.range.start.line]), [['file-too-large', pos.line]]);
    assert.match(String(p3.diagnostics[0].message), /^Fichier trop volumineux \(\d+ ko\) : .*une tabulation dans l’indentation empêche de le découper/);
  });
});
