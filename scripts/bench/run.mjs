#!/usr/bin/env node
/**
 * `npm run bench`: Dossier SIO's language server side by side with yaml-language-server (the
 * peer, validating the same files with our JSON Schema), then CLI/PDF/packaging figures.
 * Prints tables; writes every figure to test-output/bench/results.json.
 * No assertion: a benchmark measures, the tests decide (test/unit/fuzz, test/unit/hostile).
 *
 * Options: --sizes 30,200,2000   --edits 30 (per scenario)   --big-edits 10 (per scenario, sizes ≥ 1000)
 *          --scenarios description,id,competences,periode (scripts/bench/edits.mjs; also: walk)
 *          --only ours|peer   --skip-cli   --skip-class   --package (run `npm run package` for the .vsix size)
 *          --skip-completion (first completion after a typed block, issue 25: firstCompletion.mjs)
 *          --skip-parsers   --parser-sizes 30,200,700,2000 (tree-sitter vs ours vs yaml, in-process: parsers.mjs)
 * The machine's load average is printed with every table: figures from a loaded machine are not
 * the targets' figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { benchServer } from './lspBench.mjs';
import { benchClass, writeClass } from './classBench.mjs';
import { benchClassView } from './classViewBench.mjs';
import { benchParsers, PARSER_SIZES } from './parsers.mjs';
import { benchFirstCompletion } from './firstCompletion.mjs';
import { benchCheckClass, benchColdStart, benchPdfCold, benchPdfVsChromium, benchPdfWarm, vsixSize } from './cliBench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    // The sizes of issue 16. 2,000 réalisations (≈ 673 kB) is over MAX_DOSSIER_BYTES, the most
    // one yaml parse may read (issue 17: it cannot be interrupted); such a file is read piece by
    // piece, each piece under that limit, up to MAX_CUT_DOSSIER_BYTES (server/src/core/refusal.ts).
    sizes: { type: 'string', default: '30,200,2000' },
    edits: { type: 'string', default: '30' },
    'big-edits': { type: 'string', default: '10' },
    scenarios: { type: 'string', default: 'description,id,competences,periode' },
    'skip-class': { type: 'boolean', default: false },
    only: { type: 'string' },
    'skip-cli': { type: 'boolean', default: false },
    'skip-parsers': { type: 'boolean', default: false },
    'skip-completion': { type: 'boolean', default: false },
    'parser-sizes': { type: 'string', default: PARSER_SIZES },
    package: { type: 'boolean', default: false }
  }
});
const sizes = values.sizes.split(',').map(Number);
const kinds = values.only ? [values.only] : ['ours', 'peer'];
const dir = path.join(tmpdir(), `sio-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });

const gen = await tsImport(path.join(root, 'test/support/generate.ts'), import.meta.url);
const { generateDossier, generateClass } = gen.generateDossier ? gen : gen.default;

function machine() {
  const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  return { nproc: cpus().length, cpu: model, ramGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, loadavg: loadavg().map((x) => +x.toFixed(2)), date: new Date().toISOString() };
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const f = (x, d = 1) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(d));
const ratio = (a, b) => (a == null || b == null || !b ? '—' : (a / b).toFixed(2));
const results = { machine: machine(), lsp: {}, cli: {} };
console.log(`Machine: ${results.machine.nproc} × ${results.machine.cpu}, ${results.machine.ramGiB} GiB, Node ${results.machine.node}, load ${results.machine.loadavg.join(' ')}`);

for (const n of sizes) {
  const text = generateDossier({ realisations: n, seed: n });
  const edits = n >= 1000 ? Number(values['big-edits']) : Number(values.edits);
  const scenarios = Object.fromEntries(values.scenarios.split(',').map((s) => [s, edits]));
  const row = (results.lsp[n] = { bytes: text.length, edits, loadBefore: load() });
  for (const kind of kinds) {
    process.stderr.write(`… ${kind}, ${n} réalisations (${text.length} octets, ${edits} modifications × ${Object.keys(scenarios).length})\n`);
    row[kind] = await benchServer(kind, root, dir, `dossier-${n}.sio.yaml`, text, { scenarios });
  }
  row.loadAfter = load();
  const o = row.ours ?? {};
  const p = row.peer ?? {};
  const lines = [
    ['initialize (ms)', o.initializeMs, p.initializeMs],
    ['didOpen → diagnostics (ms)', o.firstDiagnosticsMs, p.firstDiagnosticsMs],
    ['CPU serveur didOpen (ms)', o.openCpuMs, p.openCpuMs],
    ...Object.keys(scenarios).flatMap((sc) => [
      [`edit ${sc} → diagnostics, médiane (ms)`, o.scenarios?.[sc]?.median, p.scenarios?.[sc]?.median],
      [`edit ${sc} → diagnostics, p95 (ms)`, o.scenarios?.[sc]?.p95, p.scenarios?.[sc]?.p95],
      [`CPU serveur par edit ${sc} (ms)`, o.scenarios?.[sc]?.cpuMsPerEdit, p.scenarios?.[sc]?.cpuMsPerEdit]
    ]),
    ['completion, médiane (ms)', o.completion?.median, p.completion?.median],
    ['hover id, médiane (ms)', o.hoverId?.median, p.hoverId?.median],
    ['hover clé, médiane (ms)', o.hoverKey?.median, p.hoverKey?.median],
    ['RSS max VmHWM (Mo)', o.peakRssMb, p.peakRssMb],
    ['diagnostics à l’ouverture', o.diagnosticsOnOpen, p.diagnosticsOnOpen]
  ];
  console.log(`\n### ${n} réalisations (${(text.length / 1024).toFixed(0)} kio, ${edits} modifications par scénario ; charge ${row.loadBefore} → ${row.loadAfter})\n`);
  console.log('| mesure | Dossier SIO | yaml-language-server | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const [label, a, b] of lines) console.log(`| ${label} | ${f(a)} | ${f(b)} | ${ratio(a, b)} |`);
  const empty = ['completion', 'hoverId', 'hoverKey'].flatMap((k) => kinds.filter((kd) => row[kd]?.[k]?.empty).map((kd) => `${kd} ${k}`));
  if (empty.length) console.log(`\n(réponse vide / empty answer: ${empty.join(', ')})`);
}

if (!values['skip-class']) {
  process.stderr.write('… classe : 35 dossiers typiques + 1 de 2000 réalisations dans le dossier ouvert\n');
  const cls = writeClass(dir, generateClass(35, 30), generateDossier({ realisations: 2000, seed: 2000 }));
  const edits = Number(values.edits);
  const row = (results.classScenario = { files: cls.files, edits, loadBefore: load() });
  for (const kind of kinds) row[kind] = await benchClass(kind, root, cls, edits);
  row.loadAfter = load();
  const o = row.ours ?? {};
  const p = row.peer ?? {};
  console.log(`\n### Classe : ${cls.files} dossiers dans l’espace de travail, un dossier typique ouvert (${edits} frappes, une toutes les 100 ms ; charge ${row.loadBefore} → ${row.loadAfter})\n`);
  console.log('| mesure | Dossier SIO | yaml-language-server | ratio |');
  console.log('|---|---:|---:|---:|');
  const lines = [
    ['didOpen → diagnostics, classe (ms)', o.workspace?.firstDiagnosticsMs, p.workspace?.firstDiagnosticsMs],
    ['didOpen → diagnostics, seul (ms)', o.alone?.firstDiagnosticsMs, p.alone?.firstDiagnosticsMs],
    ['edit → diagnostics p95, classe (ms)', o.workspace?.edits?.p95, p.workspace?.edits?.p95],
    ['edit → diagnostics p95, seul (ms)', o.alone?.edits?.p95, p.alone?.edits?.p95],
    ['edit → diagnostics médiane, classe (ms)', o.workspace?.edits?.median, p.workspace?.edits?.median],
    ['p95 classe / p95 seul', o.workspace && o.alone ? o.workspace.edits.p95 / o.alone.edits.p95 : null, p.workspace && p.alone ? p.workspace.edits.p95 / p.alone.edits.p95 : null],
    ['fichiers fermés vérifiés', o.workspace?.closedFilesChecked, p.workspace?.closedFilesChecked],
    ['dernier fichier fermé vérifié après (ms)', o.workspace?.closedCheckDoneMs, p.workspace?.closedCheckDoneMs],
    ['RSS max, classe (Mo)', o.workspace?.peakRssMb, p.workspace?.peakRssMb]
  ];
  for (const [label, a, b] of lines) console.log(`| ${label} | ${f(a, 2)} | ${f(b, 2)} | ${ratio(a, b)} |`);

  // Issue 24: the class view's refresh after an edit, incremental (target ≤ 300 ms on 35 dossiers).
  const view = (results.classView = await benchClassView(root, dir, generateClass(35, 30), edits));
  console.log(`\n### Vue de classe : ${view.rows} dossiers, ${edits} modifications du dossier ouvert\n`);
  console.log('| mesure | Dossier SIO |');
  console.log('|---|---:|');
  console.log(`| première vue de classe (ms) | ${f(view.firstOverviewMs, 2)} |`);
  console.log(`| sio/classe après une modification, médiane (ms) | ${f(view.overviewAfterEdit.median, 2)} |`);
  console.log(`| sio/classe après une modification, p95 (ms) | ${f(view.overviewAfterEdit.p95, 2)} |`);
  console.log(`| modification → ligne à jour, p95 (attente ${view.debounceMs} ms + réponse ; objectif ≤ 300) | ${f(view.editToRowP95Ms, 2)} |`);
}

if (!values['skip-completion'] && kinds.includes('ours')) {
  process.stderr.write('… première complétion après un bloc tapé (modèle « Nouveau dossier »)\n');
  const tpl = await tsImport(path.join(root, 'server/src/core/template.ts'), import.meta.url);
  const { dossierTemplate } = tpl.dossierTemplate ? tpl : tpl.default;
  const loadBefore = load();
  const r = (results.firstCompletion = await benchFirstCompletion(root, dir, dossierTemplate(2026, 'SISR'), generateClass(35, 30)));
  console.log(`\n### Première complétion après un bloc tapé (serveur seul, stdio ; charge ${loadBefore} → ${load()})\n`);
  console.log('| dossier « Nouveau dossier » ouvert | 1re complétion (ms) | suivantes, médiane (ms) | suivantes, max (ms) | propositions |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| seul dans son dossier | ${f(r.alone.first.ms)} | ${f(r.alone.later.median)} | ${f(r.alone.later.max)} | ${r.alone.first.items} |`);
  console.log(`| avec ${r.classe.closed} dossiers fermés vérifiés en arrière-plan | ${f(r.classe.first.ms)} | ${f(r.classe.later.median)} | ${f(r.classe.later.max)} | ${r.classe.first.items} |`);
}

if (!values['skip-parsers']) {
  const parserSizes = values['parser-sizes'].split(',').map(Number);
  results.parsers = await benchParsers({ root, tsImport, generateDossier, sizes: parserSizes, edits: Number(values.edits), bigEdits: Number(values['big-edits']) });
}

if (!values['skip-cli']) {
  process.stderr.write('… CLI, PDF, démarrage, vsix\n');
  const cls = generateClass(35, 30);
  results.cli.loadBefore = load();
  results.cli.checkClass = benchCheckClass(root, dir, cls);
  results.cli.checkClassOneThread = benchCheckClass(root, dir, cls, { SIO_CHECK_THREADS: '1' });
  const typical = path.join(root, 'examples/lea-martin-sisr.sio.yaml');
  const big = path.join(dir, 'dossier-200-pdf.sio.yaml');
  writeFileSync(big, generateDossier({ realisations: 200, seed: 200 }));
  results.cli.pdfTypicalCold = benchPdfCold(root, dir, typical);
  results.cli.pdfVsChromium = benchPdfVsChromium(root, dir, typical);
  results.cli.pdfBigCold = benchPdfCold(root, dir, big);
  results.cli.pdfTypicalWarm = await benchPdfWarm(root, dir, typical, tsImport);
  results.cli.pdfBigWarm = await benchPdfWarm(root, dir, big, tsImport);
  results.cli.coldStart = await benchColdStart(root);
  results.cli.vsix = vsixSize(root, values.package);
  const c = results.cli;
  results.cli.loadAfter = load();
  console.log(`\n### Ligne de commande, PDF, démarrage (charge ${results.cli.loadBefore} → ${results.cli.loadAfter})\n`);
  console.log('| mesure | médiane mur (ms) | CPU (ms) | autre |');
  console.log('|---|---:|---:|---|');
  console.log(`| check, classe de ${c.checkClass.files} dossiers de 30 réalisations (${(c.checkClass.bytes / 1024).toFixed(0)} kio) | ${f(c.checkClass.wall.median)} | ${f(c.checkClass.cpu.median)} | ${c.checkClass.summary} |`);
  console.log(`| check, même classe, un seul fil (SIO_CHECK_THREADS=1) | ${f(c.checkClassOneThread.wall.median)} | ${f(c.checkClassOneThread.cpu.median)} | |`);
  const vc = c.pdfVsChromium;
  if (vc.ours) {
    console.log(`| pdf lea-martin-sisr, processus neuf, alterné avec Chromium | ${f(vc.ours.wall.median)} | ${f(vc.ours.cpu.median)} | ${(vc.ours.bytes / 1024).toFixed(0)} kio |`);
    console.log(`| Chromium --print-to-pdf de l’aperçu (même dossier) | ${f(vc.chromium.wall.median)} | ${f(vc.chromium.cpu.median)} | ${(vc.chromium.bytes / 1024).toFixed(0)} kio ; ratio nous / Chromium : mur ${ratio(vc.ours.wall.median, vc.chromium.wall.median)}, CPU ${ratio(vc.ours.cpu.median, vc.chromium.cpu.median)} |`);
  } else console.log(`| Chromium --print-to-pdf | — | — | ${vc.error} |`);
  console.log(`| pdf lea-martin-sisr, processus neuf | ${f(c.pdfTypicalCold.wall.median)} | ${f(c.pdfTypicalCold.cpu.median)} | ${(c.pdfTypicalCold.bytes / 1024).toFixed(0)} kio, RSS ${f(c.pdfTypicalCold.rssMb)} Mo |`);
  console.log(`| pdf 200 réalisations, processus neuf | ${f(c.pdfBigCold.wall.median)} | ${f(c.pdfBigCold.cpu.median)} | ${(c.pdfBigCold.bytes / 1024).toFixed(0)} kio, RSS ${f(c.pdfBigCold.rssMb)} Mo |`);
  console.log(`| pdf lea-martin-sisr, en mémoire (1er / suivants) | ${f(c.pdfTypicalWarm.first)} / ${f(c.pdfTypicalWarm.warm.median)} | — | rendu seul ${f(c.pdfTypicalWarm.renderOnly?.median)} ms |`);
  console.log(`| pdf 200 réalisations, en mémoire (1er / suivants) | ${f(c.pdfBigWarm.first)} / ${f(c.pdfBigWarm.warm.median)} | — | rendu seul ${f(c.pdfBigWarm.renderOnly?.median)} ms |`);
  console.log(`| démarrage serveur (spawn → initialize) | ${f(c.coldStart.median)} | — | max ${f(c.coldStart.max)} |`);
  console.log(`| .vsix | — | — | ${c.vsix?.bytes ? `${(c.vsix.bytes / 1024).toFixed(0)} kio` : c.vsix?.error ? 'échec du packaging' : 'absent (npm run bench -- --package)'} |`);
}

const outDir = path.join(root, 'test-output/bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(results, (k, v) => (k === 'stdout' || k === 'stderr' ? undefined : v), 2));
console.log(`\nRésultats détaillés / full results: test-output/bench/results.json (load at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
