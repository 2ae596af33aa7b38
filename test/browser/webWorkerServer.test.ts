/**
 * Dossier SIO in VS Code for the Web (issue 26), proved on the built bundles:
 * - dist/browser/extension.js and dist/browser/server.js reach no Node built-in (`fs`, `path`,
 *   `node:*`…): a browser has none, and the extension would fail to load there;
 * - the server bundle runs in a real Chromium Web Worker started from a Blob URL (as the web
 *   client starts it, client/src/browser/serverWorker.ts) and speaks LSP: diagnostics of an open
 *   dossier, completion of competences; the files it does not own (the review file beside the
 *   dossier, the files the dossier names) it asks of the client (`fs/stat`, `fs/content`),
 *   and the review's remarks reach the dossier's diagnostics once the client has answered.
 * Needs `npm run build` first.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLES = ['dist/browser/extension.js', 'dist/browser/server.js'];
const FIXTURES = path.join(ROOT, 'test/fixtures/classe');
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** Node built-ins a bundle loads: `require("x")`, `import … from "x"`, `import("x")`. */
export function nodeModulesIn(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0])) found.add(spec);
  }
  return [...found].sort();
}

describe('VS Code for the Web: the browser bundles', () => {
  it('the scan finds a Node module where there is one (so that the next test can fail)', () => {
    assert.deepEqual(nodeModulesIn('var a = require("fs"); import p from "node:path"; import("path")'), ['fs', 'node:path', 'path']);
    assert.deepEqual(nodeModulesIn('x.code = \'require("ajv/dist/runtime/ucs2length")\'; require("vscode")'), []);
  });

  for (const bundle of BUNDLES) {
    it(`${bundle} loads no fs, path or node: module`, () => {
      const file = path.join(ROOT, bundle);
      assert.ok(existsSync(file), `${bundle} is missing: run npm run build`);
      assert.deepEqual(nodeModulesIn(readFileSync(file, 'utf8')), []);
    });
  }
});

/** A stand-in for the web client: starts the worker from a Blob URL and answers fs/* from `files`. */
const HARNESS = `
window.__start = (script, files, folders = []) => {
  window.__inbox = [];
  window.__asked = [];
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'Dossier SIO' });
  worker.onerror = (e) => window.__inbox.push({ workerError: String(e.message) });
  window.__send = (m) => worker.postMessage(m);
  worker.onmessage = (e) => {
    const m = e.data;
    window.__inbox.push(m);
    if (m.id === undefined || !m.method) return;
    let result = null;
    if (m.method.startsWith('fs/')) {
      window.__asked.push(m.method + ' ' + m.params.uri);
      const text = files[m.params.uri];
      const dir = m.params.uri + '/';
      const children = Object.keys(files).filter((u) => u.startsWith(dir) && !u.slice(dir.length).includes('/'));
      if (m.method === 'fs/stat') result = text === undefined ? (children.length ? { type: 2, mtime: 1, size: 0 } : null) : { type: 1, mtime: 1, size: text.length };
      else if (m.method === 'fs/content') result = text === undefined ? null : { text, bytes: text.length };
      else result = children.map((u) => [u.slice(dir.length), 1]);
    } else if (m.method === 'workspace/workspaceFolders') result = folders.map((uri) => ({ uri, name: 'classe' }));
    worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
  };
};
`;

