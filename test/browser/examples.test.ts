/**
 * The preview of the bundled example dossiers, from the real table model (core → model →
 * page), in headless Chromium: every réalisation of the file appears in its group with its
 * canonical period, and a screenshot of each lands in test-output/ for a person to compare
 * with the official tableau de synthèse.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDossier } from '../../server/src/core/parse';
import { buildSynthese } from '../../server/src/core/table/build';
import { openStandalone, startHarness, type Harness } from './previewHarness';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output');

function exampleModel(name: string) {
  const text = readFileSync(path.join(ROOT, 'examples', name), 'utf8');
  return { text, model: buildSynthese(parseDossier(text), new Date('2026-11-26T10:00:00Z')) };
}

describe('preview of the example dossiers', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h?.close(); });

  for (const name of ['lea-martin-sisr.sio.yaml', 'hugo-bernard-slam.sio.yaml', 'ines-petit-mc-sno.sio.yaml']) {
    it(`${name}: every réalisation in its group, periods as the form prints them (du JJ/MM/AA au JJ/MM/AA), screenshot saved`, async () => {
      const { text, model } = exampleModel(name);
      const ids = [...text.matchAll(/^  - id: (\S+)$/gm)].map((m) => m[1]);
      const { page } = await openStandalone(h, model);
      const shown = await page.locator('table.synthese').first().locator('tr.realisation').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.realisation));
      assert.deepEqual([...shown].sort(), [...ids].sort());
      const body = await page.locator('body').innerText();
      for (const m of text.matchAll(/periode: (du \d\d\/\d\d\/\d{4} au \d\d\/\d\d\/\d{4}|le \d\d\/\d\d\/\d{4})$/gm)) {
        const printed = m[1].replace(/(\d\d\/\d\d\/)\d\d(\d\d)/g, '$1$2');
        if (text.indexOf(m[0]) > text.indexOf('realisations:')) assert.ok(body.includes(printed), `période ${printed}`);
      }
      assert.match(body, new RegExp(model.candidat.nom));
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: path.join(OUT, `preview-${name.replace('.sio.yaml', '')}.png`), fullPage: true });
      await page.close();
    });
  }
});
