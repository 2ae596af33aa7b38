/**
 * What the rest of the core asks the référentiels: which competences a candidate of an option
 * may cite, what an id means, and which épreuve (with which annex numbers) evaluates a bloc in
 * the candidate's session.
 */
import * as assert from 'assert';
import {
  competencesFor,
  epreuveFor,
  evaluatedBlocs,
  findCompetence,
  findReferentiel,
  loadReferentiels,
  optionsHaving,
  type Referentiel,
} from '../../../server/src/core/referentiel';

const bts = (): Referentiel => {
  const r = findReferentiel('bts-sio');
  assert.ok(r, 'bts-sio référentiel not loaded');
  return r;
};
const sno = (): Referentiel => {
  const r = findReferentiel('mc-sno');
  assert.ok(r, 'mc-sno référentiel not loaded');
  return r;
};
const ids = (blocs: { id: string; competences: { id: string }[] }[]) =>
  blocs.map((b) => `${b.id}:${b.competences.map((c) => c.id).join(',')}`);

describe('référentiels: loading', () => {
  it('loads BTS SIO and MC SNO, each with its épreuves and stage rules merged in', () => {
    const all = loadReferentiels();
    assert.deepStrictEqual(all.map((r) => `${r.id}/${r.kind}`), ['bts-sio-2019/bts-sio', 'mc-sno-2020/mc-sno']);
    for (const r of all) {
      assert.ok(r.epreuves.length > 0, `${r.id}: no épreuve rule`);
      assert.ok(r.stages.totalWeeks > 0, `${r.id}: no stage rule`);
    }
    assert.strictEqual(loadReferentiels(), all, 'loaded once, then shared');
  });

  it('knows nothing of an unknown référentiel', () => {
    assert.strictEqual(findReferentiel('bts-ndrc'), undefined);
    assert.strictEqual(findReferentiel(undefined), undefined);
    assert.strictEqual(epreuveFor('bts-ndrc', 2025, 'B1'), undefined);
    assert.deepStrictEqual(evaluatedBlocs('bts-ndrc'), []);
  });

  it('stage rules: BTS SIO 10 weeks (4–5 then 5–6 consecutive, +2 in holidays, reduced to 8 with 4 in year 2); MC SNO 12 weeks', () => {
    const s = bts().stages;
    assert.deepStrictEqual(
      [s.totalWeeks, s.year1ConsecutiveWeeks, s.year2ConsecutiveWeeks, s.extraHolidayWeeks, s.reducedMinimumWeeks, s.reducedYear2ConsecutiveWeeks],
      [10, [4, 5], [5, 6], 2, 8, 4],
    );
    assert.match(s.source, /annexe III\.B/);
    assert.strictEqual(sno().stages.totalWeeks, 12);
    assert.match(sno().stages.source, /douze semaines/);
  });
});

