import { fixAll } from '../scenarios';
import { until } from '../poll';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (g) corriger tout', () => {
  const wb = useWorkbench('g-fix-all');

  it(fixAll.title, async () => {
    await wb().openFile(fixAll.file);
    const count = (rows: string[]) => rows.filter((r) => r.includes(fixAll.code)).length;
    await wb().filterProblems(fixAll.file);
    // The list is virtual (rows out of view are not in the DOM): the file row's badge gives
    // the number of its problems, the visible rows show that they are period errors.
    const before = await until(`les problèmes ${fixAll.code} de ${fixAll.file}`, async () => {
      const n = await wb().problemCount(fixAll.file);
      const rows = await wb().problemsOf(fixAll.file);
      return n !== undefined && n >= fixAll.count && count(rows) > 0 ? n : undefined;
    }, 60_000);
    await wb().screenshot('g-corriger-tout-avant');
    await wb().openFile(fixAll.file);
    // VS Code's own « Fix All » (source.fixAll): our single action is applied at once.
    await wb().runCommand(['Fix All', 'Corriger tout']);
    // Escape (before Quick Open and the palette) clears the Problems filter when it had the focus.
    await wb().filterProblems(fixAll.file);
    await until(`${fixAll.count} problèmes de moins et plus aucun ${fixAll.code} dans ${fixAll.file}`, async () => {
      const n = await wb().problemCount(fixAll.file);
      const rows = await wb().problemsOf(fixAll.file);
      return n === before - fixAll.count && count(rows) === 0 ? rows : undefined;
    }, 30_000);
    await wb().screenshot('g-corriger-tout-apres');
  });
});
