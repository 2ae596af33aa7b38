/**
 * A closed workspace file is read without keeping its réalisations' yaml trees
 * (core/parse.ts parseLeanDossier, LanguageService.parseClosedInSlices): a teacher's class folder
 * then gets the same diagnostics as the file would get opened (the full parse's), but the server
 * does not hold a large file's trees while it checks the folder. Fixed seed, random edits.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { cachedPieceChars, parseIncremental } from '../../../../server/src/core/incremental';
import { parseDossier, parseLeanDossier } from '../../../../server/src/core/parse';
import { createLanguageService } from '../../../../server/src/core/service';
import { validateDossier } from '../../../../server/src/core/validate';
import { generateDossier } from '../../../support/generate';
import { mutate } from '../../fuzz/mutate';
import { bases, mutation, NOW, observable, RUNS, SEED } from './cases';

const noPause = (): Promise<void> => Promise.resolve();

describe('reading a closed file for its diagnostics only', function () {
  this.timeout(RUNS ? 0 : 60_000);
  const texts = bases();

  it('gives the full parse’s value, model, diagnostics and (when read) tree after every edit of random edit sequences', async () => {
    let lean = 0;
    let versions = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 10 }), async (i, ms) => {
        let text = texts[i];
        for (const m of ms) {
          text = mutate(text, [m]);
          versions++;
          const got = await parseLeanDossier(text, noPause);
          if (!got) {
            // Only where the file is refused or does not cut: the usual parse reads it.
            assert.ok(parseDossier(text).refused || parseIncremental(text) === null, `no lean parse although it cuts:\n${JSON.stringify(text)}`);
            continue;
          }
          lean++;
          const full = parseDossier(text, { incremental: false });
          assert.deepStrictEqual(observable(got), observable(full), `lean ≠ full parse on:\n${JSON.stringify(text)}`);
        }
      }),
      { seed: SEED + 10, numRuns: RUNS || 100 }
    );
    assert.ok(lean > versions / 5, `only ${lean} of ${versions} versions were read lean`);
  });

  it('past the single-parse limit, reads the pieces as the full parse would', async () => {
    const text = generateDossier({ realisations: 40, seed: 41 });
    const got = await parseLeanDossier(text, noPause, { maxSingleParse: 2_000 });
    assert.ok(got && text.length > 2_000);
    assert.deepStrictEqual(observable(got), observable(parseDossier(text, { incremental: false, maxSingleParse: Infinity })));
  });

  it('keeps none of the file’s pieces in the cache the open documents share', async () => {
    const text = generateDossier({ realisations: 60, seed: 61 });
    const before = cachedPieceChars();
    const got = await parseLeanDossier(text, noPause);
    assert.ok(got);
    assert.equal(got.model.realisations.length, 60);
    assert.equal(cachedPieceChars(), before, 'the shared piece cache is untouched');
  });

  it('lets other work run between its slices', async () => {
    const text = generateDossier({ realisations: 300, seed: 300 });
    let pauses = 0;
    const got = await parseLeanDossier(text, async () => {
      pauses++;
      await new Promise((r) => setImmediate(r));
    });
    assert.ok(got);
    // 8 ms slices: 300 réalisations take several of them on any machine.
    assert.ok(pauses >= 2, `${pauses} pauses`);
  });

  it('the language service gives a closed file the diagnostics of the same file opened, schema errors located in its tree', async () => {
    const service = createLanguageService({ now: () => NOW });
    const valid = generateDossier({ realisations: 30, seed: 31 });
    // An unknown key in the 12th réalisation: a JSON Schema error, underlined at that key.
    let at = 0;
    for (let k = 0; k < 12; k++) at = valid.indexOf('\n    intitule: ', at + 1);
    const invalid = valid.slice(0, at) + '\n    intitulee: faute de frappe' + valid.slice(at);
    for (const text of [valid, invalid]) {
      const closed = validateDossier(await service.parseClosedInSlices(text, noPause), { now: NOW });
      const opened = validateDossier(parseDossier(text, { incremental: false }), { now: NOW });
      assert.deepStrictEqual(closed, opened);
    }
    const errors = validateDossier(await service.parseClosedInSlices(invalid, noPause), { now: NOW }).filter((f) => f.code === 'schema-unknown-key');
    assert.ok(errors.length > 0, 'the unknown key is reported');
    assert.ok(errors.some((f) => invalid.slice(f.start, f.end) === 'intitulee'), `located at the key: ${JSON.stringify(errors.map((f) => invalid.slice(f.start, f.end)))}`);
  });
});
