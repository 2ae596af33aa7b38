/** The fiches part of the status bar (« Fiches : 2/2 ✓ »), computed from the dossier as the fiche rules see it. */
import assert from 'node:assert/strict';
import { fichesStatus } from '../../../server/src/core/coverage';
import { parseDossier } from '../../../server/src/core/parse';
import { ruleContext } from '../../../server/src/core/validate';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const example = (name: string) => readFileSync(path.join(__dirname, '../../../examples', name), 'utf8');
const statusOf = (text: string) => {
  const parsed = parseDossier(text);
  const ctx = ruleContext(parsed, { now: new Date(2026, 0, 15), settings: { coverageSub: 'information' } as never });
  return fichesStatus(ctx.catalog, ctx.model);
};

describe('fiches status of a dossier', () => {
  it('a complete BTS SIO example has its two fiches and nothing missing', () => {
    assert.deepEqual(statusOf(example('lea-martin-sisr.sio.yaml')), { count: 2, expected: 2, missing: [] });
  });

  it('one fiche removed: 1/2, and the bloc-2 competences it leaves uncovered', () => {
    const text = example('lea-martin-sisr.sio.yaml');
    const s = statusOf(text.slice(0, text.indexOf('    fiche:\n      numero: 1')) + text.slice(text.indexOf('  - id: supervision')));
    assert.equal(s?.count, 1);
    // The fiche left (supervision: B2.2, B2.3) does not reach B2.1.
    assert.deepEqual(s?.missing, ['B2.1']);
  });

  it('the MC SNO has no fiches: nothing to show', () => {
    assert.equal(statusOf(example('ines-petit-mc-sno.sio.yaml')), null);
  });
});
