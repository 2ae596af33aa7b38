/**
 * Property: whatever a student (or a broken editor, or a bad copy-paste) does to a dossier,
 * the language service answers. Starting from the examples and generated dossiers, fast-check
 * inserts, deletes and replaces characters (YAML punctuation, indentation, line breaks, CRLF,
 * BOM, tabs, unicode), duplicates and drops lines; parse + findings + diagnostics + synthese
 * and the whole-document features never throw, answer within the budget, and keep their
 * ranges inside the text. Fixed seed: the normal suite is deterministic; FUZZ_RUNS widens it,
 * FUZZ_SEED changes it (harness.ts).
 */
import fc from 'fast-check';
import { generateDossier } from '../../support/generate';
import { SISR } from '../../support/dossier';
import { NIGHTLY, checkAt, checkDocumentFeatures, checkService, exampleTexts, runs, seedFor } from './harness';
import { mutate, type Mutation } from './mutate';

const SEED = 20261126;

const bases = (): string[] => [SISR, ...exampleTexts().map((e) => e.text), generateDossier({ realisations: 10, seed: 3 }), generateDossier({ realisations: 30, seed: 4 })];

/** Characters that change YAML structure, plus the unicode a French dossier meets. */
const yamlChar = fc.constantFrom(
  ':', '-', ' ', '  ', '\n', '\r\n', '\r', '\t', '#', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!binary ', '|', '>', '"', "'", '?', '%', '@', '`', '---\n', '...\n',
  '\uFEFF', '\u00A0', '\u202F', 'é', '’', '«', '»', '😀', '\u0301', '\u200B', '\u2028', '\uD800', 'B1.', 'B2.3.', 'du ', '/2025', 'competences: ', 'fiche:\n      numero: 3'
);
const snippet = fc.oneof(yamlChar, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'dupLine', 'dropLine', 'indent', 'dedent'),
  at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
  len: fc.integer({ min: 0, max: 40 }),
  text: snippet
}) as fc.Arbitrary<Mutation>;

describe('a dossier mutated at random', function () {
  // Nightly mode (FUZZ_RUNS) runs for minutes: no per-test timeout there.
  this.timeout(NIGHTLY ? 0 : 60_000);
  const texts = bases();

  it('a few random edits anywhere: the service and the document features answer, ranges stay inside the text', () => {
    let cases = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, ms) => {
        checkDocumentFeatures(checkService(mutate(texts[i], ms)));
        cases++;
      }),
      { seed: seedFor(SEED), numRuns: runs(300) }
    );
    if (cases < 300) throw new Error(`only ${cases} cases ran`);
  });

  it('many random edits (the dossier barely recognisable): the service still answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 20, maxLength: 80 }), (i, ms) => {
        checkService(mutate(texts[i], ms));
      }),
      { seed: seedFor(SEED, 1), numRuns: runs(100) }
    );
  });

  it('completion, hover, references at random offsets of mutated dossiers answer with ranges inside the text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.array(mutation, { maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (i, ms, where) => {
          const text = mutate(texts[i], ms);
          const r = checkService(text);
          for (const w of where) checkAt(r, Math.floor(w * text.length));
        }
      ),
      { seed: seedFor(SEED, 2), numRuns: runs(200) }
    );
  });

  it('arbitrary unicode text, including lone surrogates and control characters, is answered', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = checkService(s);
        checkDocumentFeatures(r);
        checkAt(r, Math.floor(s.length / 2));
      }),
      { seed: seedFor(SEED, 3), numRuns: runs(300) }
    );
  });

  it('any JSON-like value written as YAML under a known key is answered (wrong types everywhere)', () => {
    const keys = ['referentiel', 'session', 'candidat', 'stages', 'realisations', 'option', 'competences', 'fiche', 'periode'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (key, value, flow) => {
        const yamlValue = flow ? JSON.stringify(value) : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
        const text = SISR.replace(/^realisations:/m, `${key}: ${yamlValue}\nrealisations:`);
        const inList = SISR.replace('competences: [B1.1, B1.2, B1.3]', `competences: ${yamlValue}`).replace('numero: 1', `numero: ${JSON.stringify(value)}`);
        checkDocumentFeatures(checkService(text));
        checkDocumentFeatures(checkService(inList));
      }),
      { seed: seedFor(SEED, 4), numRuns: runs(200) }
    );
  });
});
