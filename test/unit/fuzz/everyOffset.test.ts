/**
 * The editor asks for completion, hover, references and highlights wherever the cursor is: at
 * every offset of a small dossier (and of its CRLF and half-typed variants) each answers within
 * the budget, without throwing, with ranges inside the text.
 */
import { strict as assert } from 'node:assert';
import { SISR } from '../../support/dossier';
import { checkAt, checkDocumentFeatures, checkService, exampleTexts, NIGHTLY, timed } from './harness';

function everyOffset(text: string, step = 1): number {
  const r = checkService(text);
  checkDocumentFeatures(r);
  let n = 0;
  for (let at = 0; at <= text.length; at += step) {
    checkAt(r, at);
    n++;
  }
  return n;
}

describe('editor features at every cursor position', function () {
  // Nightly mode (FUZZ_RUNS) runs for minutes: no per-test timeout there.
  this.timeout(NIGHTLY ? 0 : 60_000);
  it('completion, hover, references and highlights at every offset of the small SISR dossier', () => {
    assert.equal(everyOffset(SISR), SISR.length + 1);
  });

  it('the same at every offset of its CRLF version and of a version with half-typed lines', () => {
    everyOffset(SISR.replace(/\n/g, '\r\n'));
    const halfTyped = SISR.replace('cadre: formation\n', 'cadre: form\n').replace('competences: [B1.4, B1.5, B1.6]', 'competences: [B1.4, B1.')
      .replace('    fiche:\n      numero: 1\n', '    fiche:\n      num\n').replace(/\n$/, '\n  - id: \n    comp');
    everyOffset(halfTyped);
  });

  it('at every few offsets of each example dossier (every offset in nightly mode)', () => {
    let n = 0;
    for (const { text } of exampleTexts()) n += everyOffset(text, NIGHTLY ? 1 : 11);
    assert.ok(n > 1000, `only ${n} positions`);
  });

  it('the harness itself fails on a throwing or out-of-range answer (so the checks above can fail)', () => {
    assert.throws(() => timed('x', 'abc', () => { throw new Error('boom'); }), /x threw on "abc"/);
    const r = checkService(SISR);
    const bad = { ...r, diagnostics: [{ range: { start: { line: 999, character: 0 }, end: { line: 999, character: 1 } }, message: 'm', data: { kind: 'replace', replacements: [{ text: 'x', title: { fr: 'x', en: 'x' } }] } }] };
    // A quick fix built on a diagnostic outside the text must be caught by the range check.
    assert.throws(() => checkDocumentFeatures(bad as never), /quick fix edit: position \{"line":999,"character":0\} does not exist/);
  });
});
