/**
 * The same scenarios in VS Code desktop, for contributors who can download it:
 *   npm run test:e2e:electron
 *   SIO_VSCODE_EXECUTABLE=/usr/share/code/code npm run test:e2e:electron   (no download)
 * (CI cannot: @vscode/test-electron downloads VS Code from Microsoft's servers, unreachable
 * there; CI runs the code-server suite instead, scripts/e2e-code-server.mjs.)
 *
 * Bundles the suite with esbuild (the extension host loads plain JavaScript), builds the
 * extension, fills a temp workspace from examples/ and test/e2e/fixtures/, and runs VS Code
 * with only our extension enabled.
 */
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');

function copyInto(from: string, to: string): void {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true, force: false, errorOnExist: false });
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

  const outDir = path.join(root, 'out', 'e2e-electron');
  const tests = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(__dirname, f));
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'index.ts'), ...tests],
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sio-e2e-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  copyInto(path.join(root, 'examples'), workspace);
  copyInto(path.join(root, 'test', 'e2e', 'fixtures'), workspace);
  // Same as the code-server suite: Dossier SIO in French whatever the UI language.
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'sio.langue': 'fr' }));
  try {
    await runTests({
      // An installed VS Code (e.g. /usr/share/code/code) avoids the download.
      vscodeExecutablePath: process.env.SIO_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(outDir, 'index.js'),
      extensionTestsEnv: { SIO_E2E_WORKSPACE: workspace, SIO_E2E_ROOT: root },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'user-data'), '--locale', 'fr'],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  const msg = err instanceof Error ? err.message : String(err);
  console.error(msg);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(msg)) {
    console.error('VS Code ne peut pas être téléchargé (pas d’accès à Internet) : indiquez un VS Code installé avec ' +
      'SIO_VSCODE_EXECUTABLE=/chemin/vers/code, ou lancez « npm run test:e2e » (code-server).\n' +
      'VS Code cannot be downloaded (no internet): set SIO_VSCODE_EXECUTABLE, or run "npm run test:e2e" (code-server).');
  }
  process.exit(1);
});
