/**
 * The bundled server looks on the disk for the local files a dossier names (the core never
 * does): a document next to the dossier is found, a missing one is reported as
 * document-missing on its path, in French, once the dossier is opened from a file: URI.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startClient, type Client } from '../support/lspClient';

describe('local files of a dossier, through the bundled server', function () {
  this.timeout(30_000);
  let c: Client;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-protocol-files-'));
    mkdirSync(path.join(dir, 'pieces'));
    writeFileSync(path.join(dir, 'pieces', 'present.pdf'), '%PDF-1.4');
    c = await startClient('fr');
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the missing file on its path and not the present one', async () => {
    const uri = pathToFileURL(path.join(dir, 'eleve.sio.yaml')).href;
    const text = `candidat:\n  nom: DURAND\n  prenom: Hugo\nrealisations:\n  - id: a\n    intitule: A\n    periode: du 07/10/2024 au 18/10/2024\n    competences: [B1.1]\n    documents:\n`
      + '      - { titre: Présent, fichier: pieces/present.pdf }\n'
      + '      - { titre: Absent, fichier: pieces/absent.pdf }\n';
    c.open(uri, text);
    const p = await c.waitFor(c.published, (x) => x.uri === uri, 'les diagnostics');
    const missing = p.diagnostics.filter((d) => d.code === 'document-missing');
    assert.equal(missing.length, 1, JSON.stringify(p.diagnostics.map((d) => d.code)));
    assert.deepEqual(missing[0].range, { start: { line: 10, character: 34 }, end: { line: 10, character: 51 } });
    assert.match(String(missing[0].message), /« pieces\/absent\.pdf » est introuvable/);
  });
});
