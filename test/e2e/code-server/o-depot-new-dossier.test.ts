import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { depotNewDossier as o } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (o) dépôt d’un nouveau dossier inchangé', () => {
  const wb = useWorkbench('o-depot-new-dossier');

  it(o.title, async () => {
    const file = path.join(env.workspace, o.file);
    fs.rmSync(file, { force: true });
    await wb().runCommand(commandTitles(o.command), { asksMore: true });
    await wb().pickQuickItem('Nouveau fichier dans');
    await wb().answerInput(o.name, 'Nom du fichier');
    await wb().page.locator('.tabs-container .tab.active', { hasText: o.file }).waitFor();

    // The only change: each stage gets its attestation, and the files exist (written on disk,
    // the editor reloads the saved file).
    let n = 0;
    const text = fs.readFileSync(file, 'utf8').replace(/^( {4}annee: \d)$/gm, (line) => `${line}\n    attestation: ${o.attestations[n++]}`);
    for (const a of o.attestations) {
      fs.mkdirSync(path.dirname(path.join(env.workspace, a)), { recursive: true });
      fs.writeFileSync(path.join(env.workspace, a), '%PDF-1.4\n%attestation\n');
    }
    fs.writeFileSync(file, text);

    // The « Dépôt » view of the Explorer (« Deposit » in an English workbench).
    await wb().page.keyboard.press('Control+Shift+E');
    const header = wb().page.locator('.pane-header', { hasText: /^(Dépôt|Deposit)/i }).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const pane = wb().page.locator('.pane', { has: header }).first();
    await wb().untilOrError(`la vue « Dépôt » montrant ${JSON.stringify(o.expectedInView)}`, async () => {
      const shown = await pane.innerText({ timeout: 2_000 }).catch(() => '');
      return o.expectedInView.every((t) => shown.includes(t)) ? shown : undefined;
    }, 90_000);
    await wb().screenshot('o-depot-nouveau-dossier');
  });
});
