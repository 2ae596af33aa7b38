/**
 * The import's name box (issue 25): the save dialog pre-selected « eleve-b.sio » and typing a
 * name gave « name.yaml », refused. The box now selects only the name part and adds .sio.yaml.
 */
import * as assert from 'node:assert/strict';
import { importFileName, namePartSelection } from '../../client/src/commands/importTarget';

describe('import: the new dossier’s name', () => {
  it('pre-selects only the name part, so typing replaces « eleve-b » and keeps .sio.yaml', () => {
    const value = 'eleve-b.sio.yaml';
    const [start, end] = namePartSelection(value);
    assert.equal(value.slice(start, end), 'eleve-b');
    assert.equal('lea-martin' + value.slice(end), 'lea-martin.sio.yaml');
  });

  it('adds .sio.yaml to whatever the student types, never « name.yaml »', () => {
    assert.equal(importFileName('lea-martin'), 'lea-martin.sio.yaml');
    assert.equal(importFileName('lea-martin.yaml'), 'lea-martin.sio.yaml');
    assert.equal(importFileName('lea-martin.sio.yaml'), 'lea-martin.sio.yaml');
    assert.equal(importFileName('  Léa Martin  '), 'Léa-Martin.sio.yaml');
    assert.equal(importFileName('classe/lea'), 'classe/lea.sio.yaml');
  });

  it('an empty name is no name (the box says so instead of creating « .sio.yaml »)', () => {
    assert.equal(importFileName(''), null);
    assert.equal(importFileName('   '), null);
    assert.equal(importFileName('.sio.yaml'), null);
  });
});
