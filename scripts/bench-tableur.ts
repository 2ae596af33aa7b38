/**
 * Time to fill and to import a typical dossier (figures for docs/PERFORMANCE.md and the issue;
 * printed, never asserted). `npx tsx scripts/bench-tableur.ts [runs]`: the example dossier
 * (6 réalisations) and a 30-réalisation one, filled into the 2026 template built by
 * scripts/tableur-fixtures.ts, written without a template, and imported back; median of the runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDossier } from '../server/src/core/parse';
import { buildSynthese } from '../server/src/core/table/build';
import { exportTableur } from '../server/src/products/tableur/export';
import { importTableauFile } from '../server/src/node/tableurImport';
import { templateWorkbook } from './tableur-fixtures';

const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sio-bench-tableur-'));

function thirty(): string {
  const base = readFileSync(path.resolve(__dirname, '../examples/lea-martin-sisr.sio.yaml'), 'utf8').split('realisations:')[0];
  const cadres = ['formation', 'stage-1', 'stage-2'];
  const rows = Array.from({ length: 30 }, (_, i) => {
    const d = String((i % 27) + 1).padStart(2, '0');
    return `  - id: r${i}\n    intitule: Réalisation ${i}\n    cadre: ${cadres[i % 3]}\n    periode: du ${d}/10/2024 au ${d}/11/2024\n    competences: [B1.${(i % 6) + 1}, B1.${((i + 2) % 6) + 1}.1]\n    documents:\n      - Document ${i}\n`;
  });
  return `${base}realisations:\n${rows.join('')}`;
}

async function median(label: string, f: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    await f(i);
    const used = process.cpuUsage(c);
    cpus.push((used.user + used.system) / 1000);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  // Processor time too: on a machine shared with other jobs, the wall clock says more about them.
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)].toFixed(0).padStart(5);
  console.log(`${label.padEnd(58)} médiane ${mid(times)} ms, processeur ${mid(cpus)} ms  (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}, ${runs} essais)`);
}

(async () => {
  const template = path.join(dir, 'modele.xlsx');
  await templateWorkbook().xlsx.writeFile(template);
  const dossiers: [string, string][] = [['exemple (6 réalisations)', readFileSync(path.resolve(__dirname, '../examples/lea-martin-sisr.sio.yaml'), 'utf8')], ['30 réalisations', thirty()]];
  for (const [name, text] of dossiers) {
    const source = path.join(dir, 'd.sio.yaml');
    const model = () => buildSynthese(parseDossier(text));
    await median(`remplir le modèle .xlsx — ${name}`, (i) => exportTableur({ sourcePath: source, model: model(), templatePath: template, outPath: path.join(dir, `m${i}.xlsx`) }));
    await median(`écrire sans modèle .xlsx — ${name}`, (i) => exportTableur({ sourcePath: source, model: model(), outPath: path.join(dir, `s${i}.xlsx`) }));
    await median(`écrire sans modèle .ods — ${name}`, (i) => exportTableur({ sourcePath: source, model: model(), outPath: path.join(dir, `s${i}.ods`) }));
    for (const ext of ['xlsx', 'ods']) {
      await median(`importer le .${ext} — ${name}`, async (i) => {
        const out = path.join(dir, `i${ext}${i}.sio.yaml`);
        rmSync(out, { force: true });
        await importTableauFile(path.join(dir, `${ext === 'xlsx' ? 'm' : 's'}${i}.${ext}`), out);
      });
    }
  }
  rmSync(dir, { recursive: true, force: true });
})();