describe('référentiels: competences by option', () => {
  it('a SISR candidate sees B1, bloc 2 SISR and B3 with the SISR B3.5; a SLAM candidate the SLAM ones', () => {
    assert.deepStrictEqual(ids(competencesFor(bts(), 'SISR')), [
      'B1:B1.1,B1.2,B1.3,B1.4,B1.5,B1.6',
      'B2:B2.1,B2.2,B2.3',
      'B3:B3.1,B3.2,B3.3,B3.4,B3.5',
    ]);
    const slamB3 = competencesFor(bts(), 'SLAM').find((b) => b.id === 'B3');
    assert.match(slamB3?.competences.find((c) => c.id === 'B3.5')?.title ?? '', /solution applicative/);
  });

  it('without an option only the common competences are visible', () => {
    assert.deepStrictEqual(ids(competencesFor(bts(), null)), ['B1:B1.1,B1.2,B1.3,B1.4,B1.5,B1.6', 'B3:B3.1,B3.2,B3.3,B3.4']);
    assert.strictEqual(findCompetence(bts(), 'B2.1', null), undefined);
    assert.deepStrictEqual(optionsHaving(bts(), 'B2.1'), ['SISR', 'SLAM']);
    assert.deepStrictEqual(optionsHaving(bts(), 'B1.1'), ['SISR', 'SLAM']);
    assert.deepStrictEqual(optionsHaving(bts(), 'B9.9'), []);
  });

  it('B2.1 means a different competence for SISR and for SLAM', () => {
    const sisr = findCompetence(bts(), 'B2.1', 'SISR');
    const slam = findCompetence(bts(), 'B2.1', 'SLAM');
    assert.strictEqual(sisr?.competence.title, 'Concevoir une solution d’infrastructure réseau');
    assert.strictEqual(slam?.competence.title, 'Concevoir et développer une solution applicative');
    assert.strictEqual(sisr?.bloc.option, 'SISR');
  });

  it('a sub-competence id gives its competence and itself', () => {
    const m = findCompetence(bts(), 'B1.1.2', 'SLAM');
    assert.strictEqual(m?.competence.id, 'B1.1');
    assert.strictEqual(m?.sub?.id, 'B1.1.2');
    assert.strictEqual(findCompetence(bts(), 'B1.1.99', 'SLAM'), undefined);
  });

  it('MC SNO: C1.1 and its compétences détaillées are found, with no option', () => {
    const c = findCompetence(sno(), 'C1.1', null);
    assert.strictEqual(c?.competence.title, 'Participer à la mise en place et à l’actualisation d’un site Web');
    assert.strictEqual(c?.bloc.id, '1');
    assert.strictEqual(c?.sub, undefined);
    const d = findCompetence(sno(), 'C2.3.2', null);
    assert.strictEqual(d?.sub?.title, 'Gérer les profils utilisateur et les autorisations d’accès');
    assert.deepStrictEqual(ids(competencesFor(sno(), null)), ['1:C1.1,C1.2,C1.3', '2:C2.1,C2.2,C2.3', '3:C3.1,C3.2,C3.3']);
  });
});

