/**
 * What a student sees when a period is not written « du JJ/MM/AAAA au JJ/MM/AAAA »:
 * every spelling below was found in real dossiers.
 */
import assert from 'node:assert/strict';
import { parsePeriode, checkPeriode } from '../../../server/src/core/periode';

// One line (issue 24): the long explanation is the hover's (test/unit/periode/wording.test.ts).
const EXPECTED_FR = 'Attendu : « du JJ/MM/AAAA au JJ/MM/AAAA ».';
const EXPECTED_EN = 'Expected: “du DD/MM/YYYY au DD/MM/YYYY”.';

interface Case {
  input: string;
  start: number;
  end: number;
  /** The exact quick-fix text, or null when no single reading exists. */
  rewrite: string | null;
  /** Words the message must contain to say what is off. */
  says: RegExp;
}

const cases: Case[] = [
  // Rewritable: exactly one sensible reading.
  { input: '14/05/2025 - 25/06/2025', start: 0, end: 23, rewrite: 'du 14/05/2025 au 25/06/2025', says: /écrivez « au » et non « - »/ },
  { input: '14/05/2025 – 25/06/2025', start: 0, end: 23, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « – »/ },
  { input: '14/05/2025 → 25/06/2025', start: 0, end: 23, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « → »/ },
  { input: '14/05/2025 à 25/06/2025', start: 0, end: 23, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « à »/ },
  { input: "du 14/05/2025 jusqu'au 25/06/2025", start: 0, end: 33, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « jusqu'au »/ },
  { input: '14/05/2025/25/06/2025', start: 0, end: 21, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « \/ »/ },
  { input: 'Du 9/5/2022 au 24/6/2022', start: 0, end: 24, rewrite: 'du 09/05/2022 au 24/06/2022', says: /« 9\/5\/2022 » s'écrit « 09\/05\/2022 » \(jour et mois sur deux chiffres\)/ },
  { input: 'du 1/12/2025 au 22/01/2026', start: 3, end: 12, rewrite: 'du 01/12/2025 au 22/01/2026', says: /« 1\/12\/2025 » s'écrit « 01\/12\/2025 »/ },
  { input: '01/12/2025 au 22//01/2026', start: 14, end: 25, rewrite: 'du 01/12/2025 au 22/01/2026', says: /barre oblique en double/ },
  { input: '14.05.2025 au 25.06.2025', start: 0, end: 24, rewrite: 'du 14/05/2025 au 25/06/2025', says: /séparés par des barres obliques/ },
  { input: 'du 14-05-2025 au 25/06/2025', start: 3, end: 13, rewrite: 'du 14/05/2025 au 25/06/2025', says: /« 14-05-2025 » s'écrit « 14\/05\/2025 »/ },
  { input: '2025-05-14', start: 0, end: 10, rewrite: 'le 14/05/2025', says: /jour, mois, année dans cet ordre/ },
  { input: '2025-05-14 au 2025-06-25', start: 0, end: 24, rewrite: 'du 14/05/2025 au 25/06/2025', says: /« 2025-06-25 » s'écrit « 25\/06\/2025 »/ },
  { input: '2025-05-14/2025-06-25', start: 0, end: 21, rewrite: 'du 14/05/2025 au 25/06/2025', says: /non « \/ »/ },
  { input: 'Du 16/09/24 - 27/09/24', start: 0, end: 22, rewrite: 'du 16/09/2024 au 27/09/2024', says: /non « - »/ },
  { input: 'de 14/05/2025 au 25/06/2025', start: 0, end: 27, rewrite: 'du 14/05/2025 au 25/06/2025', says: /Écrivez « du » et non « de »/ },
  { input: 'le 14/05/2025 au 25/06/2025', start: 0, end: 27, rewrite: 'du 14/05/2025 au 25/06/2025', says: /« le » annonce un seul jour/ },
  { input: 'du14/05/2025 au 25/06/2025', start: 0, end: 26, rewrite: 'du 14/05/2025 au 25/06/2025', says: /Il manque une espace/ },
  { input: '14/05/2025 25/06/2025', start: 0, end: 21, rewrite: 'du 14/05/2025 au 25/06/2025', says: /Il manque « au »/ },
  // No rewrite: the day, the end or the start has to come from the student.
  { input: '09/25 → 03/26', start: 0, end: 13, rewrite: null, says: /Le jour manque \(« 09\/25 », « 03\/26 »\) : précisez le jour : JJ\/MM\/AAAA/ },
  { input: '01/09/2025 au 03/26', start: 14, end: 19, rewrite: null, says: /précisez le jour/ },
  { input: '2023-2025', start: 0, end: 9, rewrite: null, says: /Seules des années sont indiquées \(« 2023 », « 2025 »\) : précisez le jour et le mois/ },
  { input: 'Sept 2024', start: 0, end: 9, rewrite: null, says: /Le jour manque \(« Sept 2024 »\) : précisez le jour/ },
  { input: 'De janvier à juin 2022', start: 0, end: 22, rewrite: null, says: /Le jour manque \(« janvier », « juin 2022 »\)/ },
  { input: '14/05 au 25/06/2025', start: 0, end: 5, rewrite: null, says: /Date incomplète \(« 14\/05 »\)/ },
  { input: '26/02/2026 au', start: 0, end: 13, rewrite: null, says: /^La date de fin manque\. / },
  { input: 'du 14/05/2025', start: 0, end: 13, rewrite: null, says: /^La date de fin manque\. / },
  { input: '01/09/25 au auj.', start: 0, end: 16, rewrite: null, says: /La date de fin manque : « auj\. » n'est pas une date/ },
  { input: 'au 25/06/2025', start: 0, end: 13, rewrite: null, says: /La date de début manque/ },
  { input: 'du 01/01/2025 au 02/02/2025 inclus', start: 0, end: 34, rewrite: null, says: /Texte non reconnu : « inclus »/ },
  { input: '01/01/2025 au 02/02/2025 au 03/03/2025', start: 0, end: 38, rewrite: null, says: /Plus de deux dates/ },
  { input: 'en cours', start: 0, end: 8, rewrite: null, says: /Texte non reconnu : « en », « cours »/ },
  { input: '', start: 0, end: 0, rewrite: null, says: /La période est vide/ },
  { input: '   ', start: 0, end: 3, rewrite: null, says: /La période est vide/ },
  { input: 'du 01/01/2025 au '.repeat(12) + '01/01/2026', start: 0, end: 214, rewrite: null, says: /trop long/ },
];

describe('periods written in another form get a date-format error', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.input)} → ${c.rewrite === null ? 'no rewrite' : JSON.stringify(c.rewrite)}`, () => {
      const r = parsePeriode(c.input);
      assert.equal(r.ok, false);
      const f = checkPeriode(c.input, { now: new Date(2030, 0, 1), session: null });
      const format = f.filter((x) => x.code === 'date-format');
      assert.equal(format.length, 1, JSON.stringify(f));
      const [x] = format;
      assert.equal(x.severity, 'error');
      assert.deepEqual([x.start, x.end], [c.start, c.end]);
      assert.equal(x.rewrite?.text ?? null, c.rewrite);
      if (c.rewrite) assert.deepEqual(x.rewrite!.title, { fr: `Remplacer par « ${c.rewrite} »`, en: `Replace with “${c.rewrite}”` });
      assert.match(x.message.fr, c.says);
      assert.ok(x.message.fr.endsWith(EXPECTED_FR), x.message.fr);
      assert.ok(x.message.en.endsWith(EXPECTED_EN), x.message.en);
    });
  }

  it('the rewrite always parses and is what the student meant', () => {
    for (const c of cases.filter((c) => c.rewrite)) {
      const r = parsePeriode(c.rewrite!);
      assert.ok(r.ok, c.rewrite!);
      assert.equal(r.value.canonical, c.rewrite);
    }
  });
});

describe('periods in the grammar are accepted as written', () => {
  const valid: [string, string, [number, number], [number, number]][] = [
    ['du 09/12/2024 au 20/12/2024', 'du 09/12/2024 au 20/12/2024', [3, 13], [17, 27]],
    ['le 14/01/2025', 'le 14/01/2025', [3, 13], [3, 13]],
    ['04/11/2025 au 09/12/2025', 'du 04/11/2025 au 09/12/2025', [0, 10], [14, 24]],
    ['12/11/2025', 'le 12/11/2025', [0, 10], [0, 10]],
    ['Du 09/12/2024 au 20/12/2024', 'du 09/12/2024 au 20/12/2024', [3, 13], [17, 27]],
    ['DU 09/12/2024 AU 20/12/2024', 'du 09/12/2024 au 20/12/2024', [3, 13], [17, 27]],
    ['Le 14/01/2025', 'le 14/01/2025', [3, 13], [3, 13]],
    ['du 16/09/24 au 27/09/24', 'du 16/09/2024 au 27/09/2024', [3, 11], [15, 23]],
    ['  du   09/12/2024    au 20/12/2024  ', 'du 09/12/2024 au 20/12/2024', [7, 17], [24, 34]],
    ['du\u00a009/12/2024\u00a0au\u00a020/12/2024', 'du 09/12/2024 au 20/12/2024', [3, 13], [17, 27]],
  ];
  for (const [input, canonical, startSpan, endSpan] of valid) {
    it(`${JSON.stringify(input)} reads as ${canonical}`, () => {
      const r = parsePeriode(input);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.value.canonical, canonical);
      assert.deepEqual(r.value.startSpan, startSpan);
      assert.deepEqual(r.value.endSpan, endSpan);
      assert.equal(r.value.single, canonical.startsWith('le '));
    });
  }

  it('two-digit years are years of the 2000s', () => {
    const r = parsePeriode('du 16/09/24 au 27/09/24');
    assert.ok(r.ok);
    assert.deepEqual(r.value.start, { y: 2024, m: 9, d: 16 });
    assert.deepEqual(r.value.end, { y: 2024, m: 9, d: 27 });
  });
});
