#!/usr/bin/env node
/**
 * End-to-end tests in a real VS Code: code-server (installed from the npm registry, the only
 * way to get a VS Code without downloading it from Microsoft) serving a temp workspace with
 * the packaged extension installed, driven by playwright-core in headless Chromium.
 *
 *   npm run test:e2e                 install (cached) → package → run test/e2e/code-server/*.test.ts
 *   SIO_E2E_SKIP_PACKAGE=1 …         reuse dist/dossier-sio.vsix
 *   SIO_E2E_VSIX=path.vsix …          test that .vsix instead (implies no packaging)
 *   SIO_E2E_KEEP=1 …                 keep the temp workspace (path printed)
 *   SIO_E2E_LOCALE=en …              English palette titles (default fr)
 *   SIO_E2E_GREP="(a)" …             only the scenarios whose title matches
 *   --web or SIO_E2E_WEB=1           VS Code for the Web: a browser-only package (scripts/build-web-vsix.mjs)
 *                                    runs in code-server's web-worker host; test/e2e/code-server/web/*.test.ts
 *
 * code-server is always stopped, even when a step or a test fails. Screenshots and the
 * code-server log land in test-output/e2e/. Exit code: mocha's (non-zero if a scenario failed).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-output', process.env.SIO_E2E_WEB || process.argv.includes('--web') ? 'e2e-web' : 'e2e');
const web = !!process.env.SIO_E2E_WEB || process.argv.includes('--web');
const vsix = process.env.SIO_E2E_VSIX ? path.resolve(process.env.SIO_E2E_VSIX) : path.join(root, 'dist', 'dossier-sio.vsix');
const webVsix = path.join(root, 'dist', 'dossier-sio-web.vsix');
const locale = process.env.SIO_E2E_LOCALE ?? 'fr';
const timings = [];

function log(msg) {
  console.log(`[e2e] ${msg}`);
}

function fail(msg) {
  console.error(`[e2e] ERREUR / ERROR: ${msg}`);
  process.exit(1);
}

/** Runs a step, records its duration; returns the child's stdout. */
function step(name, cmd, args, opts = {}) {
  const t0 = Date.now();
  log(`${name}…`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });
  timings.push([name, Date.now() - t0]);
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    fail(`${name} a échoué (code ${r.status ?? r.signal})`);
  }
  return r.stdout ?? '';
}

/**
 * The web suite plays the Node suite's own scenario files, the PDF (d) and spreadsheet (j)
 * exports included, except the site (n), which a browser cannot make yet (refused there, see
 * client/src/browser/refusals.ts), then
 * test/e2e/code-server/web/ (what only the web host does, and last: no Node language server ran).
 */
const WEB_SKIPPED = new Set(['n-site.test.ts']);
function webScenarios() {
  const dir = path.join(root, 'test', 'e2e', 'code-server');
  const shared = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts') && !WEB_SKIPPED.has(f)).sort();
  return [...shared.map((f) => path.join(dir, f)), path.join(dir, 'web', '*.test.ts')];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server s'est arrêté (code ${child.exitCode}), voir ${out}/code-server.log`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server ne répond pas sur ${url} après ${timeoutMs} ms`);
}

function copyDir(from, to) {
  if (!fs.existsSync(from)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) n += copyDir(src, (fs.mkdirSync(dst, { recursive: true }), dst));
    else if (!fs.existsSync(dst)) (fs.copyFileSync(src, dst), n++);
  }
  return n;
}

const tStart = Date.now();
fs.mkdirSync(out, { recursive: true });
// Screenshots of an earlier run would pass for this one's.
for (const f of fs.readdirSync(out)) if (f.endsWith('.png')) fs.rmSync(path.join(out, f));

