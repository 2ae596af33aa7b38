/**
 * Properties over many generated inputs: canonical periods read back to themselves, every
 * sensible variant is rewritten to the canonical text, and no input makes the parser throw or
 * point outside the text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkPeriode, formatDate, isValidDate, MAX_PERIODE_LENGTH, parsePeriode, type SimpleDate } from '../../../server/src/core/periode';

const validDate: fc.Arbitrary<SimpleDate> = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(isValidDate)
  .map((d) => ({ y: d.y, m: d.m, d: d.d })); // plain objects (fast-check records have no prototype)

const pad = (n: number) => String(n).padStart(2, '0');

/** The ways people write one date, all with a single reading. */
const spellings = (d: SimpleDate): string[] => [
  formatDate(d),
  `${d.d}/${d.m}/${d.y}`,
  `${pad(d.d)}.${pad(d.m)}.${d.y}`,
  `${pad(d.d)}-${pad(d.m)}-${d.y}`,
  `${pad(d.d)}//${pad(d.m)}/${d.y}`,
  `${d.y}-${pad(d.m)}-${pad(d.d)}`,
];

describe('period properties', () => {
  it('a canonical period reads back to the same dates and text', () => {
    fc.assert(
      fc.property(validDate, validDate, fc.boolean(), (a, b, single) => {
        const canonical = single ? `le ${formatDate(a)}` : `du ${formatDate(a)} au ${formatDate(b)}`;
        const r = parsePeriode(canonical);
        assert.ok(r.ok, canonical);
        assert.equal(r.value.canonical, canonical);
        assert.deepEqual(r.value.start, a);
        assert.deepEqual(r.value.end, single ? a : b);
        assert.equal(r.value.single, single);
      }),
      { numRuns: 2000 },
    );
  });

  it('every spelling with one reading is rewritten to the canonical period', () => {
    const sep = fc.constantFrom(' au ', ' - ', ' – ', ' → ', '/', ' à ', " jusqu'au ", ' ');
    const prefix = fc.constantFrom('', 'du ', 'Du ', 'DU ', 'de ');
    fc.assert(
      fc.property(validDate, validDate, fc.nat(5), fc.nat(5), sep, prefix, (a, b, i, j, s, pre) => {
        const input = `${pre}${spellings(a)[i]}${s}${spellings(b)[j]}`;
        const expected = `du ${formatDate(a)} au ${formatDate(b)}`;
        const r = parsePeriode(input);
        if (r.ok) {
          assert.equal(r.value.canonical, expected, input);
        } else {
          assert.equal(r.findings.length, 1, input);
          assert.equal(r.findings[0].code, 'date-format');
          assert.equal(r.findings[0].rewrite?.text, expected, input);
        }
      }),
      { numRuns: 2000 },
    );
  });

  const inBounds = (input: string) => {
    for (const f of checkPeriode(input, { now: new Date(2025, 10, 26), session: 2026 })) {
      assert.ok(0 <= f.start && f.start <= f.end && f.end <= input.length, `${JSON.stringify(input)} ${f.code} ${f.start}-${f.end}`);
      assert.ok(f.message.fr.length > 0 && f.message.en.length > 0);
    }
  };

  it('never throws and stays inside the text, for any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), inBounds), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), inBounds), { numRuns: 1000 });
  });

  it('never throws for strings made of date-like pieces', () => {
    const piece = fc.constantFrom('0', '1', '2', '9', '12', '31', '2025', '/', '//', '-', '.', ' ', 'au', 'du', 'le', '→', 'à', 'Sept', "jusqu'au", 'auj.', '\u00a0', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((xs) => xs.join('')), inBounds), { numRuns: 5000 });
  });

  it('refuses very long texts at once, as date-format "trop long"', () => {
    fc.assert(
      fc.property(fc.string({ minLength: MAX_PERIODE_LENGTH + 1, maxLength: 5000 }), (s) => {
        const r = parsePeriode(s);
        assert.ok(!r.ok);
        assert.equal(r.findings.length, 1);
        assert.equal(r.findings[0].code, 'date-format');
        assert.deepEqual([r.findings[0].start, r.findings[0].end], [0, s.length]);
        assert.match(r.findings[0].message.fr, /trop long/);
      }),
      { numRuns: 200 },
    );
    const huge = 'du 01/01/2025 au 02/02/2025'.repeat(40_000);
    assert.match((parsePeriode(huge) as { findings: { message: { fr: string } }[] }).findings[0].message.fr, /trop long/);
  });
});
