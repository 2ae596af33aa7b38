/**
 * The teaching team's decisions through the bundled server (dist/server.js over stdio): a refusal
 * in the review file next to the dossier is a warning on the citation, the status bar counts
 * retained claims, hover on the citation tells the decision, editing the review updates all of
 * it, and `sio/depot` answers the « Dépôt » view's checklist.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/node/uris';
import type { DepotResult } from '../../server/src/protocol/messages';
import { startClient, type Client } from '../support/lspClient';

const REVIEW = `revue: 1
relecteur: M. Dupont
validations:
  glpi: { B1.1: retenue, B1.2.1: retenue, B1.5: retenue }
  site-bts:
    B1.3:
      decision: refusee
      motif: La réalisation ne montre pas de présence en ligne de l'organisation.
    B1.4: retenue
  veille: { B1.6: retenue }
`;

describe('LSP: validations of the review file, in the student’s dossier', () => {
  let c: Client;
  let dir: string;
  let uri: string;
  let text: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sio-validations-'));
    cpSync(join(__dirname, '../../examples/lea-martin-sisr.sio.yaml'), join(dir, 'lea.sio.yaml'));
    cpSync(join(__dirname, '../../examples/attestations'), join(dir, 'attestations'), { recursive: true });
    writeFileSync(join(dir, 'lea.revue.yaml'), REVIEW);
    text = readFileSync(join(dir, 'lea.sio.yaml'), 'utf8');
    uri = pathToUri(join(dir, 'lea.sio.yaml'));
    c = await startClient('fr');
    c.open(uri, text);
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const position = (needle: string, delta = 1) => {
    const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  it('a refused claim is a warning on that citation, with the reviewer and the motif', async () => {
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.diagnostics.some((d) => d.code === 'review-refused'), 'review-refused');
    const d = p.diagnostics.find((x) => x.code === 'review-refused')!;
    assert.equal(d.severity, 2);
    assert.equal(d.source, 'revue');
    assert.equal(d.message, "Compétence B1.3 non retenue par M. Dupont : La réalisation ne montre pas de présence en ligne de l'organisation.");
    const at = position('B1.3, B1.4', 0);
    assert.deepEqual(d.range, { start: at, end: { line: at.line, character: at.character + 4 } });
    const cov = p.diagnostics.find((x) => x.code === 'coverage-retained')!;
    assert.equal(cov.message, 'Bloc 1 : 5/6 compétences retenues, 1 refusée (B1.3). Toutes les compétences du bloc doivent être retenues.');
  });

  it('the status bar figures count retained claims and say why B1.3 is missing', async () => {
    const cov = await c.waitFor(c.coverage, (x) => x.uri === uri && !!x.retained, 'retained coverage');
    assert.deepEqual([cov.covered, cov.total, cov.missing, cov.retained!.states], [5, 6, ['B1.3'], { 'B1.3': 'refusee' }]);
  });

  it('hover on the citation shows its decision under the competence', async () => {
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: position('B1.3, B1.4') })) as Hover;
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*Revue\*\* : B1\.3 refusée par M\. Dupont — La réalisation ne montre pas de présence en ligne de l'organisation\./);
    assert.ok(value.indexOf('Revue') > value.indexOf('B1.3'), 'after the competence’s own documentation');
  });

  it('sio/depot answers the checklist of the open dossier, the refusal failing coverage', async () => {
    const r = (await c.conn.sendRequest('sio/depot', { uri })) as DepotResult;
    assert.equal(r.ready, false);
    const cov = r.items.find((i) => i.id === 'couverture')!;
    assert.equal(cov.ok, false);
    assert.match(cov.detail, /5\/6 compétences retenues, 1 refusée \(B1\.3\)/);
    assert.equal(cov.where?.uri, uri);
    const pdf = r.items.find((i) => i.id === 'pdf')!;
    assert.equal(pdf.ok, false);
    assert.equal(pdf.where?.uri, pathToUri(join(dir, 'lea.pdf')));
    assert.ok(r.items.find((i) => i.id === 'attestations')!.ok);
    assert.equal(await c.conn.sendRequest('sio/depot', { uri: pathToUri(join(dir, 'absent.sio.yaml')) }), null);
  });

  it('renaming a réalisation id (F2) renames its key under validations in the review file', async () => {
    const at = position('id: site-bts', 5);
    const edit = (await c.conn.sendRequest('textDocument/rename', { textDocument: { uri }, position: at, newName: 'site-web' })) as { changes: Record<string, { range: { start: { line: number } }; newText: string }[]> };
    const review = edit.changes[pathToUri(join(dir, 'lea.revue.yaml'))];
    assert.deepEqual(review.map((e) => [e.range.start.line, e.newText]), [[4, 'site-web']]);
  });

  it('editing the review in the editor to retain B1.3 clears the warning and completes the coverage', async () => {
    const ruri = pathToUri(join(dir, 'lea.revue.yaml'));
    const retained = REVIEW.replace(/    B1\.3:\n      decision: refusee\n      motif: .*\n/, '    B1.3: retenue\n');
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: ruri, languageId: 'sio-revue', version: 1, text: REVIEW } });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: ruri, version: 2 }, contentChanges: [{ text: retained }] });
    const n = c.published.length;
    await c.waitFor(c.published, (x) => c.published.indexOf(x) >= n && x.uri === uri && !x.diagnostics.some((d) => d.code === 'review-refused' || d.code === 'coverage-retained'), 'refusal gone');
    const cov = await c.waitFor(c.coverage, (x) => x.uri === uri && x.covered === 6 && !!x.retained, 'coverage 6/6 retained');
    assert.deepEqual(cov.missing, []);
  });
});
