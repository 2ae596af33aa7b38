/**
 * Issue 24, point 2: one coverage everywhere. A teacher decides 2 of Léa's claims (B1.1
 * retained, B1.3 refused) and leaves the rest pending: the CodeLens above `realisations:`, the
 * status bar's figures, the class view's row and the preview say the same three counts, and
 * pending is neither « Non retenue » nor a warning.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-types';
import { pathToUri } from '../../server/src/node/uris';
import type { ClasseResult } from '../../server/src/protocol/messages';
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

describe('LSP: one coverage everywhere while a review is partial', () => {
  let c: Client;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sio-one-coverage-'));
    cpSync(join(__dirname, '../../examples/lea-martin-sisr.sio.yaml'), join(dir, 'lea.sio.yaml'));
    writeFileSync(join(dir, 'lea.revue.yaml'), PARTIAL);
    uri = pathToUri(join(dir, 'lea.sio.yaml'));
    c = await startClient('fr');
    c.open(uri, readFileSync(join(dir, 'lea.sio.yaml'), 'utf8'));
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the CodeLens, the status bar and the class row count 1 retained, 1 refused, 4 pending', async () => {
    const cov = await c.waitFor(c.coverage, (x) => x.uri === uri && !!x.retained, 'retained coverage');
    const states = Object.values(cov.retained!.states);
    const status = [cov.covered, cov.total, states.filter((s) => s === 'refusee').length, states.filter((s) => s === 'en-attente' || s === 'a-revoir').length];
    assert.deepEqual(status, [1, 6, 1, 4]);

    const lenses = (await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];
    assert.deepEqual(lenses.map((l) => l.command?.title), ['Bloc 1 : 1/6 compétences retenues, 1 refusée, 4 en attente']);

    const overview = (await c.conn.sendRequest('sio/classe', {})) as ClasseResult;
    const row = overview.rows.find((r) => r.file === uri)!;
    assert.deepEqual([row.covered, row.total, row.competencesRefused, row.competencesPending], status);
  });

  it('pending is an information, not a warning; the refusal stays a warning on its citation', async () => {
    const p = await c.waitFor(c.published, (x) => x.uri === uri && x.diagnostics.some((d) => d.code === 'coverage-retained'), 'coverage-retained');
    const d = p.diagnostics.find((x) => x.code === 'coverage-retained')!;
    assert.equal(d.severity, 2, 'one refusal: a warning');
    assert.equal(d.message, 'Bloc 1 : 1/6 compétences retenues, 1 refusée (B1.3), 4 en attente (B1.2, B1.4, B1.5, B1.6). Toutes les compétences du bloc doivent être retenues.');
  });

  it('the class overview is incremental yet never stale: a review changed on disk, a new export, an edit', async () => {
    const row = async () => ((await c.conn.sendRequest('sio/classe', {})) as ClasseResult).rows.find((r) => r.file === uri)!;
    const first = await row();
    assert.ok(first.missing.includes('pdf'));
    // The review, changed on disk (not open): B1.3 retained now.
    writeFileSync(join(dir, 'lea.revue.yaml'), PARTIAL.replace(/    B1\.3:\n      decision: refusee\n      motif: .*\n/, '    B1.3: retenue\n'));
    const after = await row();
    assert.deepEqual([after.covered, after.competencesRefused], [2, 0]);
    // An export appears beside the dossier: the deposit checklist sees it.
    writeFileSync(join(dir, 'lea.pdf'), '%PDF-1.7\n');
    assert.ok(!(await row()).missing.includes('pdf'), 'the new PDF is seen');
    // An edit in the editor: only that row changes, at once.
    const text = readFileSync(join(dir, 'lea.sio.yaml'), 'utf8').replace(/^(  nom:).*$/m, '$1 MARTIN-DURAND');
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    assert.equal((await row()).nom, 'MARTIN-DURAND');
  });
});
