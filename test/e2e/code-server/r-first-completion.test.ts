import { firstCompletion as scenario } from '../scenarios';
import { until } from '../poll';
import { useWorkbench } from './useWorkbench';

/**
 * (r) The first completion after a block typed by hand: the competence list appears, the
 * competences not yet cited first. The time until it shows is printed (issue 25 measured 5.8 s
 * in code-server), not asserted: the machine's load decides it; `npm run bench` has the figure.
 */
describe('e2e code-server (r) première complétion', () => {
  const wb = useWorkbench('r-first-completion');

  it(scenario.title, async () => {
    const page = wb().page;
    await wb().openFile(scenario.file);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    // Typed as a student does, through the editor's auto-indent (Shift+Home types over it).
    for (const line of scenario.typed) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type(line);
    }
    const widget = page.locator('.editor-widget.suggest-widget');
    const labels = async () => (await page.locator('.suggest-widget .monaco-list-row .label-name').allTextContents()).map((s) => s.trim());
    const shown = async (want: string[]) => {
      if (!(await widget.isVisible())) return undefined;
      const l = await labels();
      return want.every((w) => l.includes(w)) ? l : undefined;
    };
    // The space after `competences:` is a trigger character: the list opens without Ctrl+Space.
    const t0 = Date.now();
    await page.keyboard.type(' ');
    const first = await until('la liste des compétences après « competences: »', () => shown(scenario.uncoveredFirst), 30_000, 25);
    const firstMs = Date.now() - t0;
    // The competences the dossier does not cite yet come first, in référentiel order (each one
    // followed by its sub-competences, B1.3.1…).
    const competences = first.filter((l) => /^B\d\.\d$/.test(l));
    assert(competences.slice(0, scenario.uncoveredFirst.length), scenario.uncoveredFirst);
    console.log(`      première complétion : ${firstMs} ms (${first.length} propositions)`);
    await wb().screenshot('r-first-completion');
    // Later completions: `[` (the editor closes it), then a comma after a typed id.
    const later: number[] = [];
    await page.keyboard.press('Escape');
    let t = Date.now();
    await page.keyboard.type('[');
    await until('la liste après « [ »', () => shown(scenario.uncoveredFirst), 30_000, 25);
    later.push(Date.now() - t);
    await page.keyboard.press('Escape');
    await page.keyboard.type('B1.3');
    t = Date.now();
    await page.keyboard.type(', ');
    await until('la liste après « , »', () => shown(['B1.5', 'B1.6']), 30_000, 25);
    later.push(Date.now() - t);
    console.log(`      complétions suivantes : ${later.join(' ms, ')} ms (durées affichées, non vérifiées : elles dépendent de la charge)`);
  });
});

function assert(actual: string[], expected: string[]): void {
  if (actual.join(',') !== expected.join(',')) throw new Error(`ordre attendu ${expected.join(', ')}, obtenu ${actual.join(', ')}`);
}