describe('référentiels: which épreuve evaluates a bloc, by session', () => {
  it('up to session 2024 bloc 1 is E4 (portfolio, tableau de synthèse) with its two penalties', () => {
    const e = epreuveFor('bts-sio', 2024, 'B1');
    assert.strictEqual(e?.code, 'E4');
    assert.strictEqual(e?.title, 'Support et mise à disposition de services informatiques');
    assert.deepStrictEqual(
      e?.penalties.map((p) => [p.label, p.points]),
      [['Portfolio inaccessible', 10], ['Absence de tableau de synthèse', 2]],
    );
    assert.strictEqual(epreuveFor('bts-sio', 2023, 'B1')?.annexes.tableau, 'Annexe 6-1');
  });

  it('session 2024 bloc 2 is E5 with the fiche of annex 9-1-A (SISR) or 9-1-B (SLAM) and the grid penalties', () => {
    const sisr = epreuveFor('bts-sio', 2024, 'B2', 'SISR');
    const slam = epreuveFor('bts-sio', 2024, 'B2', 'SLAM');
    assert.deepStrictEqual([sisr?.code, sisr?.annexes.fiche, sisr?.annexes.grille], ['E5', 'Annexe 9-1-A', 'Annexe 9-5-A']);
    assert.deepStrictEqual([slam?.code, slam?.annexes.fiche, slam?.title], ['E5', 'Annexe 9-1-B', 'Conception et développement d’applications']);
    assert.deepStrictEqual(
      sisr?.penalties.map((p) => `${p.points}${p.upTo ? ' max' : ''} ${p.label}`),
      [
        '10 Absence d’une réalisation professionnelle',
        '20 Absence des deux réalisations professionnelles',
        '15 max Environnement technologique mis en œuvre non conforme à l’annexe II.E',
      ],
    );
  });

  it('from session 2025 bloc 1 is E5 (tableau in Annexe 8-1), from 2026 in Annexe VI-1; bloc 2 is E6', () => {
    assert.deepStrictEqual([epreuveFor('bts-sio', 2025, 'B1')?.code, epreuveFor('bts-sio', 2025, 'B1')?.annexes.tableau], ['E5', 'Annexe 8-1']);
    assert.deepStrictEqual([epreuveFor('bts-sio', 2026, 'B1')?.code, epreuveFor('bts-sio', 2026, 'B1')?.annexes.tableau], ['E5', 'Annexe VI-1']);
    assert.strictEqual(epreuveFor('bts-sio', 2026, 'B2', 'SLAM')?.code, 'E6');
    assert.strictEqual(epreuveFor('bts-sio', 2024, 'B3')?.code, 'E6');
  });

  it('the fiche annex follows the session: 9-1-A / 9-1-B in 2025, VII-1-A / VII-1-B from 2026, each with the candidates’ copies as source', () => {
    const fiche = (s: number, o: 'SISR' | 'SLAM') => epreuveFor('bts-sio', s, 'B2', o);
    assert.deepStrictEqual(
      [fiche(2025, 'SISR'), fiche(2025, 'SLAM'), fiche(2026, 'SISR'), fiche(2026, 'SLAM')].map((r) => [r?.code, r?.annexes.fiche]),
      [['E6', 'Annexe 9-1-A'], ['E6', 'Annexe 9-1-B'], ['E6', 'Annexe VII-1-A'], ['E6', 'Annexe VII-1-B']]
    );
    for (const r of [fiche(2025, 'SISR'), fiche(2026, 'SLAM'), epreuveFor('bts-sio', 2026, 'B1'), epreuveFor('bts-sio', 2025, 'B1')]) {
      assert.match(r!.source, /copies remplies publiques des modèles.*non le texte de la circulaire/);
    }
    // Two copies disagree for 2024 (8-1 and 6-1): no number is printed rather than a guess.
    assert.strictEqual(epreuveFor('bts-sio', 2024, 'B1')?.annexes.tableau, undefined);
  });

  it('an absent or uncovered session gets the newest rule', () => {
    assert.strictEqual(epreuveFor('bts-sio', undefined, 'B1')?.annexes.tableau, 'Annexe VI-1');
    assert.strictEqual(epreuveFor('bts-sio', null, 'B1')?.from, 2026);
    assert.strictEqual(epreuveFor('bts-sio', 2031, 'B1')?.code, 'E5');
    assert.strictEqual(epreuveFor('bts-sio', 2019, 'B1')?.from, 2026);
    assert.strictEqual(epreuveFor('bts-sio', 2025, 'B9'), undefined);
  });

  it('every rule cites its source, and the session ranges of a bloc and option never overlap', () => {
    for (const ref of loadReferentiels()) {
      for (const r of ref.epreuves) {
        assert.ok(r.source.length > 20, `${ref.kind} ${r.bloc} ${r.code}: no source`);
        assert.ok(r.to === null || r.to >= r.from, `${ref.kind} ${r.bloc}: ${r.from}–${r.to}`);
        assert.ok(ref.blocs.some((b) => b.id === r.bloc), `${ref.kind}: rule for unknown bloc ${r.bloc}`);
        for (const o of ref.epreuves) {
          if (o === r || o.bloc !== r.bloc || o.option !== r.option) continue;
          const overlap = r.from <= (o.to ?? Infinity) && o.from <= (r.to ?? Infinity);
          assert.ok(!overlap, `${ref.kind} ${r.bloc} ${r.option ?? ''}: ${r.from}–${r.to} overlaps ${o.from}–${o.to}`);
        }
      }
    }
  });

  it('every bloc (of every option) has a rule for each session from its first one to 2026, with no gap', () => {
    for (const ref of loadReferentiels()) {
      for (const bloc of ref.blocs) {
        const first = Math.min(...ref.epreuves.filter((r) => r.bloc === bloc.id).map((r) => r.from));
        for (let session = first; session <= 2026; session++) {
          const rule = epreuveFor(ref.kind, session, bloc.id, bloc.option);
          const covered = rule && session >= rule.from && (rule.to === null || session <= rule.to);
          assert.ok(covered, `${ref.kind} ${bloc.id} ${bloc.option ?? ''}: no rule for session ${session}`);
          if (bloc.option) assert.strictEqual(rule?.option, bloc.option, `${bloc.id} ${session}`);
        }
      }
    }
  });

  it('the dossier feeds blocs 1 and 2 of BTS SIO (bloc 3 is written) and the three blocs of MC SNO', () => {
    assert.deepStrictEqual(evaluatedBlocs('bts-sio'), ['B1', 'B2']);
    assert.deepStrictEqual(evaluatedBlocs('mc-sno'), ['1', '2', '3']);
  });
});
