#!/usr/bin/env node
/**
 * `node scripts/bench/site.mjs [--runs 5]` (after `npm run build`): the time to generate a
 * portfolio site with `sio-dossier site` in a fresh process — what a student or a CI job pays —
 * for the Léa example and generated dossiers of 30 and 200 réalisations. Prints a table
 * (median / max wall time, CPU, peak RSS, size of the site). No assertion: a benchmark measures.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { timeNode } from './cliBench.mjs';
import { stats } from './lspBench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const dir = path.join(tmpdir(), `sio-bench-site-${process.pid}`);
mkdirSync(dir, { recursive: true });
const gen = await tsImport(path.join(root, 'test/support/generate.ts'), import.meta.url);
const { generateDossier } = gen.generateDossier ? gen : gen.default;

const cases = [['exemple Léa (6 réalisations)', path.join(root, 'examples/lea-martin-sisr.sio.yaml')]];
for (const n of [30, 200]) {
  const file = path.join(dir, `dossier-${n}.sio.yaml`);
  writeFileSync(file, generateDossier({ realisations: n, seed: n }));
  cases.push([`${n} réalisations (généré)`, file]);
}

const f = (x, d = 0) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));
console.log(`| dossier | pages | site (ko) | génération seule, médiane (ms) | processus entier, médiane / max (ms) | CPU médian (ms) | RSS max (Mo) |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
try {
  for (const [label, file] of cases) {
    const out = path.join(dir, `site-${path.basename(file, '.sio.yaml')}`);
    const all = Array.from({ length: runs }, () => timeNode([path.join(root, 'dist/cli.js'), 'site', file, '-o', out], root));
    if (all[0].status !== 0) throw new Error(`${label}: ${all[0].stderr}`);
    const m = /\((\d+) pages, \d+ fichiers copiés, (\d+) ko/.exec(all[0].stdout);
    // What the command itself reports: parse, pages, copy and swap, without Node's start-up.
    const inner = stats(all.map((r) => Number(/ko, (\d+) ms\)/.exec(r.stdout)?.[1])));
    const wall = stats(all.map((r) => r.wall));
    const cpu = stats(all.map((r) => r.cpu));
    console.log(`| ${label} | ${m?.[1]} | ${m?.[2]} | ${f(inner.median)} | ${f(wall.median)} / ${f(wall.max)} | ${f(cpu.median)} | ${f(Math.max(...all.map((r) => r.rssMb)))} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
