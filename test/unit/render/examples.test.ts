/**
 * The shipped examples, through the real parser and table builder, render completely:
 * every réalisation has its row, every fiche its form, and no "undefined"/"null" leaks
 * into what the student reads.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../../server/src/core/parse';
import { buildSynthese } from '../../../server/src/core/table/build';
import { renderSyntheseBody } from '../../../server/src/products/render/syntheseHtml';

const examples = path.resolve(__dirname, '..', '..', '..', 'examples');

describe('preview of the shipped examples', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.sio.yaml'));

  it('there are examples to render', () => assert.ok(files.length >= 3));

  for (const file of files) {
    it(`${file}: one row per réalisation, one form per fiche, nothing undefined`, () => {
      const model = buildSynthese(parseDossier(readFileSync(path.join(examples, file), 'utf8')), new Date('2026-03-01T12:00:00Z'));
      const html = renderSyntheseBody(model);
      const rows = model.groups.reduce((n, g) => n + g.rows.length, 0) + model.grids.reduce((n, g) => n + g.rows.length, 0);
      assert.equal((html.match(/<tr class="realisation"/g) ?? []).length, rows);
      assert.equal((html.match(/<section class="fiche"/g) ?? []).length, model.fiches.length);
      const text = html.replace(/<[^>]*>/g, ' ');
      assert.doesNotMatch(text, /\bundefined\b|\bnull\b|\[object Object\]|NaN/);
    });
  }
});
