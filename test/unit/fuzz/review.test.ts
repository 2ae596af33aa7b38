/**
 * Teachers' review files (`*.revue.yaml`) go through their own model, checks, completion and
 * hover: the same robustness property as dossiers — cut anywhere or mutated, the review and its
 * dossier are answered without exception, within the budget, with offsets inside the text.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkReview, parseReview, reviewCompletions, reviewHover } from '../../../server/src/core/review';
import { parseDossier } from '../../../server/src/core/parse';
import { NIGHTLY, quietYaml, runs, seedFor, timed } from './harness';
import { mutate, type Mutation } from './mutate';

const DIR = path.resolve(__dirname, '../../fixtures/classe');
const PAIRS = readdirSync(DIR)
  .filter((n) => n.endsWith('.revue.yaml'))
  .sort()
  .map((n) => ({ review: readFileSync(path.join(DIR, n), 'utf8'), dossier: readFileSync(path.join(DIR, n.replace('.revue.yaml', '.sio.yaml')), 'utf8') }));

/**
 * Precondition of every fuzz below, not a test of its own: at least two review/dossier pairs,
 * each review with the keys the long-run cases rewrite. A `before` hook that throws fails the
 * whole describe, where a counted test would pass while the others ran on nothing.
 */
function requireFixtures(): void {
  if (PAIRS.length < 2) throw new Error(`only ${PAIRS.length} review fixtures found in ${DIR}`);
  for (const { review } of PAIRS) {
    for (const key of ['remarques:', 'cible: ', 'message: ']) if (!review.includes(key)) throw new Error(`a review fixture in ${DIR} has no « ${key} »`);
  }
}

function checkPair(reviewText: string, dossierText: string | null, offsets: number[]): void {
  const review = timed('parseReview', reviewText, () => quietYaml(() => parseReview(reviewText)));
  const dossier = dossierText === null ? null : timed('parseDossier', dossierText, () => quietYaml(() => parseDossier(dossierText)));
  for (const f of timed('checkReview', reviewText, () => checkReview(review, dossier))) {
    // Findings of a review are placed in the review text, or in the dossier for remarks shown there.
    const max = Math.max(reviewText.length, dossierText?.length ?? 0);
    if (!(f.start >= 0 && f.start <= f.end && f.end <= max)) throw new Error(`review finding ${f.code} [${f.start}, ${f.end}] outside the texts on ${JSON.stringify(reviewText).slice(0, 300)}`);
  }
  for (const at of offsets) {
    timed(`reviewCompletions at ${at}`, reviewText, () => reviewCompletions(review, dossier, at));
    const h = timed(`reviewHover at ${at}`, reviewText, () => reviewHover(review, dossier, at));
    if (h && !(h.start >= 0 && h.start <= h.end && h.end <= reviewText.length)) throw new Error(`review hover [${h.start}, ${h.end}] outside the review at ${at}`);
  }
}

describe('review files, cut or mutated', function () {
  // Nightly mode (FUZZ_RUNS) runs for minutes: no per-test timeout there.
  this.timeout(NIGHTLY ? 0 : 60_000);
  before(requireFixtures);

  it('each review cut at every few offsets (every offset in nightly mode), with and without its dossier, is answered', () => {
    const step = NIGHTLY ? 1 : 7;
    for (const { review, dossier } of PAIRS) {
      for (let i = 0; i <= review.length; i += step) {
        const cut = review.slice(0, i);
        checkPair(cut, i % 2 ? dossier : null, [0, i, Math.floor(i / 2)]);
      }
    }
  });

  it('random edits to a review and to its dossier: checks, completion and hover answer', () => {
    const mutation = fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace', 'dupLine', 'dropLine', 'indent', 'dedent'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      len: fc.integer({ min: 0, max: 30 }),
      text: fc.oneof(fc.constantFrom(':', '- ', '\n', '\r\n', '\t', '[', '{', '&a ', '*a', '"', 'cible: ', 'B1.', 'niveau: ', '#', 'é', '\uFEFF'), fc.string({ maxLength: 5 }))
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PAIRS.length - 1 }), fc.array(mutation, { maxLength: 6 }), fc.array(mutation, { maxLength: 3 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (i, mr, md, where) => {
        const review = mutate(PAIRS[i].review, mr as Mutation[]);
        const dossier = mutate(PAIRS[i].dossier, md as Mutation[]);
        checkPair(review, dossier, where.map((w) => Math.floor(w * review.length)));
      }),
      { seed: seedFor(4242), numRuns: runs(200) }
    );
  });
});

describe('review files with very long runs of one character', function () {
  this.timeout(NIGHTLY ? 0 : 60_000);
  before(requireFixtures);
  it('a 200 000-character run in a cible, a message, a key position: checks, completion and hover within the CPU budget', () => {
    const { review, dossier } = PAIRS[0];
    const L = 200_000;
    for (const r of [' ', 'a', 'a ', '- ', '.', 'B1.', ':', '#']) {
      const v = r.repeat(Math.ceil(L / r.length)).slice(0, L);
      for (const [from, to] of [['cible: ', 'cible: X'], ['message: ', 'message: X'], ['remarques:', 'X\nremarques:']]) {
        const at = review.indexOf(from);
        if (at < 0) throw new Error(`fixture without « ${from} »`);
        const text = review.slice(0, at) + to.replace('X', v) + review.slice(at + from.length);
        const start = text.indexOf(v.slice(0, 5));
        checkPair(text, dossier, [start + 3, start + L / 2, start + L, Math.min(text.length, start + L + 5)]);
      }
    }
  });
});

describe('review completion on a file that starts with an empty line', () => {
  it('answers at every offset of the first lines (it used to loop forever and freeze the server)', function () {
    this.timeout(60_000);
    // Run in a child process: an infinite loop cannot be interrupted by mocha's timeout.
    const code = `
      const { parseReview, reviewCompletions, reviewHover } = require(${JSON.stringify(path.resolve(__dirname, '../../../server/src/core/review'))});
      const text = '\\n    # Revue de M. Dupont\\n  remarques:\\n    - cible: glpi\\n';
      const r = parseReview(text);
      let n = 0;
      for (let at = 0; at <= text.length; at++) { reviewCompletions(r, null, at); reviewHover(r, null, at); n++; }
      process.stdout.write('ok ' + n);
    `;
    const res = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', code], { encoding: 'utf8', timeout: 30_000, cwd: path.resolve(__dirname, '../../..') });
    assert.equal(res.signal, null, 'completion did not return (killed after 30 s)');
    assert.match(res.stdout, /^ok \d+$/, res.stderr);
  });
});
