/**
 * The names Dossier SIO gives and recognises, in one module (core/naming.ts): what a student
 * sees is which file is taken for a dossier, where its review, PDF, spreadsheet and site land.
 */
import { strict as assert } from 'node:assert';
import {
  dossierBaseName, dossierPathFor, isDossierOrReviewPath, isDossierPath, isReviewPath,
  pdfPathFor, reviewPathFor, sitePathFor, tableurCandidates, tableurPathFor
} from '../../../server/src/core/naming';

describe('file names of dossiers, reviews and exports', () => {
  it('takes .sio.yaml and .sio.yml in any case for a dossier, and nothing else', () => {
    for (const p of ['lea.sio.yaml', 'C:\\Users\\Léa\\Lea.SIO.YML', 'file:///home/l%C3%A9a/lea.sio.yml']) assert.ok(isDossierPath(p), p);
    for (const p of ['lea.yaml', 'lea.sio.yaml.bak', 'lea.revue.yaml', 'sio.yaml.txt']) assert.ok(!isDossierPath(p), p);
  });

  it('pairs a dossier with its review beside it, both ways, on paths and URIs', () => {
    assert.equal(reviewPathFor('/classe/lea.sio.yaml'), '/classe/lea.revue.yaml');
    assert.equal(reviewPathFor('file:///classe/lea.SIO.yml'), 'file:///classe/lea.revue.yaml');
    assert.equal(dossierPathFor('/classe/lea.revue.yml'), '/classe/lea.sio.yaml');
    assert.equal(reviewPathFor('/classe/notes.yaml'), null);
    assert.equal(dossierPathFor('/classe/lea.sio.yaml'), null);
    assert.ok(isReviewPath('lea.Revue.yaml'));
    assert.ok(isDossierOrReviewPath('lea.revue.yaml') && isDossierOrReviewPath('lea.sio.yaml') && !isDossierOrReviewPath('lea.pdf'));
  });

  it('writes the exports beside the dossier, keeping the folder as written (Windows separators too)', () => {
    assert.equal(pdfPathFor('/home/lea/bts/lea-martin.sio.yaml'), '/home/lea/bts/lea-martin.pdf');
    assert.equal(pdfPathFor('C:\\BTS\\lea-martin.sio.yaml'), 'C:\\BTS\\lea-martin.pdf');
    assert.equal(tableurPathFor('/bts/lea.sio.yaml'), '/bts/lea.tableau.xlsx');
    assert.equal(tableurPathFor('/bts/lea.sio.yaml', 'ods'), '/bts/lea.tableau.ods');
    assert.equal(sitePathFor('lea.sio.yaml'), 'lea-site');
    assert.deepEqual(tableurCandidates('/bts/lea.sio.yaml'), ['/bts/lea.tableau.xlsx', '/bts/lea.tableau.ods', '/bts/lea.xlsx', '/bts/lea.ods']);
  });

  it('names a file with no name left « dossier », never « .pdf »', () => {
    assert.equal(dossierBaseName('/bts/.sio.yaml'), 'dossier');
    assert.equal(pdfPathFor('/bts/.sio.yaml'), '/bts/dossier.pdf');
  });
});
