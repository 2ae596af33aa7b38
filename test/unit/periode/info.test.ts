/**
 * What the hover on a period tells: its length and its place in the two years of training;
 * and the date helpers it relies on.
 */
import assert from 'node:assert/strict';
import { formatDate, parsePeriode, periodeInfo, schoolYearOf, type PeriodeValue } from '../../../server/src/core/periode';

function p(text: string): PeriodeValue {
  const r = parsePeriode(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}

describe('hover information on a period', () => {
  const cases: [string, number | null, number, number, string, string][] = [
    ['du 02/06/2025 au 27/06/2025', 2026, 26, 4, '1re année (2024-2025) de la session 2026', 'year 1 (2024-2025) of the 2026 session'],
    ['du 09/12/2024 au 20/12/2024', 2026, 12, 2, '1re année (2024-2025) de la session 2026', 'year 1 (2024-2025) of the 2026 session'],
    ['du 05/01/2026 au 06/02/2026', 2026, 33, 5, '2e année (2025-2026) de la session 2026', 'year 2 (2025-2026) of the 2026 session'],
    ['du 02/06/2025 au 02/07/2025', 2026, 31, 4.4, '1re année (2024-2025) de la session 2026', 'year 1 (2024-2025) of the 2026 session'],
    ['le 14/01/2025', 2026, 1, 0.1, '1re année (2024-2025) de la session 2026', 'year 1 (2024-2025) of the 2026 session'],
    ['du 02/06/2025 au 27/06/2025', null, 26, 4, 'année scolaire 2024-2025', 'school year 2024-2025'],
    ['du 15/06/2025 au 15/09/2025', null, 93, 13.3, 'années scolaires 2024-2025 à 2025-2026', 'school years 2024-2025 to 2025-2026'],
    ['du 15/06/2025 au 15/09/2025', 2026, 93, 13.3, 'à cheval sur la 1re et la 2e année de la session 2026', 'across years 1 and 2 of the 2026 session'],
    ['le 01/07/2026', 2026, 1, 0.1, 'hors des deux années de formation de la session 2026 (année scolaire 2025-2026)', 'outside the two years of training for the 2026 session (school year 2025-2026)'],
  ];
  for (const [input, session, days, weeks, fr, en] of cases) {
    it(`${input}, session ${session}: ${days} days, ${weeks} weeks, ${fr}`, () => {
      const info = periodeInfo(p(input), session);
      assert.deepEqual(info, { days, weeks, schoolYear: { fr, en } });
    });
  }
});

describe('school year of a date for session 2026', () => {
  const cases: [string, 1 | 2 | null][] = [
    ['31/08/2024', null],
    ['01/09/2024', 1],
    ['30/06/2025', 1],
    ['31/08/2025', 1],
    ['01/09/2025', 2],
    ['30/06/2026', 2],
    ['01/07/2026', null],
  ];
  for (const [d, year] of cases) {
    it(`${d} → ${year}`, () => {
      const [dd, mm, yy] = d.split('/').map(Number);
      assert.equal(schoolYearOf({ y: yy, m: mm, d: dd }, 2026), year);
    });
  }
});

describe('formatDate writes JJ/MM/AAAA', () => {
  it('pads day, month and year', () => {
    assert.equal(formatDate({ y: 2025, m: 1, d: 5 }), '05/01/2025');
    assert.equal(formatDate({ y: 2024, m: 12, d: 31 }), '31/12/2024');
    assert.equal(formatDate({ y: 999, m: 3, d: 9 }), '09/03/0999');
  });
});
