/**
 * The « Dépôt » view's rows and message for a checklist answered by `sio/depot`: ✔/✘ with the
 * reason, a click target only on what is to fix, French by default and English for an English UI.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { depotMessage, depotRows } from '../../client/src/depot/items';
import { initL10n, setEnglishBundle } from '../../client/src/l10n';
import { englishFromDisk } from '../../client/src/l10nDisk';
import type { DepotResult } from '../../server/src/protocol/messages';

const root = path.join(__dirname, '../..');
const result: DepotResult = {
  uri: 'file:///classe/lea.sio.yaml',
  ready: false,
  items: [
    { id: 'erreurs', ok: true, title: 'Aucune erreur dans le dossier', detail: 'Le dossier ne contient aucune erreur.' },
    { id: 'numero', ok: false, title: 'Numéro de candidat renseigné', detail: 'candidat.numero est vide', where: { uri: 'file:///classe/lea.sio.yaml', line: 8 } },
    { id: 'pdf', ok: false, title: 'PDF exporté et à jour (lea.pdf)', detail: 'lea.pdf absent', where: { uri: 'file:///classe/lea.pdf' } }
  ]
};

describe('« Dépôt » view', () => {
  afterEach(() => setEnglishBundle(undefined));

  it('says how many items are left and lists each with ✔ or ✘ and its reason', () => {
    initL10n('fr', englishFromDisk(root));
    assert.equal(depotMessage(result), '✘ Pas prêt pour le dépôt : 2 point(s) à reprendre');
    const rows = depotRows(result);
    assert.deepEqual(rows.map((r) => [r.label, r.description]), [
      ['✔ Aucune erreur dans le dossier', 'Le dossier ne contient aucune erreur.'],
      ['✘ Numéro de candidat renseigné', 'candidat.numero est vide'],
      ['✘ PDF exporté et à jour (lea.pdf)', 'lea.pdf absent']
    ]);
    assert.equal(rows[0].where, undefined);
    assert.deepEqual(rows[1].where, { uri: 'file:///classe/lea.sio.yaml', line: 8 });
    assert.match(rows[1].tooltip, /Cliquer pour ouvrir l’endroit à corriger\./);
  });

  it('a ready dossier says so; without an active dossier the view says what to open', () => {
    initL10n('fr', englishFromDisk(root));
    assert.equal(depotMessage({ ...result, ready: true, items: [result.items[0]] }), '✔ Prêt pour le dépôt');
    assert.match(depotMessage(null), /Ouvrez un dossier \*\.sio\.yaml/);
    assert.deepEqual(depotRows(null), []);
  });

  it('speaks English in an English VS Code', () => {
    initL10n('en', englishFromDisk(root));
    assert.equal(depotMessage(result), '✘ Not ready for the deposit: 2 item(s) to fix');
  });
});
