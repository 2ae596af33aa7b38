/**
 * A réalisation without `cadre` (issue 25): the preview used to put it in a group the official
 * form does not have (« Réalisations dont le cadre n’est pas précisé »). It now sits where the
 * form would take it — the declared stage its period falls in, else « en cours de formation » —
 * marked as the error the Problems view shows.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { renderSyntheseBody } from '../../../server/src/products/render/syntheseHtml';

const LEA = readFileSync(path.join(__dirname, '../../../examples/lea-martin-sisr.sio.yaml'), 'utf8');
const INES = readFileSync(path.join(__dirname, '../../../examples/ines-petit-mc-sno.sio.yaml'), 'utf8');
const NOW = new Date('2026-03-01T12:00:00Z');

/** The ids of each group's rows, and the rows marked as errors. */
function layout(text: string) {
  const model = buildSynthese(parseDossier(text), NOW);
  const html = renderSyntheseBody(model);
  return {
    model,
    html,
    groups: model.groups.map((g) => [g.cadre, g.rows.map((r) => r.id)] as const),
    errors: [...html.matchAll(/<tr class="realisation is-error"[^>]*data-realisation="([^"]+)"/g)].map((m) => m[1])
  };
}

/** Remove the `cadre:` line of réalisation `id`. */
function withoutCadre(text: string, id: string): string {
  return text.replace(new RegExp(`(- id: ${id}\\n(?:      .*\\n|    (?!cadre:).*\\n)*?)    cadre: [\\w-]+\\n`), '$1');
}

describe('preview: a réalisation without cadre', () => {
  it('stays in its official group by its period (a stage of year 2), marked as an error, with no invented group', () => {
    const before = layout(LEA);
    const stage2 = before.groups.find(([c]) => c === 'stage-2')![1][0];
    const after = layout(withoutCadre(LEA, stage2));
    assert.notEqual(after, before);
    assert.deepEqual(after.groups, before.groups, 'same places as with its cadre');
    assert.deepEqual(after.errors, [stage2]);
    assert.match(after.html, /Erreur : cadre non précisé \(formation, stage-1 ou stage-2\)/);
    assert.doesNotMatch(after.html, /cadre n’est pas précisé/);
    assert.deepEqual(after.model.groups.map((g) => g.cadre), ['formation', 'stage-1', 'stage-2']);
  });

  it('a réalisation outside every declared stage is placed « en cours de formation »', () => {
    const before = layout(LEA);
    const formation = before.groups.find(([c]) => c === 'formation')![1][0];
    const after = layout(withoutCadre(LEA, formation));
    assert.deepEqual(after.groups, before.groups);
    assert.deepEqual(after.errors, [formation]);
  });

  it('MC SNO: placed in « formation » or « PFMP », never in a third group', () => {
    const before = layout(INES);
    const first = before.model.groups.flatMap((g) => g.rows)[0].id;
    const after = layout(withoutCadre(INES, first));
    assert.deepEqual(after.model.groups.map((g) => g.title), before.model.groups.map((g) => g.title));
    assert.equal(after.model.groups.length, 2);
    assert.deepEqual([...new Set(after.errors)], [first], "the tableau and each bloc grid mark it");
  });
});