// 1. code-server + Node 24, cached outside the repository.
const installOut = step('installation de code-server (cache)', 'bash', [path.join(root, 'scripts', 'install-code-server.sh')]);
const paths = Object.fromEntries(
  installOut.split('\n').filter((l) => /^[A-Z0-9_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);
if (!paths.NODE24 || !paths.CODE_SERVER_ENTRY) fail(`sortie inattendue du script d'installation:\n${installOut}`);
const codeServer = (args, opts) => [paths.NODE24, [paths.CODE_SERVER_ENTRY, ...args], opts];

// 2. The extension as users get it: the packaged .vsix.
if (!process.env.SIO_E2E_SKIP_PACKAGE && !process.env.SIO_E2E_VSIX) {
  step('empaquetage de l\'extension (npm run package)', 'npm', ['run', 'package'], { stdio: ['ignore', 'pipe', 'inherit'] });
}
if (!fs.existsSync(vsix)) fail(`${vsix} absent : « npm run package » n'a pas produit le .vsix`);
// The web suite installs the same package without its Node entry (forced into the web-worker host).
if (web) step('paquet navigateur seul (scripts/build-web-vsix.mjs)', process.execPath, [path.join(root, 'scripts', 'build-web-vsix.mjs'), vsix, webVsix]);
const installed = web ? webVsix : vsix;

// 3. A fresh profile: extensions dir, user data with settings, workspace.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sio-e2e-'));
const extDir = path.join(tmp, 'extensions');
const userData = path.join(tmp, 'user-data');
const workspace = path.join(tmp, 'workspace');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(workspace, { recursive: true });
fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'files.autoSave': 'off',
  // Only the extension's completions: no words picked from the file, no typing-triggered popups.
  'editor.wordBasedSuggestions': 'off',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  // No AI side panel eating the viewport and no agent process in the tests.
  'chat.disableAIFeatures': true,
  // code-server has no French language pack offline, so its UI is English: Dossier SIO must
  // still speak French to the class (setting sio.langue), which scenario (a) checks.
  'sio.langue': 'fr',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
}, null, 2));
const nExamples = copyDir(path.join(root, 'examples'), workspace);
const nFixtures = copyDir(path.join(root, 'test', 'e2e', 'fixtures'), workspace);
log(`espace de travail ${workspace} : ${nExamples} fichier(s) de examples/, ${nFixtures} de test/e2e/fixtures/`);

const [n24, installArgs] = codeServer(['--extensions-dir', extDir, '--user-data-dir', userData, '--install-extension', installed]);
step('installation du .vsix dans code-server', n24, installArgs, { env: { ...process.env, PATH: `${path.dirname(paths.NODE24)}:${process.env.PATH}` } });

// 4. code-server on a free loopback port, then the scenarios.
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const logFile = fs.openSync(path.join(out, 'code-server.log'), 'w');
const [, serveArgs] = codeServer([
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
  '--disable-workspace-trust', '--disable-getting-started-override', '--locale', locale,
  '--extensions-dir', extDir, '--user-data-dir', userData, workspace,
]);
const server = spawn(paths.NODE24, serveArgs, {
  cwd: tmp,
  detached: true, // own process group: we kill the whole tree, and only it
  stdio: ['ignore', logFile, logFile],
  env: { ...process.env, PATH: `${path.dirname(paths.NODE24)}:${process.env.PATH}` },
});
function stopServer() {
  if (server.exitCode === null && server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

let status = 1;
let summary = '';
try {
  const t0 = Date.now();
  await waitHttp(`${url}/healthz`, server, 60_000);
  timings.push(['démarrage de code-server', Date.now() - t0]);
  log(`code-server prêt sur ${url}`);

  const t1 = Date.now();
  const mochaArgs = [
    path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--config', path.join(root, 'test', '.mocharc.json'),
    '--require', 'tsx/cjs', // repeated: a --require on the command line replaces the config's list
    '--require', path.join(root, 'test', 'e2e', 'code-server', 'hooks.ts'),
    '--timeout', '120000',
    ...(web ? webScenarios() : [path.join(root, 'test', 'e2e', 'code-server', '*.test.ts')]),
  ];
  if (process.env.SIO_E2E_GREP) mochaArgs.push('--grep', process.env.SIO_E2E_GREP);
  const mocha = spawn(process.execPath, mochaArgs, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SIO_E2E_URL: url, SIO_E2E_WORKSPACE: workspace, SIO_E2E_SCREENSHOTS: out, SIO_E2E_LOCALE: locale, SIO_E2E_EXTENSIONS: extDir, ...(web ? { SIO_E2E_WEB: '1' } : {}) },
  });
  let pending = '';
  mocha.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + String(chunk)).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (/^\d+ passed, \d+ failed/.test(line.trim())) summary = line.trim();
  });
  status = await new Promise((resolve) => mocha.on('close', (code, sig) => resolve(code ?? (sig ? 1 : 0))));
  timings.push(['scénarios (mocha)', Date.now() - t1]);
} catch (e) {
  console.error(`[e2e] ERREUR / ERROR: ${e instanceof Error ? e.message : e}`);
  status = 1;
} finally {
  stopServer();
  if (process.env.SIO_E2E_KEEP) log(`espace de travail conservé : ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
timings.push(['total', Date.now() - tStart]);
log(`durées : ${timings.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(' ; ')}`);
log(`captures d'écran et journal de code-server : ${path.relative(root, out)}/`);
// Mocha's closing line again, last, so that whoever reads the end of the log sees the count.
if (summary) console.log(`\n${summary}`);
else console.log('\n0 passed, 1 failed');
process.exit(status);
