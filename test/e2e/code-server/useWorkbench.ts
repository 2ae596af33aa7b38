/**
 * Gives each scenario file its own workbench tab (a fresh page on the same workspace), and
 * saves a screenshot of any failing test to test-output/e2e/ so the failure can be seen.
 */
import { Workbench } from './workbench';

export function useWorkbench(name: string): () => Workbench {
  let wb: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    wb = await Workbench.open();
  });
  afterEach(async function () {
    const t = this.currentTest;
    if (wb && t && t.state === 'failed') {
      const file = await wb.screenshot(`ECHEC-${name}-${t.title}`).catch(() => undefined);
      if (file) console.log(`      capture d'écran de l'échec : ${file}`);
    }
  });
  after(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('workbench non ouvert');
    return wb;
  };
}
