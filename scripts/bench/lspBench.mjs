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
function positionAt(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i + 1;
  }
  return { line, character: offset - last };
}

/**
 * The edit script: alternately type one character at the end of a réalisation's title and
 * change the first competence id of a réalisation (B1.1 → B1.2 → … → B1.6 → B1.1), walking
 * through the dossier so edits land at the top, middle and bottom.
 */
function nextEdit(text, i) {
  const titles = [...text.matchAll(/^ {4}intitule: .*$/gm)];
  const comps = [...text.matchAll(/^ {4}competences: \[(B\d\.\d(?:\.\d+)?)/gm)];
  if (i % 2 === 0) {
    const m = titles[(i * 7) % titles.length];
    const at = m.index + m[0].length;
    return { start: at, end: at, insert: 'abcdefghij'[i % 10] };
  }
  const m = comps[(i * 5) % comps.length];
  const id = m[1];
  const start = m.index + m[0].length - id.length;
  const base = id.slice(0, 4);
  const next = base.startsWith('B1') ? `B1.${(Number(base[3]) % 6) + 1}` : `B2.${(Number(base[3]) % 3) + 1}`;
  return { start, end: start + id.length, insert: next };
}

export async function benchServer(kind, root, dir, name, text, { edits = 100, samples = 20 } = {}) {
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

    let version = 1;
    const isDiag = (v) => (n) =>
      n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && (!spec.versioned || n.params.version === v);
    let from = client.notifications.length;
    const cpuBeforeOpen = client.cpuMs();
    const openAt = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: spec.languageId, version, text } });
    const first = await client.waitFor(isDiag(version), from, 120_000);
    out.firstDiagnosticsMs = first.at - openAt;
    out.diagnosticsOnOpen = first.params.diagnostics.length;
    out.openCpuMs = client.cpuMs() - cpuBeforeOpen;

    let current = text;
    const latencies = [];
    const cpuBefore = client.cpuMs();
    for (let i = 0; i < edits; i++) {
      const e = nextEdit(current, i);
      const range = { start: positionAt(current, e.start), end: positionAt(current, e.end) };
      current = current.slice(0, e.start) + e.insert + current.slice(e.end);
      version++;
      from = client.notifications.length;
      const t0 = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.insert }] });
      const n = await client.waitFor(isDiag(version), from, 120_000);
      latencies.push(n.at - t0);
    }
    out.editCpuMsPerEdit = edits ? (client.cpuMs() - cpuBefore) / edits : NaN;
    out.edits = stats(latencies);
    out.editCount = edits;

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
