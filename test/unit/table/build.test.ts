/**
 * The synthesis table model: what the preview and the PDF both show. Rows grouped like the
 * official form and sorted by date, ticks from competences or sub-competences, fiches in
 * order, and the épreuve numbers of the dossier's session.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { NOW, SISR } from '../../support/dossier';

const example = (name: string) => readFileSync(path.resolve(__dirname, '../../../examples', name), 'utf8');
const model = (text: string) => buildSynthese(parseDossier(text), NOW);

describe('synthesis table model', () => {
  it('groups réalisations as on the official form, sorted by start date', () => {
    const m = model(example('lea-martin-sisr.sio.yaml'));
    assert.deepEqual(
      m.groups.map((g) => [g.title, g.rows.map((r) => r.id)]),
      [
        ['Réalisation en cours de formation', ['glpi', 'site-bts', 'veille']],
        ['Réalisations en milieu professionnel en cours de première année', ['sauvegardes-mairie']],
        ['Réalisations en milieu professionnel en cours de seconde année', ['vlan-clinique', 'supervision']]
      ]
    );
  });

  it('has the six bloc-1 columns with their sub-competences', () => {
    const m = model(SISR);
    assert.deepEqual(m.columns.map((c) => c.id), ['B1.1', 'B1.2', 'B1.3', 'B1.4', 'B1.5', 'B1.6']);
    assert.equal(m.columns[0].title, 'Gérer le patrimoine informatique');
    assert.equal(m.columns[0].subCompetences[4].title, 'Gérer des sauvegardes');
  });

  it('ticks the competence column when a sub-competence is cited', () => {
    const m = model(SISR.replace('[B1.1, B1.2, B1.3]', '[B1.1.5, B1.2, B1.3]'));
    const glpi = m.groups[0].rows.find((r) => r.id === 'glpi')!;
    assert.equal(glpi.ticks['B1.1'], true);
    assert.equal(glpi.ticks['B1.4'], false);
  });

  it('lists missing competences in the coverage', () => {
    const m = model(SISR.replace('[B1.4, B1.5, B1.6]', '[B1.4]'));
    assert.deepEqual(m.missing, ['B1.5', 'B1.6']);
    assert.deepEqual(m.coverage.find((c) => c.id === 'B1.4'), { id: 'B1.4', covered: true, count: 1 });
  });

  it('writes periods in canonical form and keeps unreadable ones as typed', () => {
    const m = model(SISR.replace('du 13/01/2025 au 31/01/2025', '13/1/2025 - 31/1/2025').replace('du 09/12/2024 au 20/12/2024', 'Sept 2024'));
    const rows = m.groups[0].rows;
    assert.equal(rows.find((r) => r.id === 'projet')!.periode.display, 'du 13/01/2025 au 31/01/2025');
    assert.equal(rows.find((r) => r.id === 'glpi')!.periode.display, 'Sept 2024');
  });

  it('lays out the two fiches in number order with the bloc-2 competences of the option', () => {
    const m = model(example('lea-martin-sisr.sio.yaml'));
    assert.deepEqual(m.fiches.map((f) => [f.numero, f.realisationId]), [[1, 'vlan-clinique'], [2, 'supervision']]);
    assert.deepEqual(m.fiches[0].competences.map((c) => [c.id, c.checked]), [['B2.1', true], ['B2.2', true], ['B2.3', false]]);
    assert.equal(m.fiches[0].modalite, 'equipe');
  });

  it('uses the épreuve numbers of the session: E4 in 2024, E5 from 2025', () => {
    assert.equal(model(SISR.replace('session: 2026', 'session: 2024')).epreuve?.code, 'E4');
    assert.equal(model(SISR).epreuve?.code, 'E5');
    assert.equal(model(SISR).epreuveFiches?.code, 'E6');
  });

  it('gives MC SNO a grid per bloc instead of bloc-2 fiches', () => {
    const m = model(example('ines-petit-mc-sno.sio.yaml'));
    assert.equal(m.referentiel, 'mc-sno');
    assert.deepEqual(m.grids.map((g) => g.bloc.id), ['1', '2', '3']);
    assert.deepEqual(m.missing, []);
    assert.equal(m.fiches.length, 0);
  });

  it('points each row at its lines in the source, for reveal from the preview', () => {
    const m = model(SISR);
    const lines = SISR.split('\n');
    const vlan = m.groups[2].rows.find((r) => r.id === 'vlan')!;
    assert.match(lines[vlan.lines.start], /- id: vlan/);
  });
});
