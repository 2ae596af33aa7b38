/**
 * Stage lengths (BTS SIO Annexe III.B, MC SNO twelve weeks of PFMP) as a student sees them:
 * warnings that say how many weeks were counted and what the référentiel asks.
 */
import assert from 'node:assert/strict';
import { checkStages, parsePeriode, type PeriodeValue, type StageInput } from '../../../server/src/core/periode';
import type { StageRules } from '../../../server/src/core/referentiel/types';

// The numbers of Annexe III.B (§3 and §4.1), as schemas/referentiels holds them.
const bts: StageRules = {
  totalWeeks: 10,
  year1ConsecutiveWeeks: [4, 5],
  year2ConsecutiveWeeks: [5, 6],
  extraHolidayWeeks: 2,
  reducedMinimumWeeks: 8,
  reducedYear2ConsecutiveWeeks: 4,
  source: 'Annexe III.B',
};
const mcsno: StageRules = { totalWeeks: 12, source: 'GAP MC SNO §2.2' };

function p(text: string): PeriodeValue {
  const r = parsePeriode(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}

let offset = 0;
function stage(text: string, annee: 1 | 2 | null): StageInput {
  offset += 100;
  return { periode: p(text), annee, start: offset, end: offset + text.length };
}

// Monday-to-Friday stages, as conventions are written.
const y1_4 = () => stage('du 02/06/2025 au 27/06/2025', 1); // 4 weeks
const y1_5 = () => stage('du 02/06/2025 au 04/07/2025', 1); // 5 weeks
const y1_3 = () => stage('du 02/06/2025 au 20/06/2025', 1); // 3 weeks
const y1_7 = () => stage('du 02/06/2025 au 18/07/2025', 1); // 7 weeks
const y2_4 = () => stage('du 05/01/2026 au 30/01/2026', 2); // 4 weeks
const y2_5 = () => stage('du 05/01/2026 au 06/02/2026', 2); // 5 weeks
const y2_6 = () => stage('du 05/01/2026 au 13/02/2026', 2); // 6 weeks

describe('BTS SIO stage lengths (stage-duration)', () => {
  it('5 + 6 weeks: nothing to say', () => {
    assert.deepEqual(checkStages([y1_5(), y2_6()], bts, 'bts-sio'), []);
  });

  it('4 + 5 weeks Monday to Friday count as 9 weeks, below 10 but within the reduced duration', () => {
    const a = y1_4();
    const f = checkStages([a, y2_5()], bts, 'bts-sio');
    assert.equal(f.length, 1);
    assert.equal(f[0].code, 'stage-duration');
    assert.equal(f[0].severity, 'warning');
    assert.deepEqual([f[0].start, f[0].end], [a.start, a.end]);
    assert.equal(
      f[0].message.fr,
      'Les stages totalisent environ 9 semaines (semaines = jours calendaires / 7, arrondi au dixième), moins des 10 semaines prévues par le référentiel ; une durée réduite (au moins 8 semaines) n\'est admise qu\'après une demande de positionnement auprès du recteur.',
    );
  });

  it('weeks are written with a French decimal comma', () => {
    // 02/06 (Monday) to 02/07/2025 (Wednesday) = 31 days = 4,4 weeks; with 5 weeks in year 2: 66 days = 9,4 weeks.
    const f = checkStages([stage('du 02/06/2025 au 02/07/2025', 1), y2_5()], bts, 'bts-sio');
    assert.equal(f.length, 1);
    assert.match(f[0].message.fr, /environ 9,4 semaines/);
    assert.match(f[0].message.en, /about 9\.4 weeks/);
  });

  it('3 + 4 weeks: below the 8-week minimum, year 1 out of 4–5, year 2 below 5 but enough if reduced', () => {
    const a = y1_3();
    const b = y2_4();
    const f = checkStages([a, b], bts, 'bts-sio');
    assert.equal(f.length, 3, JSON.stringify(f.map((x) => x.message.fr)));
    assert.match(f[0].message.fr, /environ 7 semaines .*et moins que le minimum de 8 semaines admis en cas de durée réduite\./);
    assert.deepEqual([f[1].start, f[1].end], [a.start, a.end]);
    assert.match(f[1].message.fr, /^Stage de 1re année : environ 3 semaines .*une période de 4 à 5 semaines consécutives en fin de première année\.$/);
    assert.deepEqual([f[2].start, f[2].end], [b.start, b.end]);
    assert.match(f[2].message.fr, /^Stage de 2e année : environ 4 semaines .*5 à 6 semaines consécutives en deuxième année\. En cas de durée réduite .*4 semaines consécutives suffisent\.$/);
  });

  it('a 7-week year-1 stage is over 5 weeks and the message mentions the holiday extension', () => {
    const f = checkStages([y1_7(), y2_5()], bts, 'bts-sio');
    assert.equal(f.length, 1);
    assert.match(f[0].message.fr, /Stage de 1re année : environ 7 semaines.*Une prolongation de 2 semaines pendant les vacances scolaires/);
  });

  it('a short extra stage in a year is fine when another stage of that year fits', () => {
    const extra = stage('du 27/10/2025 au 31/10/2025', 2); // one week of holidays
    assert.deepEqual(checkStages([y1_4(), y2_5(), extra], bts, 'bts-sio'), []);
  });

  it('the year comes from the dates when the dossier does not give it and the session is known', () => {
    const a = { ...y1_3(), annee: null };
    // Without the session, only the total (3 + 6 = 9 weeks) can be judged.
    const without = checkStages([a, y2_6()], bts, 'bts-sio');
    assert.deepEqual(without.map((f) => f.message.fr.slice(0, 21)), ['Les stages totalisent']);
    const withSession = checkStages([a, y2_6()], bts, 'bts-sio', { session: 2026 });
    assert.deepEqual(withSession.map((f) => f.start), [a.start, a.start]);
    assert.match(withSession[1].message.fr, /^Stage de 1re année/);
  });

  it('the total warning goes where the caller says', () => {
    const f = checkStages([y1_3(), y2_5()], bts, 'bts-sio', { totalSpan: [7, 13] });
    assert.deepEqual([f[0].start, f[0].end], [7, 13]);
  });

  it('no stage, no warning to anchor', () => {
    assert.deepEqual(checkStages([], bts, 'bts-sio'), []);
  });
});

describe('MC SNO PFMP length (stage-duration)', () => {
  it('8 weeks of PFMP are fewer than 12', () => {
    const f = checkStages([y1_4(), stage('du 05/01/2026 au 30/01/2026', null)], mcsno, 'mc-sno');
    assert.equal(f.length, 1);
    assert.match(f[0].message.fr, /^Les PFMP totalisent environ 8 semaines .* le référentiel de la MC SNO en prévoit 12\.$/);
  });

  it('12 weeks are enough, and no year rule applies', () => {
    const twelve = stage('du 05/01/2026 au 27/03/2026', null);
    assert.deepEqual(checkStages([twelve], mcsno, 'mc-sno'), []);
  });
});
