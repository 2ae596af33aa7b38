/**
 * A student's file is often half-typed or half-saved: the dossier cut at any offset must still
 * be analysed (diagnostics, table, outline, quick fixes), never crash the server or hang it.
 */
import { generateDossier } from '../../support/generate';
import { SISR } from '../../support/dossier';
import { checkDocumentFeatures, checkService, exampleTexts, NIGHTLY } from './harness';

describe('a dossier cut at any offset', function () {
  // Nightly mode (FUZZ_RUNS) runs for minutes: no per-test timeout there.
  this.timeout(NIGHTLY ? 0 : 60_000);
  it('the small SISR dossier, cut at every offset, is analysed without error and with ranges inside the text', () => {
    let cases = 0;
    for (let i = 0; i <= SISR.length; i++) {
      checkDocumentFeatures(checkService(SISR.slice(0, i)));
      cases++;
    }
    if (cases !== SISR.length + 1) throw new Error(`only ${cases} cases ran`);
  });

  it('the same cuts keep the tail instead of the head (a file missing its beginning)', () => {
    for (let i = 0; i <= SISR.length; i++) checkService(SISR.slice(i));
  });

  it('every example dossier, cut every few characters (every character in nightly mode), is analysed without error', () => {
    const step = NIGHTLY ? 1 : 23;
    let cases = 0;
    for (const { text } of exampleTexts()) {
      for (let i = 0; i <= text.length; i += step) {
        checkService(text.slice(0, i));
        cases++;
      }
    }
    if (cases < 1000) throw new Error(`only ${cases} cuts: the examples were not found`);
  });

  it('a generated 30-réalisation dossier cut at line boundaries and mid-line is analysed without error', () => {
    const text = generateDossier({ realisations: 30, seed: 7 });
    const step = NIGHTLY ? 1 : 97;
    for (let i = 0; i <= text.length; i += step) checkService(text.slice(0, i));
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (NIGHTLY || i % 5 === 0) checkService(text.slice(0, i + 1) + text.slice(i + 1).replace(/^\s+/, ''));
    }
  });
});
