/**
 * The class view's refresh (issue 24): 35 typical dossiers in the workspace folder, one of them
 * open; each time the teacher edits it (here, the candidate's name), the class view asks for the
 * overview again after its debounce (client/src/classView/autoRefresh.ts, CLASS_TYPING_DELAY_MS).
 * Measured: the server's `sio/classe` answer after an edit (only the edited dossier is checked
 * again), and "edit → updated row" = debounce + that answer. Target ≤ 300 ms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp.mjs';
import { SERVERS, stats } from './lspBench.mjs';

/** client/src/classView/autoRefresh.ts CLASS_TYPING_DELAY_MS (kept equal by hand; the client is not loaded here). */
export const TYPING_DELAY_MS = 150;

export async function benchClassView(root, dir, typical, edits = 10) {
  const folder = path.join(dir, 'classe-vue');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const t of typical) writeFileSync(path.join(folder, t.name), t.text);
  const spec = SERVERS.ours;
  const client = new LspClient(spec.argv(root), { cwd: root, configuration: () => ({}) });
  client.workspaceFolders = [{ uri: pathToFileURL(folder).href, name: 'classe' }];
  const out = { dossiers: typical.length, debounceMs: TYPING_DELAY_MS };
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: client.workspaceFolders,
      locale: 'fr',
      capabilities: { workspace: { configuration: true, workspaceFolders: true } }
    });
    client.notify('initialized', {});
    const uri = pathToFileURL(path.join(folder, typical[0].name)).href;
    let text = typical[0].text;
    let version = 1;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version, text } });
    const t0 = performance.now();
    const first = (await client.request('sio/classe', {}, 120_000)).result;
    out.firstOverviewMs = performance.now() - t0;
    out.rows = first.rows.length;
    const answers = [];
    for (let i = 0; i < edits; i++) {
      const nom = `BENCH${i}`;
      text = text.replace(/^(  nom:).*$/m, `$1 ${nom}`);
      client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
      const sent = performance.now();
      const o = (await client.request('sio/classe', {}, 60_000)).result;
      const took = performance.now() - sent;
      if (!o.rows.some((r) => r.file === uri && r.nom === nom)) throw new Error(`row not updated after edit ${i}`);
      answers.push(took);
      await new Promise((r) => setTimeout(r, 100));
    }
    out.overviewAfterEdit = stats(answers);
    out.editToRowP95Ms = TYPING_DELAY_MS + out.overviewAfterEdit.p95;
  } finally {
    await client.close();
  }
  return out;
}
