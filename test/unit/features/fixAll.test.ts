/**
 * « Corriger tout » (source.fixAll): every unambiguous quick fix of the dossier in one edit; the
 * repeated diagnostics stay listed one by one, but one action clears them all.
 */
import assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver-types';
import { fixAllAction, fixAllEdits } from '../../../server/src/core/features/fixAll';
import { docOf } from '../../support/cursor';
import { applied, diagnostics, options, parse, SISR } from '../../support/features';

/** SISR with `n` réalisations, each dated with « - » between the dates (a real student's habit). */
function dashed(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - id: r${i}\n    intitule: Réalisation ${i}\n    cadre: formation\n    periode: 14/10/2024 - 25/10/2024\n    competences: [B1.1]\n`);
  return SISR.slice(0, SISR.indexOf('realisations:\n') + 'realisations:\n'.length) + items.join('');
}

describe('fix all (source.fixAll)', () => {
  it('fourteen identical period errors are listed one by one and cleared by one action', () => {
    const doc = docOf(dashed(14));
    const before = diagnostics(doc).filter((d) => d.code === 'date-format');
    assert.equal(before.length, 14);
    const action = fixAllAction(doc, parse(doc), diagnostics(doc), options());
    assert.ok(action);
    assert.equal(action!.kind, CodeActionKind.SourceFixAll);
    assert.equal(action!.title, 'Corriger tout (14 problèmes)');
    const after = applied(doc, action!.edit);
    assert.deepEqual(diagnostics(after).filter((d) => d.code === 'date-format'), []);
    assert.equal(after.getText().match(/periode: du 14\/10\/2024 au 25\/10\/2024/g)?.length, 14);
  });

  it('leaves a diagnostic with several equal suggestions for the student to choose', () => {
    // `B9.1` has no single right replacement; the period next to it is still fixed.
    const doc = docOf(SISR.replace('competences: [B1.1, B1.2.1]', 'competences: [B1.1, B9.1]').replace('du 07/10/2024 au 18/10/2024', '07/10/2024 - 18/10/2024'));
    const unknown = diagnostics(doc).filter((d) => d.code === 'competence-unknown');
    assert.equal(unknown.length, 1);
    const { fixed } = fixAllEdits(doc, parse(doc), diagnostics(doc), options());
    assert.deepEqual(fixed.map((d) => d.code), ['date-format']);
    const after = applied(doc, fixAllAction(doc, parse(doc), diagnostics(doc), options())!.edit);
    assert.deepEqual(diagnostics(after).map((d) => d.code).filter((c) => c === 'competence-unknown' || c === 'date-format'), ['competence-unknown']);
  });

  it('offers nothing for a dossier without fixable problems, and says « Fix all » in English', () => {
    const ok = docOf(SISR);
    assert.equal(fixAllAction(ok, parse(ok), diagnostics(ok), options()), null);
    const doc = docOf(dashed(2));
    assert.equal(fixAllAction(doc, parse(doc), diagnostics(doc, 'en'), options('en'))!.title, 'Fix all (2 problems)');
  });

  it('two fixes of the same text are applied once (no doubled rewrite)', () => {
    const doc = docOf(dashed(1));
    const d = diagnostics(doc).find((x) => x.code === 'date-format')!;
    const { edits, fixed } = fixAllEdits(doc, parse(doc), [d, { ...d }], options());
    assert.equal(edits.length, 1);
    assert.equal(fixed.length, 2);
  });
});
