/**
 * What the incremental parses are compared on (equivalence.test.ts, lean.test.ts): the dossiers
 * edited, the random edits, and what a parse shows (tree, value, model, diagnostics).
 */
import fc from 'fast-check';
import type { ParsedDossier } from '../../../../server/src/core/parse';
import { validateDossier } from '../../../../server/src/core/validate';
import { SISR } from '../../../support/dossier';
import { generateDossier } from '../../../support/generate';
import { documentTree } from '../../../support/yamlTree';
import { exampleTexts } from '../../fuzz/harness';
import type { Mutation } from '../../fuzz/mutate';

export const SEED = 20261201;
export const RUNS = Number(process.env.INCREMENTAL_RUNS) > 0 ? Number(process.env.INCREMENTAL_RUNS) : 0;
export const NOW = new Date(Date.UTC(2026, 2, 15));

export const bases = (): string[] => [
  SISR,
  ...exampleTexts().map((e) => e.text),
  generateDossier({ realisations: 5, seed: 11 }),
  generateDossier({ realisations: 12, seed: 12 })
];

/** Edits as a person makes them (letters, words) and the characters that change YAML structure. */
export const typed = fc.constantFrom('a', 'e', 'é', ' ', 'x', 'B1.', '1', 'du 01/02/2025', 'intitule: ', '’');
export const structural = fc.constantFrom(
  ':', ': ', '-', '- ', ' ', '  ', '\n', '\r\n', '\r', '\t', '#', ' #', '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '!', '!!str ',
  '|', '|+', '>-', '"', "'", '?', '? ', '%', '---\n', '...\n', '\uFEFF', '__proto__: ', 'session: 2026\n', 'realisations:\n',
  '\n  - id: nouveau\n    intitule: x\n', '\n- id: z\n', '\nstages:\n  - organisation: X\n', '  - ', '\n  # note\n', '\n\n'
);
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'replace', 'dupLine', 'dropLine', 'indent', 'dedent'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 30 }),
  text: fc.oneof({ weight: 3, arbitrary: typed }, { weight: 2, arbitrary: structural }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) })
}) as fc.Arbitrary<Mutation>;

export function observable(p: ParsedDossier): unknown {
  // Diagnostics first: they must not depend on the Document being assembled (core/incremental
  // assembles it on first read).
  const diagnostics = validateDossier(p, { now: NOW });
  return { text: p.text, refused: p.refused, findings: p.findings, data: p.data, model: p.model, doc: documentTree(p.doc), diagnostics };
}

