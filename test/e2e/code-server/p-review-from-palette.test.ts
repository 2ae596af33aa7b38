import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { commandTitles } from '../commandTitle';
import { reviewFromPalette as s } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (p) relire un dossier depuis la palette', () => {
  const wb = useWorkbench('p-review-from-palette');

  it(s.title, async () => {
    await wb().openFile(s.file);
    // The palette creates the review beside the dossier and asks the reviewer's name once.
    await wb().runCommand(commandTitles(s.command), { asksMore: true });
    await wb().answerInput(s.reviewer, 'Votre nom');
    await wb().page.locator('.tabs-container .tab.active', { hasText: s.reviewFile }).first().waitFor();
    await wb().appendLinesAndSave(s.lines);
    const saved = fs.readFileSync(path.join(env.workspace, s.reviewFile), 'utf8');
    const review = parse(saved) as { relecteur: string; remarques: { message: string }[] };
    assert.equal(review.relecteur, s.reviewer);
    assert.equal(review.remarques[0].message, 'Période : à préciser avec le tuteur', `la remarque avec « : » est une valeur :\n${saved}`);

    // The dossier: CodeLens and status bar.
    await wb().showTab(s.file);
    const lens = await wb().untilOrError(`la CodeLens « ${s.counts} »`, async () => {
      const t = await wb().page.locator('.monaco-editor .codelens-decoration').allInnerTexts();
      return t.find((x) => x.includes(s.counts));
    });
    const status = await wb().untilOrError(`la barre d’état « ${s.counts} »`, async () => {
      const t = await wb().page.locator('.statusbar-item').allInnerTexts();
      return t.find((x) => x.includes(s.counts));
    });
    await wb().screenshot('p-relire-dossier');

    // The class view's row.
    await wb().runCommand(commandTitles('sio.showClassView'));
    const view = wb().webview();
    const cell = await wb().untilOrError(`la ligne de ${s.candidate} dans la vue de classe`, async () => {
      const heads = (await view.locator('thead th').allInnerTexts().catch(() => [] as string[])).map((h) => h.trim());
      const col = heads.indexOf('Couverture');
      if (col < 0) return undefined;
      const row = view.locator('tbody tr', { hasText: s.candidate }).first();
      const text = await row.locator('th, td').nth(col).innerText({ timeout: 2_000 }).catch(() => '');
      return text === s.classCell ? text : undefined;
    });
    await wb().screenshot('p-relire-vue-de-classe');
    assert.ok(lens.includes(s.counts) && status.includes(s.counts) && cell === s.classCell);
  });
});