describe('VS Code for the Web: the language server in a Web Worker', function () {
  let context: BrowserContext;
  let dir: string;
  let page: Page;
  const dossierUri = 'vscode-remote://localhost:8080/classe/lea-martin-sisr.sio.yaml';
  const reviewUri = 'vscode-remote://localhost:8080/classe/lea-martin-sisr.revue.yaml';
  // A student's slip: a competence that does not exist.
  const text = readFileSync(path.join(FIXTURES, 'lea-martin-sisr.sio.yaml'), 'utf8').replace('competences: [B1.1, B1.2.1, B1.5]', 'competences: [B1.1, B1.2.1, B1.9]');

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-web-worker-'));
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><title>web</title><script>${HARNESS}</script>`);
    const script = readFileSync(path.join(ROOT, 'dist/browser/server.js'), 'utf8');
    await page.evaluate(([s, files]) => (window as unknown as { __start: (a: string, b: unknown) => void }).__start(s, files), [
      script,
      { [reviewUri]: readFileSync(path.join(FIXTURES, 'lea-martin-sisr.revue.yaml'), 'utf8') }
    ] as const);
  });

  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const send = (m: unknown) => page.evaluate((msg) => (window as unknown as { __send: (x: unknown) => void }).__send(msg), m);
  const inbox = () => page.evaluate(() => (window as unknown as { __inbox: Record<string, unknown>[] }).__inbox);
  async function waitFor<T>(what: string, pick: (msgs: Record<string, any>[]) => T | undefined, ms = 15000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const msgs = await inbox();
      const errors = msgs.filter((m) => m.workerError);
      assert.deepEqual(errors, [], 'the worker threw');
      const got = pick(msgs);
      if (got !== undefined) return got;
      if (Date.now() > end) throw new Error(`${what}: not received in ${ms} ms; got ${JSON.stringify(msgs.map((m) => m.method ?? m.id))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('initializes, publishes the open dossier’s diagnostics in French and completes competences', async () => {
    await send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'fr' } } });
    const init = await waitFor('initialize', (msgs) => msgs.find((m) => m.id === 1 && m.result));
    assert.ok(init.result.capabilities.completionProvider, 'completion is offered');
    await send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    await send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: dossierUri, languageId: 'sio-yaml', version: 1, text } } });
    const diags = await waitFor('diagnostics', (msgs) =>
      msgs.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === dossierUri && m.params.diagnostics.some((d: { message: string }) => /B1\.9/.test(d.message)))
    );
    const slip = diags.params.diagnostics.find((d: { message: string }) => /B1\.9/.test(d.message));
    assert.equal(slip.range.start.line, text.split('\n').findIndex((l) => l.includes('B1.9')), 'the unknown competence is underlined on its line');

    const line = text.split('\n').findIndex((l) => l.includes('B1.9'));
    const character = text.split('\n')[line].indexOf('B1.9') + 3;
    await send({ jsonrpc: '2.0', id: 2, method: 'textDocument/completion', params: { textDocument: { uri: dossierUri }, position: { line, character } } });
    const completion = await waitFor('completion', (msgs) => msgs.find((m) => m.id === 2 && 'result' in m));
    const items = Array.isArray(completion.result) ? completion.result : completion.result.items;
    assert.ok(items.some((i: { label: string }) => i.label.startsWith('B1.3')), `competences offered: ${items.map((i: { label: string }) => i.label).slice(0, 8).join(', ')}`);
  });

  it('asks the client for the review file and shows its remarks once answered', async () => {
    const asked = await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
    assert.ok(asked.some((a) => a.endsWith(reviewUri)), `the server asked for the review: ${asked.join(' | ')}`);
    await waitFor('review remark', (msgs) =>
      msgs.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === dossierUri && m.params.diagnostics.some((d: { message: string }) => /Le portfolio ne répond pas/.test(d.message)))
    );
  });
});

describe('VS Code for the Web: the workspace check of closed dossiers through the client', function () {
  let context: BrowserContext;
  let dir: string;
  let page: Page;
  const folder = 'vscode-vfs://github/lycee/bts-sio';
  const relu = `${folder}/relu.sio.yaml`;
  const E2E = path.join(ROOT, 'test/e2e/fixtures');
  const files = {
    [relu]: readFileSync(path.join(E2E, 'relu.sio.yaml'), 'utf8'),
    [`${folder}/relu.revue.yaml`]: readFileSync(path.join(E2E, 'relu.revue.yaml'), 'utf8'),
    [`${folder}/erreurs.sio.yaml`]: readFileSync(path.join(E2E, 'erreurs.sio.yaml'), 'utf8')
  };
  const REMARK = 'Préciser le logiciel de sauvegarde utilisé';

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sio-web-scan-'));
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    page = await context.newPage();
    await page.setContent(`<!doctype html><meta charset="utf-8"><title>web</title><script>${HARNESS}</script>`);
    const script = readFileSync(path.join(ROOT, 'dist/browser/server.js'), 'utf8');
    await page.evaluate(([s, f, d]) => (window as unknown as { __start: (a: string, b: unknown, c: readonly string[]) => void }).__start(s, f, d), [script, files, [folder]] as const);
  });

  after(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const send = (m: unknown) => page.evaluate((msg) => (window as unknown as { __send: (x: unknown) => void }).__send(msg), m);
  async function published(uri: string, test: (messages: string[]) => boolean, what: string, after = 0): Promise<number> {
    const end = Date.now() + 20_000;
    for (;;) {
      const msgs = await page.evaluate(() => (window as unknown as { __inbox: Record<string, any>[] }).__inbox);
      const i = msgs.findIndex((m, k) => k >= after && m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && test(m.params.diagnostics.map((d: { message: string }) => d.message)));
      if (i >= 0) return i;
      if (Date.now() > end) throw new Error(`${what}: not published in 20 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('finds the closed dossiers of the folder, with their review’s remark, then keeps it when the dossier opens', async () => {
    await send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: { workspace: { workspaceFolders: true } }, initializationOptions: { locale: 'fr' } } });
    await send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    await published(`${folder}/erreurs.sio.yaml`, (ms) => ms.some((m) => m.includes('B9.9')), 'the closed erreurs.sio.yaml');
    const closed = await published(relu, (ms) => ms.some((m) => m.includes(REMARK)), 'the remark on the closed relu.sio.yaml');
    await send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: relu, languageId: 'sio-yaml', version: 1, text: files[relu] } } });
    await published(relu, (ms) => ms.some((m) => m.includes(REMARK)), 'the remark once relu.sio.yaml is open', closed + 1);
    // Nothing published later takes it away.
    await new Promise((r) => setTimeout(r, 3000));
    const msgs = await page.evaluate(() => (window as unknown as { __inbox: Record<string, any>[] }).__inbox);
    const last = msgs.filter((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === relu).pop()!;
    assert.ok(last.params.diagnostics.some((d: { message: string }) => d.message.includes(REMARK)), JSON.stringify(last.params.diagnostics.map((d: { message: string }) => d.message)));
  });
});
