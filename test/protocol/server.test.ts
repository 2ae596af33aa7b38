/**
 * The bundled server (`node dist/server.js --stdio`) as any editor talks to it: initialize,
 * open a dossier and receive its diagnostics, edit it and receive fresh ones for the new version,
 * ask for completion, hover, quick fixes, the outline and the synthesis table, in French and
 * English, and keep answering after a request that fails. This proves the bundle, not only the
 * sources. Every wait polls received messages with a timeout; nothing sleeps.
 */
import assert from 'node:assert/strict';
import type { CodeAction, CompletionList, DocumentSymbol, Hover } from 'vscode-languageserver-types';
import type { SyntheseResult } from '../../server/src/protocol/messages';
import { startClient, type Client, type Published } from '../support/lspClient';

// Periods in 2024-2025 so that no "date-future" depends on the day the tests run.
const DOSSIER = `referentiel: bts-sio
session: 2026
candidat:
  nom: DURAND
  prenom: Hugo
  option: SISR
  portfolio: https://hugo-durand.example.fr
realisations:
  - id: glpi
    intitule: Gestion du parc avec GLPI
    cadre: formation
    periode: 07/10/2024 - 18/10/2024
    competences: [B1.1, B1.21]
  - id: ad
    intitule: Annuaire Active Directory
    cadre: stage-1
    periode: du 02/06/2025 au 27/06/2025
    competences: []
`;
const FIXED = DOSSIER.replace('07/10/2024 - 18/10/2024', 'du 07/10/2024 au 18/10/2024').replace('B1.21', 'B1.2');
const codes = (p: Published) => p.diagnostics.map((d) => String(d.code));

describe('the bundled language server over stdio', function () {
  this.timeout(30_000);
  let c: Client;
  const uri = 'file:///tmp/protocole/hugo.sio.yaml';

  before(async () => {
    c = await startClient('fr');
  });
  after(async () => {
    await c?.stop();
  });

  it('advertises the editor features', () => {
    const caps = c.init.capabilities;
    assert.ok(caps.completionProvider && caps.hoverProvider && caps.codeActionProvider && caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider && caps.inlayHintProvider && caps.codeLensProvider && caps.referencesProvider);
    assert.equal(c.init.serverInfo?.name, 'Dossier SIO');
  });

  it('publishes French diagnostics for the opened version, and the coverage for the status bar', async () => {
    c.open(uri, DOSSIER);
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.version === 1, 'les diagnostics de la version 1');
    for (const code of ['date-format', 'competence-unknown', 'competence-none', 'coverage-bloc']) assert.ok(codes(p).includes(code), `${code} ∉ ${codes(p)}`);
    const unknown = p.diagnostics.find((d) => d.code === 'competence-unknown')!;
    assert.deepEqual(unknown.range, { start: { line: 12, character: 24 }, end: { line: 12, character: 29 } });
    assert.match(String(unknown.message), /^Compétence « B1\.21 » inconnue/);
    const cov = await c.waitFor(c.coverage, (x) => x.uri === uri && x.version === 1, 'sio/coverage');
    assert.deepEqual([cov.label, cov.covered, cov.total], ['Bloc 1', 1, 6]);
  });

  it('offers a quick fix for a diagnostic it published', async () => {
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.version === 1, 'les diagnostics de la version 1');
    const diag = p.diagnostics.find((d) => d.code === 'date-format')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['Remplacer par « du 07/10/2024 au 18/10/2024 »', true]]);
    assert.deepEqual(actions[0].edit!.changes![uri], [{ range: { start: { line: 11, character: 13 }, end: { line: 11, character: 36 } }, newText: 'du 07/10/2024 au 18/10/2024' }]);
  });

  it('offers « Corriger tout » as a source action for the whole dossier, whatever diagnostics the request carries', async () => {
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: zero, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll']);
    assert.match(actions[0].title, /^Corriger tout \(\d+ problèmes?\)$/);
    const edits = actions[0].edit!.changes![uri];
    assert.ok(edits.some((e) => e.newText === 'du 07/10/2024 au 18/10/2024'));
    assert.ok(c.init.capabilities.codeActionProvider && typeof c.init.capabilities.codeActionProvider === 'object' && c.init.capabilities.codeActionProvider.codeActionKinds?.includes('source.fixAll'));
  });

  it('with two fixable periods, the quick fixes of one also offer « Corriger tout » (the Problems panel’s menu)', async () => {
    const two = 'file:///tmp/protocole/deux.sio.yaml';
    c.open(two, DOSSIER.replace('du 02/06/2025 au 27/06/2025', '02/06/2025 - 27/06/2025'));
    const p = await c.waitFor(c.published, (x) => x.uri === two, 'les diagnostics de deux.sio.yaml');
    const diag = p.diagnostics.find((d) => d.code === 'date-format')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: two }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [
      ['Remplacer par « du 07/10/2024 au 18/10/2024 »', 'quickfix'],
      ['Corriger tout (2 problèmes)', 'quickfix']
    ]);
    assert.equal(actions[1].edit!.changes![two].length, 2);
  });

  it('completes competence ids in `competences: [`', async () => {
    const list = (await c.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 17, character: 18 } })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('B1.2') && labels.includes('B2.1'), labels.join(' '));
    assert.ok(list.items.find((i) => i.label === 'B1.3')!.labelDetails!.description!.length > 0);
  });

  it('hovers a competence id with its official title', async () => {
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 19 } })) as Hover;
    assert.match((h.contents as { value: string }).value, /^\*\*B1\.1 — Gérer le patrimoine informatique\*\*/);
    assert.deepEqual(h.range, { start: { line: 12, character: 18 }, end: { line: 12, character: 22 } });
  });

  it('gives the outline', async () => {
    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const r = symbols.find((s) => s.name === 'realisations')!;
    assert.deepEqual(r.children!.map((s) => s.name), ['Gestion du parc avec GLPI', 'Annuaire Active Directory']);
  });

  it('after an edit, publishes fresh diagnostics for the new version', async () => {
    c.change(uri, 2, FIXED);
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.version === 2, 'les diagnostics de la version 2');
    assert.ok(!codes(p).includes('date-format') && !codes(p).includes('competence-unknown'), codes(p).join(' '));
    assert.ok(codes(p).includes('competence-none'));
  });

  it('answers sio/synthese with the table model of the current version', async () => {
    const res = (await c.conn.sendRequest('sio/synthese', { uri })) as SyntheseResult;
    assert.equal(res.version, 2);
    assert.ok(res.model, 'a table model');
    assert.equal(JSON.stringify(res.model).includes('Gestion du parc avec GLPI'), true);
    assert.equal(await c.conn.sendRequest('sio/synthese', { uri: 'file:///inconnu.sio.yaml' }), null);
  });

  it('survives a request that throws and keeps answering', async () => {
    await assert.rejects(c.conn.sendRequest('textDocument/hover', {}), 'a hover without a document is an error response, not a crash');
    assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///jamais-ouvert.sio.yaml' }, position: { line: 0, character: 0 } }), null);
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 19 } })) as Hover;
    assert.ok(h, 'still answering');
    assert.equal(c.proc.exitCode, null);
  });
});

