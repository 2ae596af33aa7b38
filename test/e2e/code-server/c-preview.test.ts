import { commandTitles } from '../commandTitle';
import { preview } from '../scenarios';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (c) aperçu', () => {
  const wb = useWorkbench('c-preview');

  it(preview.title, async () => {
    await wb().openFile(preview.file);
    await wb().runCommand(commandTitles(preview.command));
    const body = wb().webview().locator('body');
    await wb().untilOrError(`l'aperçu montrant ${JSON.stringify(preview.expectedText)}`, async () => {
      const text = await body.innerText({ timeout: 2_000 });
      return preview.expectedText.every((t) => text.includes(t)) ? text : undefined;
    }, 60_000);
    await wb().webview().locator('table').first().waitFor();
    await wb().screenshot('c-preview');
  });
});
