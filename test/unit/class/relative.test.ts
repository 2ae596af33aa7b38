/**
 * The class view's paths: CSV « Fichier » relative to the class folder, and the dossiers of a
 * folder chosen in the explorer.
 */
import * as assert from 'node:assert/strict';
import { toCsv } from '../../../server/src/products/class/csv';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classOverview } from '../../../server/src/products/class/overview';
import { isUnder, relativeFile } from '../../../server/src/products/class/relative';

describe('class folder paths', () => {
  const folder = 'file:///home/prof/BTS%20SIO%202026';

  it('writes a dossier of the class folder relative to it, decoded, with / separators', () => {
    assert.equal(relativeFile('file:///home/prof/BTS%20SIO%202026/sisr/l%C3%A9a-martin.sio.yaml', folder), 'sisr/léa-martin.sio.yaml');
    assert.equal(relativeFile('file:///home/prof/BTS%20SIO%202026/hugo.sio.yaml', `${folder}/`), 'hugo.sio.yaml');
  });

  it('keeps a readable path, never a file:// URI, for a dossier outside the folder', () => {
    assert.equal(relativeFile('file:///tmp/autre.sio.yaml', folder), '/tmp/autre.sio.yaml');
    assert.equal(relativeFile('untitled:nouveau-dossier.sio.yaml', folder), 'untitled:nouveau-dossier.sio.yaml');
  });

  it('matches Windows drive letters whatever their case and encoding', () => {
    assert.equal(relativeFile('file:///c%3A/Classe/lea.sio.yaml', 'file:///C:/Classe'), 'lea.sio.yaml');
  });

  it('tells which dossiers are under a folder, at any depth, and not a sibling folder of a longer name', () => {
    assert.ok(isUnder('file:///home/prof/BTS%20SIO%202026/sisr/lea.sio.yaml', folder));
    assert.ok(!isUnder('file:///home/prof/BTS%20SIO%202026-bis/lea.sio.yaml', folder));
    assert.ok(!isUnder(folder, folder));
  });
});

describe('class CSV « Fichier » column', () => {
  it('shows the path relative to the class folder when the editor exports it', () => {
    const text = readFileSync(path.join(__dirname, '../../fixtures/classe/lea-martin-sisr.sio.yaml'), 'utf8');
    const overview = classOverview([{ file: 'file:///home/prof/classe/sisr/lea.sio.yaml', text }], { now: new Date(2026, 2, 1) });
    const csv = toCsv(overview, (f) => relativeFile(f, 'file:///home/prof/classe'));
    assert.equal(csv.split('\r\n')[1].split(';')[0], '"sisr/lea.sio.yaml"');
    assert.doesNotMatch(csv, /file:/);
  });
});
