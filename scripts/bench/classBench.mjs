/**
 * The class scenario of issue 16: a teacher opens a workspace folder of 35 typical dossiers
 * (30 réalisations) plus one of 2,000, and opens one typical dossier right away. Measured: the
 * time from didOpen to that dossier's first diagnostics, and the latency of edits typed in it
 * (one key every 100 ms, a fast typist) while the server checks the closed files; the same
 * dossier opened alone in a folder of its own is the reference ("within 1.5 × alone").
 * Also: when the last closed file got its diagnostics (the background check's length).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp.mjs';
import { diagnosticsOf, SERVERS, stats, typeEdit, yamlSettings } from './lspBench.mjs';

const KEY_INTERVAL_MS = 100;

/** Writes the class folder and the "alone" folder; returns their paths and the opened file. */
export function writeClass(dir, typical, big) {
  const classDir = path.join(dir, 'classe-ouverte');
  const aloneDir = path.join(dir, 'seul');
  for (const d of [classDir, aloneDir]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  for (const t of typical) writeFileSync(path.join(classDir, t.name), t.text);
  writeFileSync(path.join(classDir, 'zz-dossier-grand.sio.yaml'), big);
  writeFileSync(path.join(aloneDir, typical[0].name), typical[0].text);
  return { classDir, aloneDir, name: typical[0].name, text: typical[0].text, files: typical.length + 1 };
}

async function session(kind, root, folder, name, text, edits, closedFiles) {
  const spec = SERVERS[kind];
  const file = path.join(folder, name);
  const uri = pathToFileURL(file).href;
  const client = new LspClient(spec.argv(root), { cwd: root, configuration: (it) => spec.configuration(it, root) });
  client.workspaceFolders = [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }];
  const out = { kind };
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: client.workspaceFolders,
      locale: 'fr',
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    client.notify('initialized', {});
    if (kind === 'peer') client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings(root) } });
    const isDiag = diagnosticsOf(spec, uri);
    const doc = { uri, text, version: 1 };
    const start = performance.now();
    const from = client.notifications.length;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: spec.languageId, version: doc.version, text } });
    out.firstDiagnosticsMs = (await client.waitFor(isDiag(doc.version), from, 120_000)).at - start;
    const latencies = [];
    for (let i = 0; i < edits; i++) {
      const { sentAt, latency } = await typeEdit(client, doc, isDiag, 'description', i);
      latencies.push(latency);
      const wait = KEY_INTERVAL_MS - (performance.now() - sentAt);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    out.edits = stats(latencies);
    // Ours checks the closed files in the background: wait for the last one (the peer does not).
    const closedUris = () => new Set(client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri !== uri).map((n) => n.params.uri));
    if (kind === 'ours' && closedFiles) {
      const deadline = performance.now() + 120_000;
      while (closedUris().size < closedFiles && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    }
    const others = new Set(client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri !== uri).map((n) => n.params.uri));
    out.closedFilesChecked = others.size;
    const last = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri !== uri).pop();
    out.closedCheckDoneMs = last ? last.at - start : null;
    out.peakRssMb = client.peakRssMb();
  } finally {
    await client.close();
  }
  return out;
}

export async function benchClass(kind, root, cls, edits) {
  return {
    workspace: await session(kind, root, cls.classDir, cls.name, cls.text, edits, cls.files - 1),
    alone: await session(kind, root, cls.aloneDir, cls.name, cls.text, edits, 0)
  };
}
