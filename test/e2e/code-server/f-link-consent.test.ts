import * as assert from 'node:assert/strict';
import { commandTitles } from '../commandTitle';
import { stillAbsent } from '../poll';
import { previewLink } from '../scenarios';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (f) lien de l’aperçu', () => {
  const wb = useWorkbench('f-link-consent');

  it(previewLink.title, async () => {
    const page = wb().page;
    // Whatever would reach the link's site — a new tab, a navigation of a frame — is recorded
    // (and refused: the CI has no network anyway).
    const reached: string[] = [];
    page.context().on('page', (p) => reached.push(`onglet ${p.url()}`));
    await page.context().route(/portfolio\.example\.org/, (route) => {
      reached.push(`requête ${route.request().url()}`);
      return route.abort();
    });
    await wb().openFile(previewLink.file);
    await wb().runCommand(commandTitles(previewLink.command));
    const link = wb().webview().locator(`a[data-href="${previewLink.link}"]`);
    await link.waitFor({ timeout: 60_000 });
    // The page is drawn before its script runs: a click before the script's handler is there
    // goes to the webview host instead (seen once in CI, no prompt at all).
    await wb().webview().locator('html[data-preview-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    await link.click();

    const dialogs = page.locator('.monaco-dialog-box');
    await dialogs.first().waitFor({ state: 'visible', timeout: 20_000 });
    await wb().screenshot('f-lien-confirmation');
    assert.equal(await dialogs.count(), 1, 'une seule confirmation');
    assert.match(await dialogs.first().innerText(), /portfolio\.example\.org/);
    assert.deepEqual(reached, [], 'rien ne s’ouvre avant l’accord');

    await dialogs.first().getByRole('button', { name: /^(Annuler|Cancel)$/ }).click();
    await dialogs.first().waitFor({ state: 'hidden' });
    // Nothing opens after Cancel, and no second prompt comes from another path.
    await stillAbsent('ouvert malgré « Annuler »', async () => (reached.length ? reached : undefined), 4_000);
    assert.equal(await dialogs.count(), 0, 'pas de seconde confirmation');
    await wb().screenshot('f-lien-annule');
  });
});
