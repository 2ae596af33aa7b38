import { generateDossier } from './test/support/generate';
import { createLanguageService } from './server/src/core/service';
const s = createLanguageService({ incremental: true });
const N = Number(process.env.N ?? 2000);
const t = generateDossier({ realisations: N, seed: N });
let p = s.parse(t); s.findings(p);
const at = t.indexOf('description: ', t.length/2) + 20;
let tp = 0, tf = 0; const K = Number(process.env.K ?? 40);
for (let i = 0; i < K; i++) {
  const u = t.slice(0, at) + 'x'.repeat(i+1) + t.slice(at);
  const t0 = performance.now(); p = s.parse(u); const t1 = performance.now(); s.findings(p); const t2 = performance.now();
  tp += t1-t0; tf += t2-t1;
}
console.log(N, 'parse', (tp/K).toFixed(1), 'findings', (tf/K).toFixed(1));
