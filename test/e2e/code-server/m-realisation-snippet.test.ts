import * as fs from 'node:fs';
import * as path from 'node:path';
import { realisationSnippet as scenario } from '../scenarios';
import { env } from './env';
import { until } from '../poll';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (m) extrait réalisation', () => {
  const wb = useWorkbench('m-realisation-snippet');

  it(scenario.title, async () => {
    const lines = fs.readFileSync(path.join(env.workspace, scenario.file), 'utf8').split('\n');
    const line = lines.findIndex((l) => l === scenario.line);
    if (line < 0) throw new Error(`ligne « ${scenario.line} » absente de ${scenario.file}`);
    await wb().openFile(scenario.file);
    await wb().goTo(line + 1, scenario.line.length + 1);
    await wb().completionLabels([scenario.snippet]);
    await wb().page.locator('.suggest-widget .monaco-list-row', { hasText: scenario.snippet }).first().click();
    const page = wb().page;
    await until(`l'extrait inséré (« ${scenario.insertedIncludes} »)`, async () => {
      const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
      return text.replace(/\u00a0/g, ' ').includes(scenario.insertedIncludes) ? text : undefined;
    }, 15_000);
    // Tab through the stops, as a student who leaves them for later; a choice (cadre, modalité)
    // opens its own list, which Escape closes without leaving the snippet.
    const widget = page.locator('.editor-widget.suggest-widget');
    for (let i = 0; i < scenario.stopsBeforeCompetences; i++) {
      if (await widget.isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
    }
    // No Ctrl+Space here: the list must open by itself.
    const shown = await until(`la liste des compétences ouverte d'elle-même (${scenario.expectedLabels.join(', ')})`, async () => {
      if (!(await widget.isVisible())) return undefined;
      const labels = (await page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents()).map((s) => s.trim());
      return scenario.expectedLabels.every((l) => labels.includes(l)) ? labels : undefined;
    }, 15_000, 250);
    if (!shown.length) throw new Error('liste vide');
    await wb().screenshot('m-realisation-snippet');
  });
});
