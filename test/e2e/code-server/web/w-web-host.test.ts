/**
 * (w) Dossier SIO in VS Code for the Web (issue 26): the browser-only package
 * (scripts/build-web-vsix.mjs, no `main`) runs in code-server's web-worker extension host, its
 * language server in a Web Worker. `npm run test:e2e:web` first plays the Node suite's own
 * scenario files in that host (diagnostics, completion, preview, review, fix all, class view…:
 * the review files and the class's closed dossiers come through the client's `workspace.fs`),
 * then this file: what only the web host does, and last, that no Node process ran the server.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../../commandTitle';
import { preview, site } from '../../scenarios';
import { env } from '../env';
import { useWorkbench } from '../useWorkbench';

/** Command lines of the processes running a Dossier SIO language server from the installed extension. */
function nodeServers(): string[] {
  const ext = process.env.SIO_E2E_EXTENSIONS ?? 'extensions';
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(ext) && /dist[\\/]server\.js/.test(l));
}

describe('e2e code-server (w) VS Code pour le Web : hôte web-worker', () => {
  const wb = useWorkbench('w-web-host');

  it(`(w-c) ${preview.title}, et suit une modification`, async () => {
    await wb().openFile(preview.file);
    await wb().runCommand(commandTitles(preview.command));
    const body = wb().webview().locator('body');
    const shows = (needles: string[]) => async () => {
      const t = await body.innerText({ timeout: 2_000 }).catch(() => '');
      return needles.every((n) => t.includes(n)) ? t : undefined;
    };
    await wb().untilOrError(`l'aperçu montrant ${JSON.stringify(preview.expectedText)}`, shows(preview.expectedText), 60_000);
    // The student edits the réalisation's title: the preview follows.
    await wb().showTab(path.basename(preview.file));
    const lines = fs.readFileSync(path.join(env.workspace, preview.file), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('intitule: Application de gestion des stages'));
    assert.ok(at >= 0);
    await wb().goTo(at + 1, lines[at].length + 1);
    await wb().page.keyboard.type(' en ligne');
    await wb().untilOrError('l’aperçu suivant la modification', shows(['Application de gestion des stages en ligne']), 30_000);
    await wb().screenshot('w-c-preview');
  });

  it('(w-d) les exports qui demandent Node sont absents de la palette, l’aperçu y est', async () => {
    const page = wb().page;
    // The dossier's editor in front: the palette then offers every command of a dossier.
    await wb().showTab(path.basename(preview.file));
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Dossier SIO');
    const labels = await wb().untilOrError('les commandes Dossier SIO dans la palette', async () => {
      const l = (await page.locator('.quick-input-widget .monaco-list-row .label-name').allTextContents()).map((s) => s.trim());
      return l.some((x) => commandTitles(preview.command).includes(x)) ? l : (await input.fill('>'), await input.fill('>Dossier SIO'), undefined);
    }, 30_000);
    for (const c of [site.command]) {
      const titles = commandTitles(c);
      assert.ok(!labels.some((l) => titles.includes(l)), `${c} ne doit pas être proposé dans le navigateur : ${labels.join(' | ')}`);
    }
    // The PDF and the spreadsheet are made in the browser: scenarios (d) and (j), played before in
    // this host, run their commands from the palette.
    await page.keyboard.press('Escape');
    // The refused site wrote nothing.
    assert.ok(!fs.existsSync(path.join(env.workspace, site.index)));
  });

  it('(w-f) aucun processus Node ne fait tourner le serveur de langage', () => {
    assert.deepEqual(nodeServers(), []);
  });
});
