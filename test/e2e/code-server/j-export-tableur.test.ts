import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { exportTableur } from '../scenarios';
import { csvOf } from '../../support/soffice';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

describe('e2e code-server (j) export tableur', () => {
  const wb = useWorkbench('j-export-tableur');

  it(exportTableur.title, async () => {
    const file = path.join(env.workspace, exportTableur.pdf);
    fs.rmSync(file, { force: true });
    await wb().openFile(exportTableur.file);
    await wb().runCommand(commandTitles(exportTableur.command));
    await wb().untilOrError(`le fichier ${exportTableur.pdf}`, async () => (fs.existsSync(file) && fs.statSync(file).size > 1000 ? true : undefined), 60_000);
    // What a spreadsheet application shows (LibreOffice headless, installed with the project's tools).
    const csv = csvOf(file);
    for (const t of exportTableur.expectedText) assert.ok(csv.includes(t), `« ${t} » absent du tableur : ${csv.slice(0, 300)}…`);
    await wb().screenshot('j-export-tableur');
  });
});
