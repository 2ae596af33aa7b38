import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandTitles } from '../commandTitle';
import { exportPdf } from '../scenarios';
import { env } from './env';
import { useWorkbench } from './useWorkbench';

/** The host the extension ran in: the web suite forces the web-worker host (SIO_E2E_WEB). */
const host = process.env.SIO_E2E_WEB ? 'web' : 'node';

describe('e2e code-server (d) export PDF', () => {
  const wb = useWorkbench('d-export-pdf');

  it(exportPdf.title, async () => {
    const pdf = path.join(env.workspace, exportPdf.pdf);
    fs.rmSync(pdf, { force: true });
    await wb().openFile(exportPdf.file);
    await wb().runCommand(commandTitles(exportPdf.command));
    const started = Date.now();
    const head = await wb().untilOrError(`le fichier ${exportPdf.pdf}`, async () => {
      if (!fs.existsSync(pdf)) return undefined;
      const bytes = fs.readFileSync(pdf);
      // Written completely: starts with the PDF header and ends with the trailer marker.
      return bytes.length > 1000 && bytes.subarray(-1024).includes('%%EOF') ? bytes.subarray(0, 5).toString('latin1') : undefined;
    }, 60_000);
    assert.equal(head, '%PDF-');
    // From the command to the complete file, polled every 250 ms: the figure compared between the
    // Node host and the web-worker host (pdfmake's browser build), docs/PERFORMANCE.md.
    const ms = Date.now() - started;
    fs.mkdirSync(path.resolve('test-output'), { recursive: true });
    fs.writeFileSync(path.resolve('test-output', `pdf-export.${host}.json`), JSON.stringify({ host, ms, bytes: fs.statSync(pdf).size, at: new Date().toISOString() }) + '\n');
    // What a reader of the PDF sees (poppler-utils' pdftotext, installed with the project's tools).
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const t of exportPdf.expectedText) assert.ok(text.includes(t), `« ${t} » absent du PDF : ${text.slice(0, 300)}…`);
    await wb().screenshot('d-export-pdf');
  });
});
