/**
 * Headless Chromium (Debian's /usr/bin/chromium, fresh profile) and the preview pages the
 * browser tests open: the standalone file exactly as `sio-dossier preview` writes it, and
 * the VS Code webview page with a stand-in for `acquireVsCodeApi` that records what the
 * page posts. The page script is bundled from the sources for each run, so the tests never
 * read a stale dist/.
 */
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { SyntheseModel } from '../../server/src/protocol/synthese';
import { standalonePreviewHtml } from '../../server/src/node/standalonePreview';
import { renderSynthesePage } from '../../server/src/products/render/syntheseHtml';

const repo = path.resolve(__dirname, '..', '..');

export interface Harness {
  context: BrowserContext;
  dir: string;
  distDir: string;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sio-preview-test-'));
  const distDir = path.join(dir, 'dist');
  mkdirSync(path.join(distDir, 'webview'), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(repo, 'webview', 'src', 'preview.ts')],
    outfile: path.join(distDir, 'webview', 'preview.js'),
    bundle: true, platform: 'browser', format: 'iife', target: 'es2020', logLevel: 'error'
  });
  copyFileSync(path.join(repo, 'webview', 'src', 'preview.css'), path.join(distDir, 'webview', 'preview.css'));
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 }
  });
  return {
    context, dir, distDir,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

export interface OpenedPage {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  errors: string[];
}

let counter = 0;

async function open(h: Harness, html: string, init?: string): Promise<OpenedPage> {
  const file = path.join(h.dir, `page-${++counter}.html`);
  writeFileSync(file, html);
  const page = await h.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (init) await page.addInitScript(init);
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.documentElement.dataset.previewReady === 'true', undefined, { timeout: 5000 });
  return { page, requests, errors };
}

/** The file `sio-dossier preview` would write, opened in the browser. */
export function openStandalone(h: Harness, model: SyntheseModel | null, source = 'file:///dossiers/lea.sio.yaml'): Promise<OpenedPage> {
  return open(h, standalonePreviewHtml(model, { distDir: h.distDir, source }));
}

/**
 * The page as the VS Code panel serves it (toolbar, messages to the extension), with the
 * script inlined and a recording `acquireVsCodeApi`: posted messages land in
 * `window.__posted`, the saved state in `window.__state`.
 */
export function openWebview(h: Harness, model: SyntheseModel, source: string, version: number): Promise<OpenedPage> {
  const standalone = standalonePreviewHtml(null, { distDir: h.distDir });
  const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(standalone)?.[1] ?? '';
  const style = /<style nonce="[^"]+">([\s\S]*?)<\/style>/.exec(standalone)?.[1] ?? '';
  const html = renderSynthesePage(model, { standalone: false, source, version, inlineScript: script, inlineStyle: style });
  const fakeApi = `window.__posted = []; window.__state = undefined;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(m),
      getState: () => window.__state,
      setState: (s) => { window.__state = s; }
    });`;
  return open(h, html, fakeApi);
}

/** What the extension would do: deliver a message to the page's `message` listener. */
export async function sendToPage(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}
