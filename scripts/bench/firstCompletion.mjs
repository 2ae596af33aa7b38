/**
 * Issue 25: « the first completion after typing a block took 5.8 s (later ones 0.35–0.85 s) ».
 * The student's path, on the bundled server over stdio: a fresh server, the « Nouveau dossier »
 * template opened in a folder (alone, then among a class of closed dossiers the server checks in
 * the background), a réalisation block typed one key every 60 ms (each key a didChange, with the
 * requests VS Code sends after a pause: symbols, folding, code lens, inlay hints), then `[`
 * followed at once by the completion request, as VS Code does on a trigger character. Measured:
 * `[` sent → completion answered, the first time and the later times (after `, `).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp.mjs';
import { positionAt, SERVERS, stats } from './lspBench.mjs';

const KEY_MS = 60;
const BLOCK = [
  '\n  - id: supervision',
  '\n    intitule: Supervision du réseau avec Zabbix',
  '\n    cadre: formation',
  '\n    periode: du 08/01/2026 au 30/01/2026',
  '\n    competences: '
];
const LATER = ['B1.3', 'B1.5', 'B2.1', 'B2.2', 'B2.3', 'B3.1'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function session(root, folder, name, text, closed) {
  const spec = SERVERS.ours;
  const uri = pathToFileURL(path.join(folder, name)).href;
  const client = new LspClient(spec.argv(root), { cwd: root, configuration: () => ({}) });
  client.workspaceFolders = [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }];
  const out = { closed };
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: client.workspaceFolders,
      locale: 'fr',
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, completion: { completionItem: { snippetSupport: true } } }
      }
    });
    client.notify('initialized', {});
    const doc = { uri, text, version: 1 };
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version: 1, text } });
    const type = (s) => {
      const at = positionAt(doc.text, doc.text.length);
      doc.text += s;
      doc.version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range: { start: at, end: at }, text: s }] });
    };
    const afterPause = () =>
      Promise.all(['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens'].map((m) => client.request(m, { textDocument: { uri } })));
    const complete = async () => {
      const t0 = performance.now();
      const r = await client.request('textDocument/completion', { textDocument: { uri }, position: positionAt(doc.text, doc.text.length - 1) });
      return { ms: r.at - t0, items: (Array.isArray(r.result) ? r.result : r.result?.items ?? []).length };
    };
    for (const line of BLOCK) {
      for (const ch of line) {
        type(ch);
        await sleep(KEY_MS);
      }
      await afterPause();
    }
    // `[` (VS Code closes it: `[]`), the cursor between the brackets (complete() asks at
    // length - 1), and the request at once.
    type('[]');
    out.first = await complete();
    const later = [];
    for (const id of LATER) {
      const at = positionAt(doc.text, doc.text.length - 1);
      const s = `${id}, `;
      doc.text = doc.text.slice(0, -1) + s + ']';
      doc.version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ range: { start: at, end: at }, text: s }] });
      later.push((await complete()).ms);
      await sleep(KEY_MS * 5);
    }
    out.later = stats(later);
  } finally {
    await client.close();
  }
  return out;
}

/** `template`: the « Nouveau dossier » text; `cls`: closed dossiers ({ name, text }) of a class. */
export async function benchFirstCompletion(root, dir, template, cls) {
  const alone = path.join(dir, 'premiere-completion-seul');
  const classe = path.join(dir, 'premiere-completion-classe');
  for (const d of [alone, classe]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  for (const t of cls) writeFileSync(path.join(classe, t.name), t.text);
  const name = 'nouveau-dossier.sio.yaml';
  for (const d of [alone, classe]) writeFileSync(path.join(d, name), template);
  return { alone: await session(root, alone, name, template, 0), classe: await session(root, classe, name, template, cls.length) };
}
