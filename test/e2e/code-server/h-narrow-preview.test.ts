import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { until } from '../poll';
import { narrowPreview } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (h) aperçu étroit', () => {
  const wb = useWorkbench('h-narrow-preview');

  it(narrowPreview.title, async () => {
    await wb().openFile(narrowPreview.file);
    await wb().runCommand(commandTitles(narrowPreview.command));
    const view = wb().webview();
    await view.locator('table.synthese').waitFor({ timeout: 60_000 });
    // The preview opened beside the editor: back to the editor (first group), cursor in the réalisation.
    await wb().page.keyboard.press('Control+1');
    const line = fs.readFileSync(path.join(env.workspace, narrowPreview.file), 'utf8').split('\n').indexOf(narrowPreview.line);
    assert.ok(line >= 0, `« ${narrowPreview.line} » introuvable dans ${narrowPreview.file}`);
    await wb().goTo(line + 1, 5);
    const row = view.locator(`tr.realisation.is-highlighted[data-realisation="${narrowPreview.realisationId}"]`);
    await row.waitFor({ timeout: 30_000 });
    // Every mark of the highlighted row lies inside the panel, clear of the sticky first column.
    const seen = await until('les croix de la ligne surlignée dans le panneau', async () => {
      const boxes = await row.evaluate((tr) => {
        const first = tr.querySelector('th.intitule')!.getBoundingClientRect();
        return {
          width: document.documentElement.clientWidth,
          height: document.documentElement.clientHeight,
          firstRight: first.right,
          ticks: Array.from(tr.querySelectorAll('td.is-ticked')).map((td) => {
            const r = td.getBoundingClientRect();
            return { id: (td as HTMLElement).dataset.competence, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          })
        };
      });
      const inside = boxes.ticks.every((t) => t.left >= boxes.firstRight - 1 && t.right <= boxes.width + 1 && t.top >= 0 && t.bottom <= boxes.height + 1);
      return boxes.ticks.length > 0 && inside ? boxes : undefined;
    }, 15_000);
    assert.ok(seen.width < 800, `panneau de ${seen.width} px : l’aperçu n’est pas à côté de l’éditeur`);
    await wb().screenshot('h-apercu-etroit');
  });
});
