// PDF export timings, as figures (no assertion): cold = first export in a fresh process
// (module load, font parsing, layout), warm = median of the next runs.
// The export module is bundled with esbuild like dist/extension.js and dist/cli.js, with the
// fonts copied next to it, so this measures what users run.
//   node scripts/bench/pdf.mjs [runs]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'test-output/bench-pdf');
const runs = Number(process.argv[2] ?? 5);

if (process.argv[2] !== '--child') {
  mkdirSync(path.join(out, 'fonts'), { recursive: true });
  for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf']) {
    copyFileSync(path.join(root, 'node_modules/dejavu-fonts-ttf/ttf', f), path.join(out, 'fonts', f));
  }
  // Entry: the export API plus the fixtures' builders: the models are built by the real core
  // from dossiers (test/support/synthese.ts), the 200-row one from a generated dossier text.
  const entry = path.join(out, 'entry.ts');
  writeFileSync(
    entry,
    `export { renderPdf } from ${JSON.stringify(path.join(root, 'server/src/products/pdf/pdf'))};\n` +
      `export { largeModel } from ${JSON.stringify(path.join(root, 'test/fixtures/synthese/large'))};\n` +
      `export { modelOfText } from ${JSON.stringify(path.join(root, 'test/support/synthese'))};\n`
  );
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile: path.join(out, 'export.cjs'), logLevel: 'warning' });
  for (const name of ['typique', 'large']) {
    // Fresh process per fixture so that "cold" is really cold.
    process.stdout.write(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, String(runs)], { encoding: 'utf8' }));
  }
} else {
  const [, , , name, n] = process.argv;
  const t0 = performance.now();
  const { createRequire } = await import('node:module');
  const mod = createRequire(import.meta.url)(path.join(out, 'export.cjs'));
  const loaded = performance.now();
  const typique = (ext) => readFileSync(path.join(root, `test/fixtures/synthese/jerome-dupont-lefevre-sisr.${ext}`), 'utf8');
  const model = name === 'large' ? mod.largeModel() : mod.modelOfText(typique('sio.yaml'), typique('revue.yaml'));
  // Building the model is the core's work, not the export's: it is left out of "cold".
  const built = performance.now();
  const opts = { creationDate: new Date(Date.UTC(2026, 2, 13)) };
  const first = await mod.renderPdf(model, opts);
  const cold = loaded - t0 + (performance.now() - built);
  const warm = [];
  for (let i = 0; i < Number(n); i++) {
    const t = performance.now();
    await mod.renderPdf(model, opts);
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  const rows = model.groups.reduce((s, g) => s + g.rows.length, 0);
  console.log(
    `${name.padEnd(8)} ${String(rows).padStart(4)} rows  cold ${cold.toFixed(0).padStart(5)} ms  warm median ${warm[Math.floor(warm.length / 2)].toFixed(0).padStart(5)} ms  ${(first.bytes.length / 1024).toFixed(0)} KB`
  );
}
