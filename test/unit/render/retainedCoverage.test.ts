/**
 * The preview's coverage once the review decides claims: the coverage row and summary count
 * retained claims and say why a competence is not retained; without decisions nothing changes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { parseReview, retainedTable, reviewDecisions } from '../../../server/src/core/review';
import { dossierCatalog } from '../../../server/src/core/review/epreuves';
import { buildSynthese } from '../../../server/src/core/table/build';
import { tableauHtml } from '../../../server/src/products/render/tableauHtml';

const lea = parseDossier(readFileSync(join(__dirname, '../../fixtures/classe/lea-martin-sisr.sio.yaml'), 'utf8'));
const NOW = new Date(2026, 2, 1);

function table(review: string) {
  const t = buildSynthese(lea, NOW)!;
  retainedTable(t, dossierCatalog(lea.model), lea.model, reviewDecisions(lea, parseReview(review)));
  return t;
}

describe('preview coverage with validations', () => {
  it('counts retained claims and names the refused competence in the summary', () => {
    const t = table('revue: 1\nrelecteur: M. Dupont\nvalidations:\n  glpi: { B1.1: retenue, B1.2.1: retenue, B1.5: retenue }\n  site-bts:\n    B1.3: { decision: refusee, motif: x }\n    B1.4: retenue\n  veille: { B1.6: retenue }\n');
    assert.deepEqual(t.missing, ['B1.3']);
    assert.deepEqual(t.coverage.find((c) => c.id === 'B1.5'), { id: 'B1.5', covered: true, count: 1 }, 'vlan-clinique’s B1.5 is pending, not counted');
    const html = tableauHtml(t);
    assert.match(html, /Couverture des compétences retenues/);
    assert.match(html, /Compétence non retenue : <span class="missing-id">B1\.3<\/span> \(refusée\)/);
    assert.match(html, /class="coverage is-missing" data-competence="B1\.3"[^>]*>Refusée</);
    assert.doesNotMatch(html, />Non retenue</);
  });

  it('a partial review prints pending competences as « En attente », not red, apart from the refused one', () => {
    // Only two decisions: B1.1 retained, B1.3 refused; every other claim is pending.
    const t = table('revue: 1\nrelecteur: M. Dupont\nvalidations:\n  glpi: { B1.1: retenue }\n  site-bts:\n    B1.3: { decision: refusee, motif: x }\n');
    const html = tableauHtml(t);
    assert.match(html, /class="coverage is-pending" data-competence="B1\.2"[^>]*>En attente</);
    assert.match(html, /class="coverage is-missing" data-competence="B1\.3"[^>]*>Refusée</);
    assert.doesNotMatch(html, /Non retenue/);
    assert.match(html, /<p class="coverage-summary is-pending"[^>]*>En attente de décision : <span class="missing-id">B1\.2<\/span> \(en attente\)/);
    assert.match(html, /<p class="coverage-summary is-incomplete" data-missing="B1\.3">Compétence non retenue : /);
  });

  it('leaves the claims’ coverage when the review decides nothing', () => {
    const t = table('revue: 1\nrelecteur: M. Dupont\nremarques: []\n');
    assert.equal(t.retained, undefined);
    assert.deepEqual(t.missing, []);
    assert.match(tableauHtml(t), /Toutes les compétences du bloc sont mobilisées\./);
  });
});
