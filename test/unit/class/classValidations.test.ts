/**
 * The teacher's class view with validations: retained / refused / pending claims per dossier, the
 * bloc coverage counting retained claims only, « prêt pour le dépôt », and the CSV columns.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv, toJson } from '../../../server/src/products/class/csv';
import { classOverview } from '../../../server/src/products/class/overview';

const FIXTURES = join(__dirname, '../../fixtures/classe');
const NOW = new Date(2026, 2, 1, 12, 0, 0);
const lea = readFileSync(join(FIXTURES, 'lea-martin-sisr.sio.yaml'), 'utf8');
const REFUS = 'revue: 1\nrelecteur: M. Dupont\nvalidations:\n  site-bts:\n    B1.3: { decision: refusee, motif: Pas de présence en ligne. }\n    B1.4: retenue\n  glpi:\n    B1.5: a-revoir\n';

describe('class overview with validations', () => {
  const o = classOverview(
    [
      { file: 'lea.sio.yaml', text: lea, review: REFUS, depot: { ready: false, missing: ['couverture', 'pdf'] } },
      { file: 'lea-sans-revue.sio.yaml', text: lea, review: null }
    ],
    { now: NOW }
  );
  const withReview = o.rows.find((r) => r.file === 'lea.sio.yaml')!;
  const without = o.rows.find((r) => r.file === 'lea-sans-revue.sio.yaml')!;

  it('counts claims retained, refused and pending (a-revoir and undecided)', () => {
    assert.equal(withReview.validations, true);
    assert.deepEqual([withReview.retained, withReview.refused], [1, 1]);
    // Every other bloc-1 claim of Léa is pending, B1.5 « à revoir » included.
    assert.equal(withReview.pending, without.pending - 2);
  });

  it('counts the bloc coverage on retained claims once the review decides any', () => {
    assert.deepEqual([withReview.covered, withReview.total], [1, 6]);
    assert.equal(withReview.coverage['B1.4'], 1);
    assert.equal(withReview.coverage['B1.3'], 0);
    assert.deepEqual([without.validations, without.covered, without.total], [false, 6, 6]);
    assert.equal(without.coverage['B1.5'], 2, 'claims, as before');
  });

  it('carries « prêt pour le dépôt » when the caller could tell, null otherwise', () => {
    assert.deepEqual([withReview.ready, withReview.missing], [false, ['couverture', 'pdf']]);
    assert.equal(without.ready, null);
  });

  it('the CSV and JSON follow: basis of the coverage, the three counts and the deposit', () => {
    const lines = toCsv(o).split('\r\n');
    const head = lines[0].split(';');
    const at = (h: string) => head.indexOf(`"${h}"`);
    for (const h of ['Couverture comptée sur', 'Retenues', 'Refusées', 'En attente', 'Prêt pour le dépôt', 'Manque pour le dépôt']) assert.ok(at(h) > 0, h);
    const leaLine = lines.find((l) => l.startsWith('"lea.sio.yaml"'))!.split(';');
    assert.equal(leaLine[at('Couverture comptée sur')], '"compétences retenues"');
    assert.equal(leaLine[at('Compétences couvertes')], '"1"');
    assert.equal(leaLine[at('Refusées')], '"1"');
    assert.equal(leaLine[at('Prêt pour le dépôt')], '"non"');
    assert.equal(leaLine[at('Manque pour le dépôt')], '"couverture des compétences, PDF du dossier"', 'French words, not raw ids');
    const other = lines.find((l) => l.startsWith('"lea-sans-revue'))!.split(';');
    assert.equal(other[at('Prêt pour le dépôt')], '""');
    const json = JSON.parse(toJson(o)) as { rows: { file: string; retained: number; refused: number; pending: number; ready: boolean | null }[] };
    assert.deepEqual(json.rows.map((r) => [r.file, r.refused, r.ready]).sort(), [['lea-sans-revue.sio.yaml', 0, null], ['lea.sio.yaml', 1, false]]);
  });
});
