/**
 * Dates that read well but cannot be right: impossible days, end before start,
 * réalisations not finished yet, periods outside the two years of the session.
 */
import assert from 'node:assert/strict';
import { checkPeriode, parsePeriode } from '../../../server/src/core/periode';

// Local noon, as the server's clock would give it on 26 November 2025.
const now = new Date(2025, 10, 26, 12, 0, 0);
const check = (input: string, session: number | null = null) => checkPeriode(input, { now, session });
const codes = (input: string, session: number | null = null) => check(input, session).map((f) => `${f.code}@${f.start}-${f.end}`);

describe('impossible dates get date-invalid on the date itself', () => {
  const cases: [string, number, number, RegExp][] = [
    ['le 31/02/2025', 3, 13, /février n'a que 28 jours/],
    ['le 29/02/2023', 3, 13, /2023 n'est pas une année bissextile/],
    ['du 01/01/2025 au 01/13/2025', 17, 27, /il n'y a pas de mois 13/],
    ['du 00/01/2025 au 01/02/2025', 3, 13, /il n'y a pas de jour 0/],
    ['du 01/04/2025 au 31/04/2025', 17, 27, /avril n'a que 30 jours/],
    ['le 29/02/1900', 3, 13, /1900 n'est pas une année bissextile/],
  ];
  for (const [input, start, end, says] of cases) {
    it(input, () => {
      const f = check(input);
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0].code, 'date-invalid');
      assert.equal(f[0].severity, 'error');
      assert.deepEqual([f[0].start, f[0].end], [start, end]);
      assert.match(f[0].message.fr, says);
      assert.equal(f[0].rewrite, undefined);
    });
  }

  it('29 February exists in leap years, including 2000', () => {
    for (const input of ['le 29/02/2024', 'le 29/02/2000', 'le 29/02/2028']) assert.ok(parsePeriode(input).ok, input);
  });

  it('two impossible dates give two findings', () => {
    assert.deepEqual(codes('du 31/02/2025 au 31/04/2025'), ['date-invalid@3-13', 'date-invalid@17-27']);
  });

  it('a wrongly written impossible date gets both the rewrite and date-invalid', () => {
    assert.deepEqual(codes('29/02/2023 - 01/03/2023'), ['date-format@0-23', 'date-invalid@0-10']);
  });
});

describe('an end before the start is date-order, fixed by swapping', () => {
  it('du 20/12/2024 au 09/12/2024', () => {
    const f = check('du 20/12/2024 au 09/12/2024');
    assert.equal(f.length, 1);
    assert.equal(f[0].code, 'date-order');
    assert.equal(f[0].severity, 'error');
    assert.deepEqual([f[0].start, f[0].end], [3, 27]);
    assert.equal(f[0].rewrite?.text, 'du 09/12/2024 au 20/12/2024');
    assert.equal(f[0].message.fr, 'La date de fin (09/12/2024) précède la date de début (20/12/2024).');
  });

  it('the same day twice is in order', () => {
    assert.deepEqual(check('du 09/12/2024 au 09/12/2024'), []);
  });

  it('one day apart across a year', () => {
    assert.deepEqual(codes('du 01/01/2025 au 31/12/2024'), ['date-order@3-27']);
  });
});

describe('a réalisation not finished by today gets date-future', () => {
  it('ending today is fine', () => {
    assert.deepEqual(check('du 03/11/2025 au 26/11/2025'), []);
  });

  it('ending tomorrow is flagged on the end date', () => {
    const f = check('du 03/11/2025 au 27/11/2025');
    assert.deepEqual(f.map((x) => [x.code, x.severity, x.start, x.end]), [['date-future', 'warning', 17, 27]]);
    assert.match(f[0].message.fr, /se termine le 27\/11\/2025, après aujourd'hui \(26\/11\/2025\) : une réalisation présentée doit être terminée/);
  });

  it('a period containing today is flagged', () => {
    assert.deepEqual(codes('du 20/11/2025 au 05/12/2025'), ['date-future@17-27']);
  });

  it('a period starting after today is flagged on the whole period, saying it has not started', () => {
    const f = check('du 01/12/2025 au 19/12/2025');
    assert.deepEqual(f.map((x) => `${x.code}@${x.start}-${x.end}`), ['date-future@3-27']);
    assert.match(f[0].message.fr, /n'a pas encore commencé \(début le 01\/12\/2025/);
  });

  it('a single day tomorrow is flagged', () => {
    assert.deepEqual(codes('le 27/11/2025'), ['date-future@3-13']);
  });

  it('today is the local calendar day of the injected clock', () => {
    const lateEvening = new Date(2025, 10, 26, 23, 59, 0);
    assert.deepEqual(checkPeriode('le 26/11/2025', { now: lateEvening, session: null }), []);
    assert.equal(checkPeriode('le 27/11/2025', { now: lateEvening, session: null }).length, 1);
  });
});

describe('periods outside the two years of the session get date-session', () => {
  it('session 2026 runs from 01/09/2024 to 30/06/2026', () => {
    const later = { now: new Date(2027, 0, 1), session: 2026 };
    assert.deepEqual(checkPeriode('du 01/09/2024 au 30/06/2026', later), []);
    assert.deepEqual(checkPeriode('du 31/08/2024 au 30/06/2026', later).map((f) => `${f.code}@${f.start}-${f.end}`), ['date-session@3-13']);
    assert.deepEqual(checkPeriode('du 01/09/2024 au 01/07/2026', later).map((f) => `${f.code}@${f.start}-${f.end}`), ['date-session@17-27']);
    assert.deepEqual(checkPeriode('du 31/08/2024 au 01/07/2026', later).map((f) => f.code), ['date-session', 'date-session']);
  });

  it('is a warning that names the bound and the other paths', () => {
    const [f] = check('du 12/05/2023 au 23/06/2023', 2026);
    assert.equal(f.code, 'date-session');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.fr, /commence avant le 01\/09\/2024, début des deux années de formation de la session 2026/);
    assert.match(f.message.fr, /alternance, formation en un an/);
    assert.match(f.message.en, /work-study, one-year programme/);
  });

  it('says nothing when the session is unknown', () => {
    assert.deepEqual(check('du 12/05/2020 au 23/06/2020', null), []);
  });

  it('comes with date-future when the period is both late and in the future', () => {
    assert.deepEqual(codes('du 01/06/2026 au 10/07/2026', 2026), ['date-future@3-27', 'date-session@17-27']);
  });

  it('is not reported on top of a date-order error', () => {
    assert.deepEqual(codes('du 20/12/2020 au 09/12/2020', 2026), ['date-order@3-27']);
  });
});
