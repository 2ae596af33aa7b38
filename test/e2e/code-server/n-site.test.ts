import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { site } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (n) portfolio site', () => {
  const wb = useWorkbench('n-site');

  it(site.title, async () => {
    const dir = path.dirname(path.join(env.workspace, site.index));
    fs.rmSync(dir, { recursive: true, force: true });
    await wb().openFile(site.file);
    await wb().runCommand(commandTitles(site.command));
    // The notification offers to open the site: it is shown once the folder is in place.
    await wb().untilOrError('la notification « Site écrit »', async () => {
      const toasts = await wb().page.locator('.notifications-toasts .notification-list-item').allInnerTexts();
      return toasts.find((t) => /Site écrit|Site written/.test(t) && /Ouvrir dans le navigateur|Open in browser/.test(t));
    }, 60_000);
    const home = fs.readFileSync(path.join(env.workspace, site.index), 'utf8');
    for (const t of site.expectedText) assert.ok(home.includes(t), `« ${t} » absent de la page d’accueil`);
    assert.ok(fs.existsSync(path.join(env.workspace, site.realisationPage)), site.realisationPage);
    await wb().screenshot('n-site');
  });
});
