/**
 * The MC SNO référentiel data must use the guide d'accompagnement's own words: students copy
 * them into their dossiers. The guide (docs/sources/mc-sno-guide-accompagnement-2021.txt) is read at test time; see
 * test/support/mcSnoFidelity.ts for how a title is tied to its competence.
 */
import * as assert from 'assert';
import * as path from 'path';
import {
  checkAttested,
  checkComplete,
  checkMcSnoFidelity,
  checkStructure,
  guideCompetenceIds,
  readGuide,
  type BlocsData,
} from '../../support/mcSnoFidelity';
import mcSno from '../../../schemas/referentiels/mc-sno-2020.json';

const repoRoot = path.resolve(__dirname, '../../..');
const data = mcSno as unknown as BlocsData;
const guide = readGuide(repoRoot);
const clone = (): BlocsData => structuredClone(data);
const competence = (d: BlocsData, id: string) => {
  const c = d.blocs.flatMap((b) => b.competences).find((x) => x.id === id);
  if (!c) throw new Error(`${id} not in data`);
  return c;
};

describe('MC SNO 2020: the référentiel data is the guide d’accompagnement’s wording', () => {
  it('every bloc title is in the guide, every competence title and compétence détaillée is attested under its own id', () => {
    assert.deepStrictEqual(checkAttested(data, guide), []);
  });

  it('the competence ids read from the guide alone are exactly those of the data (C1.1 to C3.3)', () => {
    const ids = guideCompetenceIds(guide);
    assert.strictEqual(ids.length, 9, `ids read from the guide: ${ids.join(', ')}`);
    assert.deepStrictEqual(checkComplete(data, guide), []);
  });

  it('sub-competences are numbered in order, and no indicator is invented (the guide gives none)', () => {
    assert.deepStrictEqual(checkStructure(data), []);
    for (const c of data.blocs.flatMap((b) => b.competences)) {
      assert.deepStrictEqual(c.indicators, [], c.id);
      assert.match(c.indicatorsNote ?? '', /ne donne pas d’indicateurs/, c.id);
      assert.deepStrictEqual(c.knowledge, [], c.id);
    }
  });

  it('fails clearly when the guide is not where the official texts live', () => {
    assert.throws(() => readGuide('/nonexistent/repo'), /MC SNO guide not found: expected \/nonexistent\/repo\/docs\/sources\/mc-sno-guide-accompagnement-2021\.txt/);
  });
});

describe('MC SNO fidelity check: it catches a damaged copy', () => {
  it('a one-letter change in a competence title', () => {
    const d = clone();
    competence(d, 'C2.2').title = competence(d, 'C2.2').title.replace('nomades', 'nomade');
    assert.deepStrictEqual(checkMcSnoFidelity(d, guide), [
      'C2.2: title not attested after a mention of C2.2: « Participer à la gestion des outils bureautiques, collaboratifs et nomade »',
    ]);
  });

  it('a competence dropped from the data', () => {
    const d = clone();
    d.blocs[2].competences = d.blocs[2].competences.filter((c) => c.id !== 'C3.3');
    assert.deepStrictEqual(checkMcSnoFidelity(d, guide), ['C3.3: mentioned by the guide, missing from the data']);
  });

  it('a compétence détaillée moved under another competence', () => {
    const d = clone();
    const moved = competence(d, 'C1.2').subCompetences.pop()!;
    competence(d, 'C1.1').subCompetences.push({ id: 'C1.1.5', title: moved.title });
    assert.deepStrictEqual(checkMcSnoFidelity(d, guide), [
      'C1.1.5: compétence détaillée not attested after a mention of C1.1: « Surveiller l’e-réputation de l’organisation »',
    ]);
  });

  it('a reworded compétence détaillée (the typo of the guide "corrected")', () => {
    const d = clone();
    const sub = competence(d, 'C2.3').subCompetences[0];
    sub.title = sub.title.replace('mise en place en place', 'mise en place');
    assert.strictEqual(checkMcSnoFidelity(d, guide).length, 1);
  });

  it('an invented indicator, or a missing note', () => {
    const d = clone();
    competence(d, 'C1.1').indicatorsNote = undefined;
    assert.deepStrictEqual(checkStructure(d), ['C1.1: no indicators and no indicatorsNote saying why']);
    const e = clone();
    competence(e, 'C1.1').indicators = [{ text: 'Le site est à jour' }];
    assert.deepStrictEqual(checkStructure(e), ['C1.1: indicators and indicatorsNote both set']);
  });

  it('sub-competences renumbered out of order', () => {
    const d = clone();
    competence(d, 'C3.1').subCompetences.reverse();
    assert.ok(checkStructure(d).some((p) => p.startsWith('C3.1.3: expected C3.1.1')));
  });
});