describe('the bundled server in English', function () {
  this.timeout(30_000);
  let c: Client;
  before(async () => {
    c = await startClient('en-US');
  });
  after(async () => {
    await c?.stop();
  });

  it('publishes English messages and English quick-fix titles when the editor is in English', async () => {
    const uri = 'file:///tmp/protocole/english.sio.yaml';
    c.open(uri, DOSSIER);
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.version === 1, 'les diagnostics');
    const unknown = p.diagnostics.find((d) => d.code === 'competence-unknown')!;
    assert.match(String(unknown.message), /^Unknown competence "B1\.21"/);
    const diag = p.diagnostics.find((d) => d.code === 'date-format')!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } })) as CodeAction[];
    assert.match(actions[0].title, /^Replace with/);
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 19 } })) as Hover;
    assert.match((h.contents as { value: string }).value, /Performance indicators/);
  });
});

describe('the bundled server follows the sio settings', function () {
  this.timeout(30_000);
  let c: Client;
  let titles = true;
  before(async () => {
    c = await startClient('fr', () => ({ inlayHints: { competenceTitles: titles } }));
  });
  after(async () => {
    await c?.stop();
  });

  it('turning sio.inlayHints.competenceTitles off refreshes the hints, which are then gone', async () => {
    const uri = 'file:///tmp/protocole/reglages.sio.yaml';
    c.open(uri, FIXED);
    await c.waitFor(c.published, (x) => x.uri === uri, 'les diagnostics');
    const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
    const before = (await c.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range })) as { label: string }[];
    assert.deepEqual(before.map((h) => h.label), ['Gérer le patrimoine informatique', 'Répondre aux incidents et aux demandes…']);
    const seen = c.refreshes.length;
    titles = false;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.waitFor(c.refreshes, () => c.refreshes.length > seen, 'workspace/inlayHint/refresh');
    assert.deepEqual(await c.conn.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }), []);
  });
});
