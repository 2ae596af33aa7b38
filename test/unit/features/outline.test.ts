/**
 * Navigating a dossier: the outline names each réalisation by its intitulé with its period,
 * and every block (candidate, stages, réalisations, lists, fiches, multi-line texts) folds.
 */
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { docOf } from '../../support/cursor';
import { options, parse, SISR } from '../../support/features';

const TEXT = SISR.replace('realisations:', 'stages:\n  - organisation: Mairie\n    periode: du 26/05/2025 au 27/06/2025\n    annee: 1\nrealisations:') + '    description: |\n      ligne 1\n      ligne 2\n    fiche:\n      numero: 1\n';

interface Flat {
  name: string;
  kind: SymbolKind;
  detail?: string;
  range: [number, number, number, number];
  selection: string;
  children?: Flat[];
}

describe('document symbols (outline)', () => {
  const doc = docOf(TEXT);
  const flat = (s: DocumentSymbol): Flat => ({
    name: s.name,
    kind: s.kind,
    detail: s.detail,
    range: [s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character],
    selection: doc.getText(s.selectionRange),
    ...(s.children ? { children: s.children.map(flat) } : {})
  });
  const symbols = documentSymbols(doc, parse(doc), options()).map(flat);

  it('lists the top-level keys in order', () => {
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['referentiel', 'bts-sio'],
      ['session', '2026'],
      ['candidat', 'DURAND Hugo'],
      ['stages', '1 élément'],
      ['realisations', '2 éléments']
    ]);
  });

  it('the candidate’s fields are its children', () => {
    assert.deepEqual(symbols[2].children!.map((s) => [s.name, s.detail, s.range]), [
      ['nom', 'DURAND', [3, 2, 3, 13]],
      ['prenom', 'Hugo', [4, 2, 4, 14]],
      ['option', 'SISR', [5, 2, 5, 14]],
      ['portfolio', 'https://hugo-durand.example.fr', [6, 2, 6, 43]]
    ]);
    assert.deepEqual(symbols[2].range, [2, 0, 6, 43]);
  });

  it('a stage is named after its organisation, with its period', () => {
    assert.deepEqual(symbols[3].children, [{ name: 'Mairie', kind: SymbolKind.Event, detail: 'du 26/05/2025 au 27/06/2025', range: [8, 4, 10, 12], selection: 'Mairie' }]);
  });

  it('a réalisation is named by its intitulé, period as detail, competences and fiche as children', () => {
    const [glpi, ad] = symbols[4].children!;
    assert.deepEqual([glpi.name, glpi.kind, glpi.detail, glpi.range, glpi.selection], ['Gestion du parc avec GLPI', SymbolKind.Object, 'du 07/10/2024 au 18/10/2024', [12, 4, 16, 31], 'Gestion du parc avec GLPI']);
    assert.deepEqual(glpi.children!.map((c) => [c.name, c.detail, c.range]), [['competences', 'B1.1, B1.2.1', [16, 4, 16, 30]]]);
    assert.deepEqual(ad.children!.map((c) => [c.name, c.detail, c.range]), [
      ['competences', 'B1.1.5, B1.3', [21, 4, 23, 12]],
      ['fiche', 'fiche n° 1', [27, 4, 28, 15]]
    ]);
  });

  it('a réalisation without intitulé falls back to its id, then to its number', () => {
    const d = docOf('realisations:\n  - id: vide\n  - cadre: formation\n');
    const names = documentSymbols(d, parse(d), options('en'))[0].children!.map((s) => s.name);
    assert.deepEqual(names, ['vide', 'Réalisation 2']);
  });

  it('stays consistent on a half-typed dossier (no symbol range outside the document, none empty)', () => {
    const d = docOf('candidat:\n  nom: [\nrealisations:\n  - id: a\n    intitule:\n');
    const all = documentSymbols(d, parse(d), options());
    const walk = (s: DocumentSymbol): void => {
      assert.ok(s.name.length > 0);
      assert.ok(d.offsetAt(s.range.start) <= d.offsetAt(s.selectionRange.start) && d.offsetAt(s.selectionRange.end) <= d.offsetAt(s.range.end), s.name);
      s.children?.forEach(walk);
    };
    all.forEach(walk);
  });
});

describe('folding ranges', () => {
  it('every block mapping and sequence, each réalisation, and multi-line texts fold', () => {
    const doc = docOf(TEXT);
    const ranges = foldingRanges(doc, parse(doc)).map((r) => `${r.startLine}-${r.endLine}`);
    assert.deepEqual(ranges, [
      '2-6', // candidat
      '7-10', // stages
      '8-10', // the stage
      '11-28', // realisations
      '12-16', // glpi
      '17-28', // ad
      '21-23', // its competences
      '24-26', // description: |
      '27-28' // fiche
    ]);
  });

  it('a one-line flow list does not fold; a multi-line quoted text does', () => {
    const doc = docOf('realisations:\n  - id: a\n    competences: [B1.1, B1.2]\n    intitule: "Une\n      suite"\n');
    assert.deepEqual(foldingRanges(doc, parse(doc)).map((r) => `${r.startLine}-${r.endLine}`), ['0-4', '1-4', '3-4']);
  });
});
