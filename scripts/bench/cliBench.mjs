/**
 * Command-line figures: `sio-dossier check` on a class folder, PDF export in a fresh process
 * (what a teacher's script pays) and warm in one process (what the editor pays after the first
 * export), server cold start (spawn → initialize answered), .vsix size.
 * Wall time, and user+system CPU of the child from /usr/bin/time when it exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp.mjs';
import { stats } from './lspBench.mjs';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs node with args, returns wall ms, cpu ms (user+sys, NaN without /usr/bin/time), peak RSS MB and status. */
export function timeNode(args, cwd, env = {}) {
  const t0 = performance.now();
  const opts = { cwd, encoding: 'utf8', env: { ...process.env, ...env } };
  const r = TIME ? spawnSync(TIME, ['-f', 'BENCH %U %S %M', process.execPath, ...args], opts) : spawnSync(process.execPath, args, opts);
  const wall = performance.now() - t0;
  const m = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rssMb: m ? Number(m[3]) / 1024 : NaN, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function repeat(n, f) {
  const runs = Array.from({ length: n }, f);
  return { wall: stats(runs.map((r) => r.wall)), cpu: stats(runs.map((r) => r.cpu)), rssMb: Math.max(...runs.map((r) => r.rssMb)), status: runs[0].status, stdout: runs[0].stdout };
}

export function benchCheckClass(root, dir, dossiers, env = {}) {
  const classDir = path.join(dir, 'classe');
  rmSync(classDir, { recursive: true, force: true });
  mkdirSync(classDir, { recursive: true });
  for (const d of dossiers) writeFileSync(path.join(classDir, d.name), d.text);
  const r = repeat(5, () => timeNode([path.join(root, 'dist/cli.js'), 'check', classDir], root, env));
  return { files: dossiers.length, bytes: dossiers.reduce((n, d) => n + d.text.length, 0), ...r, summary: r.stdout.trim().split('\n').pop() };
}

export function benchPdfCold(root, dir, file) {
  const out = path.join(dir, path.basename(file).replace(/\.sio\.yaml$/, '.pdf'));
  const r = repeat(3, () => timeNode([path.join(root, 'dist/cli.js'), 'pdf', file, '-o', out], root));
  return { ...r, bytes: existsSync(out) ? statSync(out).size : 0 };
}

/**
 * Same process, several exports of the same dossier: the first pays for loading pdfmake and
 * the fonts, the next ones are what an editor session pays. Runs the TypeScript sources via
 * tsx (the bundle does not export the function).
 */
export async function benchPdfWarm(root, dir, file, tsImport) {
  const { createLanguageService } = await tsImport(pathToFileURL(path.join(root, 'server/src/core/service.ts')).href, import.meta.url);
  const exp = await tsImport(pathToFileURL(path.join(root, 'server/src/products/pdf/index.ts')).href, import.meta.url);
  const exportDossierPdf = exp.exportDossierPdf ?? exp.default?.exportDossierPdf;
  const renderPdf = exp.renderPdf ?? exp.default?.renderPdf;
  const service = (createLanguageService ?? (await tsImport(pathToFileURL(path.join(root, 'server/src/core/service.ts')).href, import.meta.url)).default.createLanguageService)({});
  const text = readFileSync(file, 'utf8');
  const model = service.synthese(service.parse(text));
  const out = path.join(dir, 'warm.pdf');
  const runs = [];
  const renders = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    await exportDossierPdf({ sourcePath: file, sourceText: text, model, outPath: out, env: {} });
    runs.push(performance.now() - t0);
    if (renderPdf) {
      const t1 = performance.now();
      await renderPdf(model, {});
      renders.push(performance.now() - t1);
    }
  }
  return { first: runs[0], warm: stats(runs.slice(1)), renderOnly: renders.length ? stats(renders.slice(1)) : null };
}

export async function benchColdStart(root, runs = 5) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const c = new LspClient([path.join(root, 'dist/server.js'), '--stdio'], { cwd: root });
    const r = await c.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    xs.push(r.at - c.spawnedAt);
    await c.close();
  }
  return stats(xs);
}

export function vsixSize(root, doPackage) {
  const vsix = path.join(root, 'dist/dossier-sio.vsix');
  if (doPackage) {
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) return { error: (r.stderr || r.stdout).slice(-500) };
  }
  return existsSync(vsix) ? { bytes: statSync(vsix).size, mtime: statSync(vsix).mtime.toISOString() } : null;
}

/**
 * The browser we exist to avoid, side by side: our cold PDF export of a dossier and Debian
 * Chromium's headless print (`--print-to-pdf`) of the same dossier's standalone preview
 * (`sio-dossier preview`), alternated run by run so that both meet the same machine load.
 * Wall time and CPU (children included, from /usr/bin/time) of each process.
 */
export function benchPdfVsChromium(root, dir, file, runs = 5) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const html = path.join(dir, 'apercu.html');
  const outOurs = path.join(dir, 'ours.pdf');
  const outChromium = path.join(dir, 'chromium.pdf');
  const prev = timeNode([path.join(root, 'dist/cli.js'), 'preview', file, '-o', html], root);
  if (prev.status !== 0 || !chromium) return { error: !chromium ? 'chromium absent' : prev.stderr.slice(-300) };
  const profile = path.join(dir, 'chromium-profile');
  const ours = [];
  const theirs = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timeNode([path.join(root, 'dist/cli.js'), 'pdf', file, '-o', outOurs], root));
    rmSync(profile, { recursive: true, force: true });
    const t0 = performance.now();
    const r = TIME
      ? spawnSync(TIME, ['-f', 'BENCH %U %S %M', chromium, '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${profile}`, `--print-to-pdf=${outChromium}`, pathToFileURL(html).href], { encoding: 'utf8' })
      : spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${profile}`, `--print-to-pdf=${outChromium}`, pathToFileURL(html).href], { encoding: 'utf8' });
    const m = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
    theirs.push({ wall: performance.now() - t0, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, status: r.status });
  }
  const s = (xs, k) => stats(xs.map((x) => x[k]));
  return {
    ours: { wall: s(ours, 'wall'), cpu: s(ours, 'cpu'), bytes: existsSync(outOurs) ? statSync(outOurs).size : 0 },
    chromium: { wall: s(theirs, 'wall'), cpu: s(theirs, 'cpu'), bytes: existsSync(outChromium) ? statSync(outChromium).size : 0, status: theirs[0].status }
  };
}
