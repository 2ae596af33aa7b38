/**
 * « Où ai-je cité B1.1 ? » — references and highlights of a competence id: every citation of
 * it in the dossier, and of its sub-competences when it is a competence.
 */
import assert from 'node:assert/strict';
import { documentHighlights, references } from '../../../server/src/core/features/references';
import { at } from '../../support/cursor';
import { options, parse, SISR } from '../../support/features';

const TEXT = SISR + '  - id: sauvegardes\n    intitule: Plan de sauvegarde\n    competences: [B1.1.5, B1.2]\n';

function refs(marked: string) {
  const m = at(marked);
  return references(m.doc, parse(m.doc), m.position, options()).map((l) => [l.uri === m.doc.uri, l.range.start.line, l.range.start.character, m.doc.getText(l.range)]);
}

describe('references of a competence id', () => {
  it('a competence finds itself and its sub-competences everywhere in the dossier', () => {
    assert.deepEqual(refs(TEXT.replace('[B1.1, B1.2.1]', '[B1|.1, B1.2.1]')), [
      [true, 12, 18, 'B1.1'],
      [true, 18, 8, 'B1.1.5'],
      [true, 22, 18, 'B1.1.5']
    ]);
  });

  it('a sub-competence finds its own citations only', () => {
    assert.deepEqual(refs(TEXT.replace('      - B1.1.5', '      - B1.1.|5')), [
      [true, 18, 8, 'B1.1.5'],
      [true, 22, 18, 'B1.1.5']
    ]);
  });

  it('B1.2 finds B1.2.1 and B1.2', () => {
    assert.deepEqual(refs(TEXT.replace('[B1.1.5, B1.2]', '[B1.1.5, |B1.2]')).map((r) => r[3]), ['B1.2.1', 'B1.2']);
  });

  it('an unknown id finds its repetitions (a typo copied around)', () => {
    const text = TEXT.replace('[B1.1, B1.2.1]', '[B1.1, B7.7]').replace('[B1.1.5, B1.2]', '[B7.|7]');
    assert.deepEqual(refs(text).map((r) => [r[1], r[3]]), [[12, 'B7.7'], [22, 'B7.7']]);
  });

  it('nothing outside competence lists', () => {
    assert.deepEqual(refs(TEXT.replace('id: glpi', 'id: gl|pi')), []);
  });

  it('highlights are the same places', () => {
    const m = at(TEXT.replace('[B1.1, B1.2.1]', '[B1|.1, B1.2.1]'));
    const hl = documentHighlights(m.doc, parse(m.doc), m.position, options());
    assert.deepEqual(hl.map((h) => m.doc.getText(h.range)), ['B1.1', 'B1.1.5', 'B1.1.5']);
  });
});
