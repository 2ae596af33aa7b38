/**
 * Where the editor opens the competence list by itself: at the `competences: []` stop of the
 * « Nouvelle réalisation » snippet, and nowhere else.
 */
import * as assert from 'node:assert/strict';
import { atEmptyCompetenceList } from '../../client/src/competenceStop';

describe('competence list at the snippet’s last stop', () => {
  it('opens inside an empty competences list, in a réalisation or on its dash line', () => {
    assert.ok(atEmptyCompetenceList('    competences: []', 18));
    assert.ok(atEmptyCompetenceList('  - competences: [ ]', 18));
    assert.ok(atEmptyCompetenceList('    competences: []  # à compléter', 18));
  });

  it('stays closed outside the brackets, in a list already filled, or on another key', () => {
    assert.ok(!atEmptyCompetenceList('    competences: []', 17), 'before the bracket');
    assert.ok(!atEmptyCompetenceList('    competences: [B1.1]', 18));
    assert.ok(!atEmptyCompetenceList('    documents: []', 16));
    assert.ok(!atEmptyCompetenceList('    intitule: competences: []', 28));
  });
});
