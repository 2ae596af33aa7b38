/**
 * A closed workspace file, once checked, leaves nothing in the piece cache (handlers/workspace.ts
 * forgets it): a teacher's folder of a whole class would otherwise keep every dossier's yaml
 * trees for the session. Forgetting is only a shortcut lost: an open dossier whose pieces share
 * a forgotten text (a réalisation copied from a classmate) still gets a full parse's diagnostics.
 */
import { strict as assert } from 'node:assert';
import { cachedPieceChars, forgetPieces } from '../../../../server/src/core/incremental';
import { parseDossier } from '../../../../server/src/core/parse';
import { validateDossier } from '../../../../server/src/core/validate';
import { generateDossier } from '../../../support/generate';

const NOW = new Date(Date.UTC(2026, 2, 15));
const diagnostics = (text: string, incremental: boolean) => validateDossier(parseDossier(text, { incremental }), { now: NOW });

describe('forgetting a closed file’s pieces', () => {
  it('gives back the cache’s memory for the files checked, and the same diagnostics for an open dossier sharing their pieces', () => {
    const closed = [1, 2, 3].map((seed) => generateDossier({ realisations: 30, seed: 100 + seed }));
    // The open dossier: the first closed one with a mistyped competence in its 10th réalisation.
    const at = closed[0].indexOf('competences:', closed[0].length / 3);
    const open = closed[0].slice(0, at) + closed[0].slice(at).replace(/B1\.\d/, 'B1.9');
    assert.notEqual(open, closed[0]);

    const before = cachedPieceChars();
    for (const t of closed) parseDossier(t, { incremental: true });
    const held = cachedPieceChars() - before;
    assert.ok(held >= closed.reduce((n, t) => n + t.length, 0) * 0.9, `the pieces of the 3 files are cached (${held} characters)`);

    parseDossier(open, { incremental: true });
    for (const t of closed) forgetPieces(t);
    const left = cachedPieceChars() - before;
    // Only the edited réalisation's piece (not in any closed file) stays.
    assert.ok(left > 0 && left < 2_000, `after forgetting, ${left} characters are left`);

    const edited = diagnostics(open, true);
    assert.deepEqual(edited, diagnostics(open, false));
    assert.ok(edited.some((f) => /B1\.9/.test(f.message.fr)), 'the mistyped competence is reported');
  });
});
