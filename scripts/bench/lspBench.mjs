/**
 * One server, one dossier, through the real protocol (stdio): initialize, didOpen → first
 * diagnostics, N small incremental edits → the diagnostics of each edit, completion and hover
 * latency, CPU time and peak RSS of the server process.
 *
 * "Diagnostics of an edit": ours publishes `version`, so we wait for that exact version. The
 * peer (yaml-language-server 1.x) publishes without version and debounces validation by 200 ms
 * (validationDelayMs, not configurable): we wait for the first publishDiagnostics after the
 * change and report it as is, plus its server CPU time, which the debounce does not inflate.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCENARIOS } from './edits.mjs';
import { LspClient } from './lsp.mjs';

/** BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers under the same load. */
const nodeArgs = () => (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

export const SERVERS = {
  ours: {
    label: 'Dossier SIO',
    argv: (root) => [...nodeArgs(), path.join(root, 'dist/server.js'), '--stdio'],
    languageId: 'sio-yaml',
    versioned: true,
    configuration: () => ({})
  },
  peer: {
    label: 'yaml-language-server',
    argv: (root) => [...nodeArgs(), path.join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    languageId: 'yaml',
    versioned: false,
    configuration: (item, root) => {
      if (item.section !== 'yaml') return {};
      return yamlSettings(root);
    }
  }
};

export function yamlSettings(root) {
  return {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: { [pathToFileURL(path.join(root, 'schemas/sio-dossier.schema.json')).href]: '*.sio.yaml' }
  };
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

/** Offset → LSP position (UTF-16 code units, like the text). */
export function positionAt(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i + 1;
  }
  return { line, character: offset - last };
}

/**
 * `scenarios`: { name: edit count } run one after the other on the same open document (see
 * edits.mjs); each gets its latency stats and server CPU per edit.
 */
/** The test for `spec`'s diagnostics of `uri` at version `v` (the peer publishes no version). */
export const diagnosticsOf = (spec, uri) => (v) => (n) =>
  n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && (!spec.versioned || n.params.version === v);

/**
 * Types the i-th edit of `scenario` (edits.mjs) into the open document `doc` ({ uri, text,
 * version }, updated) and waits for its diagnostics; returns when it was sent and the latency.
 */
export async function typeEdit(client, doc, isDiag, scenario, i) {
  const e = SCENARIOS[scenario](doc.text, i);
  const range = { start: positionAt(doc.text, e.start), end: positionAt(doc.text, e.end) };
  doc.text = doc.text.slice(0, e.start) + e.insert + doc.text.slice(e.end);
  doc.version++;
  const from = client.notifications.length;
  const sentAt = performance.now();
  client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ range, text: e.insert }] });
  const n = await client.waitFor(isDiag(doc.version), from, 120_000);
  return { sentAt, latency: n.at - sentAt };
}

export async function benchServer(kind, root, dir, name, text, { scenarios = { walk: 100 }, samples = 20 } = {}) {
  const spec = SERVERS[kind];
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const client = new LspClient(spec.argv(root), { cwd: root, configuration: (it) => spec.configuration(it, root) });
  const out = { kind, name };
  try {
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
      locale: 'fr',
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] }
        }
      }
    });
    out.initializeMs = init.at - client.spawnedAt;
    const caps = init.result?.capabilities ?? {};
    client.notify('initialized', {});
    if (kind === 'peer') client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings(root) } });

    const doc = { uri, text, version: 1 };
    const isDiag = diagnosticsOf(spec, uri);
    const from = client.notifications.length;
    const cpuBeforeOpen = client.cpuMs();
    const openAt = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: spec.languageId, version: doc.version, text } });
    const first = await client.waitFor(isDiag(doc.version), from, 120_000);
    out.firstDiagnosticsMs = first.at - openAt;
    out.diagnosticsOnOpen = first.params.diagnostics.length;
    out.openCpuMs = client.cpuMs() - cpuBeforeOpen;

    out.scenarios = {};
    for (const [scenario, edits] of Object.entries(scenarios)) {
      const latencies = [];
      const cpuBefore = client.cpuMs();
      for (let i = 0; i < edits; i++) latencies.push((await typeEdit(client, doc, isDiag, scenario, i)).latency);
      out.scenarios[scenario] = { ...stats(latencies), cpuMsPerEdit: edits ? (client.cpuMs() - cpuBefore) / edits : NaN };
    }
    const current = doc.text;

    // Completion inside the first competence list, hover on a competence id and on a key.
    const list = /^ {4}competences: \[/m.exec(current);
    const comp = list.index + list[0].length;
    const key = current.lastIndexOf('intitule', list.index) + 2;
    const timeRequest = async (method, offset, supported) => {
      if (!supported) return null;
      const params = { textDocument: { uri }, position: positionAt(current, offset) };
      await client.request(method, params); // warm-up, not counted
      const xs = [];
      let last;
      for (let i = 0; i < samples; i++) {
        const t0 = performance.now();
        const r = await client.request(method, params);
        xs.push(r.at - t0);
        last = r.result;
      }
      return { ...stats(xs), empty: last == null || (Array.isArray(last) ? !last.length : Array.isArray(last.items) && !last.items.length) };
    };
    out.completion = await timeRequest('textDocument/completion', comp, !!caps.completionProvider);
    out.hoverId = await timeRequest('textDocument/hover', comp + 1, !!caps.hoverProvider);
    out.hoverKey = await timeRequest('textDocument/hover', key, !!caps.hoverProvider);
    out.cpuTotalMs = client.cpuMs();
    out.peakRssMb = client.peakRssMb();
  } finally {
    await client.close();
    out.stderr = client.stderr.slice(0, 2000);
  }
  return out;
}
