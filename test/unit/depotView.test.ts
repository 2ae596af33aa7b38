/**
 * The « Dépôt » view's rows and message for a checklist answered by `sio/depot`: ✔/✘ with the
 * reason, a click target only on what is to fix, French by default and English for an English UI.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { depotMessage, depotRows, depotTitle } from '../../client/src/depot/items';
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
    { id: 'pdf', ok: false, title: 'PDF exporté et à jour (lea.pdf)', detail: 'lea.pdf absent : lancez la commande « Dossier SIO : Exporter en PDF ».', where: { uri: 'file:///classe/lea.pdf' }, command: 'sio.exportPdf' }
  ]
};

describe('« Dépôt » view', () => {
  afterEach(() => setEnglishBundle(undefined));

  it('says how many items are left and lists each with ✔ or ✘ and its reason', () => {
    initL10n('fr', englishFromDisk(root));
    assert.equal(depotMessage(result), '✘ lea.sio.yaml : pas prêt pour le dépôt, 2 point(s) à reprendre');
    const rows = depotRows(result);
    assert.deepEqual(rows.map((r) => [r.label, r.description]), [
      ['✔ Aucune erreur dans le dossier', 'Le dossier ne contient aucune erreur.'],
      ['✘ Numéro de candidat renseigné', 'candidat.numero est vide'],
      ['✘ PDF exporté et à jour (lea.pdf)', 'lea.pdf absent : lancez la commande « Dossier SIO : Exporter en PDF ».']
    ]);
    assert.equal(rows[0].where, undefined);
    assert.deepEqual(rows[1].where, { uri: 'file:///classe/lea.sio.yaml', line: 8 });
    assert.match(rows[1].tooltip, /Cliquer pour ouvrir l’endroit à corriger\./);
  });

  it('a ready dossier says so; without an active dossier the view says what to open', () => {
    initL10n('fr', englishFromDisk(root));
    assert.equal(depotMessage({ ...result, ready: true, items: [result.items[0]] }), '✔ lea.sio.yaml : prêt pour le dépôt');
    assert.match(depotMessage(null), /Ouvrez un dossier \*\.sio\.yaml/);
    assert.deepEqual(depotRows(null), []);
  });

  it('speaks English in an English VS Code', () => {
    initL10n('en', englishFromDisk(root));
    assert.equal(depotMessage(result), '✘ lea.sio.yaml: not ready for the deposit, 2 item(s) to fix');
  });

  it('names its dossier in the header, so two open dossiers are not confused', () => {
    assert.equal(depotTitle(result), 'lea.sio.yaml');
    assert.equal(depotTitle({ ...result, uri: 'file:///classe/l%C3%A9a%20b.sio.yaml' }), 'léa b.sio.yaml');
    assert.equal(depotTitle(null), '');
  });

  it('gives every item its full text in the tooltip, even when the sidebar cuts the line', () => {
    initL10n('fr', englishFromDisk(root));
    const long = 'x'.repeat(300);
    const [row] = depotRows({ ...result, items: [{ id: 'couverture', ok: false, title: `Toutes les compétences ${long}`, detail: `B1 : ${long} non mobilisée(s)` }] });
    assert.ok(row.tooltip.includes(`Toutes les compétences ${long}`));
    assert.ok(row.tooltip.includes(`B1 : ${long} non mobilisée(s)`));
  });

  it('an export to redo runs the editor command on this dossier (button and click), not a file to open', () => {
    initL10n('fr', englishFromDisk(root));
    const pdf = depotRows(result)[2];
    assert.deepEqual(pdf.command, { id: 'sio.exportPdf', uri: 'file:///classe/lea.sio.yaml' });
    assert.match(pdf.tooltip, /bouton ▷ pour lancer la commande/);
    assert.equal(depotRows(result)[1].command, undefined);
  });

  it('never hides an item: repeated ids (one per example value) get distinct row ids', () => {
    const ex = (n: number) => ({ id: 'exemple', ok: false, title: `Exemple à remplacer : ${n}`, detail: '…' });
    const rows = depotRows({ ...result, items: [ex(1), ex(2), ex(3)] });
    assert.equal(rows.length, 3);
    assert.equal(new Set(rows.map((r) => r.id)).size, 3);
  });
});
