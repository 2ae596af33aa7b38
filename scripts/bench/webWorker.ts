/**
 * Issue 26's figures: the language server in a browser Web Worker (dist/browser/server.js, in
 * Debian's Chromium, started from a Blob URL as the web client does) against the desktop's Node
 * process (dist/server.js --stdio, with the client's options), on the typical example
 * (examples/lea-martin-sisr.sio.yaml):
 * - start to first diagnostics: from starting the server to the dossier's first publishDiagnostics;
 * - keystroke: one character typed in a description, until the diagnostics of that version (p50, p95).
 * The same messages, in the same order, on both. Run after `npm run build`:
 *   npx tsx scripts/bench/webWorker.ts [runs=5] [keystrokes=60]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_EXEC_ARGV } from '../../shared/serverProcess';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = Number(process.argv[2] ?? 5);
const KEYS = Number(process.argv[3] ?? 60);
const URI = 'file:///classe/lea-martin-sisr.sio.yaml';
const TEXT = readFileSync(path.join(ROOT, 'examples/lea-martin-sisr.sio.yaml'), 'utf8');
const ANCHOR = TEXT.indexOf('description:');

/** The text after k keystrokes: k letters typed after « description: ». */
const typed = (k: number) => TEXT.slice(0, ANCHOR + 'description: '.length) + 'x'.repeat(k) + TEXT.slice(ANCHOR + 'description: '.length);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function nodeRun(): Promise<{ first: number; keys: number[] }> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiting = new Map<number, () => void>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (p.uri === URI) waiting.get(p.version ?? -1)?.();
  });
  conn.onRequest('workspace/configuration', () => [null]);
  conn.onRequest('workspace/workspaceFolders', () => []);
  conn.onRequest(() => null);
  conn.listen();
  const published = (v: number) => new Promise<void>((r) => waiting.set(v, r));
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { locale: 'fr' } });
  void conn.sendNotification('initialized', {});
  const firstDone = published(1);
  void conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'sio-yaml', version: 1, text: TEXT } });
  await firstDone;
  const first = performance.now() - t0;
  const keys: number[] = [];
  for (let k = 1; k <= KEYS; k++) {
    const done = published(k + 1);
    const t = performance.now();
    void conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: k + 1 }, contentChanges: [{ text: typed(k) }] });
    await done;
    keys.push(performance.now() - t);
  }
  conn.dispose();
  proc.kill();
  return { first, keys };
}

const PAGE = `
window.__run = async (script, uri, texts) => {
  const t0 = performance.now();
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const waiting = new Map();
  let id = 0;
  const replies = new Map();
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri) waiting.get(m.params.version)?.();
    else if (m.id !== undefined && m.method) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/workspaceFolders' ? [] : null });
    else if (m.id !== undefined) replies.get(m.id)?.();
  };
  const request = (method, params) => new Promise((r) => { replies.set(++id, r); worker.postMessage({ jsonrpc: '2.0', id, method, params }); });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const published = (v) => new Promise((r) => waiting.set(v, r));
  await request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'fr' } });
  notify('initialized', {});
  const firstDone = published(1);
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'sio-yaml', version: 1, text: texts[0] } });
  await firstDone;
  const first = performance.now() - t0;
  const keys = [];
  for (let k = 1; k < texts.length; k++) {
    const done = published(k + 1);
    const t = performance.now();
    notify('textDocument/didChange', { textDocument: { uri, version: k + 1 }, contentChanges: [{ text: texts[k] }] });
    await done;
    keys.push(performance.now() - t);
  }
  worker.terminate();
  return { first, keys };
};
`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sio-bench-web-'));
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><script>${PAGE}</script>`);
    const script = readFileSync(path.join(ROOT, 'dist/browser/server.js'), 'utf8');
    const texts = Array.from({ length: KEYS + 1 }, (_, k) => (k === 0 ? TEXT : typed(k)));
    const node = { first: [] as number[], keys: [] as number[] };
    const web = { first: [] as number[], keys: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const n = await nodeRun();
      node.first.push(n.first);
      node.keys.push(...n.keys);
      const w = (await page.evaluate(([s, u, t]) => (window as unknown as { __run: (a: string, b: string, c: string[]) => Promise<{ first: number; keys: number[] }> }).__run(s, u, t), [script, URI, texts] as const));
      web.first.push(w.first);
      web.keys.push(...w.keys);
    }
    const line = (name: string, r: typeof node) =>
      `${name.padEnd(22)} first diagnostics median ${pct(r.first, 50).toFixed(0)} ms (min ${Math.min(...r.first).toFixed(0)}) · keystroke p50 ${pct(r.keys, 50).toFixed(1)} ms, p95 ${pct(r.keys, 95).toFixed(1)} ms`;
    console.log(`${RUNS} runs × ${KEYS} keystrokes, examples/lea-martin-sisr.sio.yaml (${TEXT.length} chars)`);
    console.log(line('Node (dist/server.js)', node));
    console.log(line('Web Worker (Chromium)', web));
    console.log(`ratio web/node: first diagnostics ${(pct(web.first, 50) / pct(node.first, 50)).toFixed(2)} · keystroke p95 ${(pct(web.keys, 95) / pct(node.keys, 95)).toFixed(2)}`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
