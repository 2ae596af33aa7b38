import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { classView } from '../scenarios';
import { until } from '../poll';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (k) vue de classe', () => {
  const wb = useWorkbench('k-class-view');

  it(classView.title, async () => {
    // A teacher opens the class folder and a dossier, then finds the view in the palette.
    await wb().openFile(classView.file);
    await wb().runCommand(commandTitles(classView.command));
    const view = wb().webview();
    // The « Remarques » column, found by its header (other columns may follow it).
    const remarksOf = async () => {
      const heads = (await view.locator('thead th').allInnerTexts()).map((h) => h.trim());
      const col = heads.indexOf(classView.remarksColumn);
      if (col < 0) return NaN;
      const row = view.locator('tbody tr', { hasText: classView.reviewed }).first();
      return Number(await row.locator('th, td').nth(col).innerText({ timeout: 2_000 }));
    };
    await wb().untilOrError(`la vue de classe listant ${JSON.stringify(classView.expectedNames)}`, async () => {
      const text = await view.locator('table.classe').innerText({ timeout: 2_000 }).catch(() => '');
      return classView.expectedNames.every((n) => text.includes(n)) && (await remarksOf()) === classView.remarksBefore ? text : undefined;
    }, 60_000);
    await wb().screenshot('k-class-view-avant');

    // The teacher adds a remark in the review file and saves: the view counts it, no button pressed.
    await wb().openFile(classView.reviewFile);
    await wb().appendLinesAndSave(classView.addedRemark);
    const saved = fs.readFileSync(path.join(env.workspace, classView.reviewFile), 'utf8');
    assert.ok(saved.endsWith(`${classView.addedRemark.join('\n')}`), `fichier enregistré :\n${saved}`);
    await wb().showTab('Vue de classe');
    await wb().untilOrError(`${classView.remarksBefore + 1} remarques pour ${classView.reviewed}`, async () => {
      const n = await remarksOf().catch(() => NaN);
      return n === classView.remarksBefore + 1 ? n : undefined;
    }, 30_000);
    // Scrolled to the « Remarques » column: the candidate column stays in view.
    await view.locator('.scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await wb().screenshot('k-class-view-apres');
  });

  it('le menu de la barre d’état ouvre aussi la vue de classe', async () => {
    // Close the view of the first test, then reach it from the status bar of a dossier.
    await wb().showTab('Vue de classe');
    await wb().page.locator('.tabs-container .tab.active .tab-actions .action-label').first().click();
    await wb().page.locator('.tabs-container .tab', { hasText: 'Vue de classe' }).waitFor({ state: 'detached' });
    await wb().showTab(classView.file); // opened by the first test
    await wb().page.locator('.statusbar-item', { hasText: classView.statusItem }).first().click();
    await wb().pickQuickItem(classView.menuEntry);
    await wb().page.locator('.tabs-container .tab.active', { hasText: 'Vue de classe' }).waitFor();
    const view = wb().webview();
    await wb().untilOrError('la vue de classe ouverte depuis la barre d’état', async () => {
      const text = await view.locator('table.classe').innerText({ timeout: 2_000 }).catch(() => '');
      return text.includes(classView.reviewed) ? text : undefined;
    }, 60_000);
    await wb().screenshot('k-class-view-barre-etat');
  });

  it('un clic droit sur un dossier de l’explorateur ouvre la vue de classe de ce dossier seulement', async () => {
    const page = wb().page;
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: classView.folder }).first().click({ button: 'right' });
    // The context menu shows the title without its category, in either language.
    const titles = commandTitles(classView.command).map((t) => t.slice(t.indexOf(':') + 1).trim());
    const entry = page.locator('.context-view .monaco-menu .action-label').filter({ hasText: new RegExp(`^(${titles.map((t) => t.replace(/[()]/g, '\\$&')).join('|')})$`) });
    // A menu ignores a click that comes while it is still opening: hover the entry, then Enter,
    // until the view's tab shows.
    await until('la vue de classe du dossier ouverte depuis le menu contextuel', async () => {
      if (await page.locator('.tabs-container .tab.active', { hasText: classView.folder }).count()) return true;
      if (await entry.first().isVisible()) {
        await entry.first().hover();
        await page.keyboard.press('Enter');
      }
      return undefined;
    }, 20_000, 1_000);
    const view = wb().webview();
    const text = await wb().untilOrError(`la vue de classe de ${classView.folder}`, async () => {
      const t = await view.locator('table.classe').innerText({ timeout: 2_000 }).catch(() => '');
      return classView.folderNames.every((n) => t.includes(n)) ? t : undefined;
    }, 60_000);
    assert.ok(!text.includes(classView.reviewed), `${classView.reviewed} is not in ${classView.folder}`);
    await wb().screenshot('k-class-view-dossier');
  });
});
