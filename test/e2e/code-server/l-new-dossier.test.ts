import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { newDossier } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (l) nouveau dossier', () => {
  const wb = useWorkbench('l-new-dossier');

  it(newDossier.title, async () => {
    fs.rmSync(path.join(env.workspace, newDossier.file), { force: true });
    await wb().runCommand(commandTitles(newDossier.command), { asksMore: true });
    // « Nouveau fichier dans « workspace »… », then the file name (its default part is selected).
    await wb().pickQuickItem('Nouveau fichier dans');
    await wb().answerInput(newDossier.name, 'Nom du fichier');
    await wb().page.locator('.tabs-container .tab.active', { hasText: newDossier.file }).waitFor();
    await wb().waitForProblems(newDossier.file, newDossier.expected.map((e) => e.messageIncludes));
    await wb().screenshot('l-new-dossier');
  });
});
