/**
 * A dossier of 200 réalisations (the largest the brief expects) must not make typing sluggish:
 * each editor feature answers well under the budget. CPU time is measured, not wall time, so
 * a loaded test machine does not make the test flaky; a quadratic algorithm still fails it.
 */
import assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { completion } from '../../../server/src/core/features/completion';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { hover } from '../../../server/src/core/features/hover';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { references } from '../../../server/src/core/features/references';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { docOf } from '../../support/cursor';
import { diagnostics, options, parse, SISR } from '../../support/features';

/** Per call, in CPU milliseconds: about 20 times what a 200-réalisation dossier takes today. */
const BUDGET_MS = 200;

function cpu<T>(what: string, f: () => T): T {
  const c0 = process.cpuUsage();
  const out = f();
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  assert.ok(ms < BUDGET_MS, `${what}: ${ms.toFixed(1)} ms of CPU (budget ${BUDGET_MS} ms)`);
  return out;
}

describe('a dossier of 200 réalisations', () => {
  const ids = ['B1.1', 'B1.2.1', 'B1.3', 'B1.4.2', 'B1.5', 'B1.6.1', 'B2.1', 'B3.2'];
  let text = SISR;
  for (let i = 0; i < 200; i++) {
    text += `  - id: r${i}\n    intitule: Réalisation ${i}\n    cadre: formation\n    periode: du 0${1 + (i % 9)}/10/2024 au 1${i % 9}/10/2024\n    competences: [${ids[i % 8]}, ${ids[(i + 3) % 8]}]\n`;
  }
  const doc = docOf(text);
  const parsed = parse(doc);
  const o = options();
  const last = doc.lineCount - 2;
  const onId = { line: last, character: 19 };
  // Warm up the référentiel catalog once, as the server does on its first dossier.
  completion(doc, parsed, onId, o);

  it('every feature answers within budget, with complete results', () => {
    assert.ok(cpu('completion', () => completion(doc, parsed, onId, o)).items.length > 50);
    assert.ok(cpu('hover', () => hover(doc, parsed, onId, o)));
    assert.equal(cpu('symbols', () => documentSymbols(doc, parsed, o)).find((s) => s.name === 'realisations')!.children!.length, 202);
    assert.ok(cpu('folding', () => foldingRanges(doc, parsed)).length > 200);
    assert.equal(cpu('inlay hints', () => inlayHints(doc, parsed, { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } }, o)).length, 404);
    assert.equal(cpu('code lens', () => codeLenses(doc, parsed, o)).length, 1);
    assert.ok(cpu('references', () => references(doc, parsed, onId, o)).length >= 50);
    cpu('code actions', () => codeActions(doc, parsed, diagnostics(doc), o));
  });
});
