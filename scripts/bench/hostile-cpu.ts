/**
 * CPU cost of the worst inputs the server accepts (issue 17: no request or validation may block
 * the server for more than ~200 ms of CPU). For each input just under MAX_DOSSIER_BYTES (the most
 * one yaml parse reads), and just under MAX_CUT_DOSSIER_BYTES (read in pieces or refused), the CPU
 * time of one validation (parse + findings + diagnostics) and of the heaviest editor requests,
 * median of 3 runs. Prints figures; asserts nothing (run: npx tsx scripts/bench/hostile-cpu.ts).
 * On a shared machine, read the load average printed first: CPU time grows with contention.
 */
import { loadavg } from 'node:os';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/core/features/codeActions';
import { completion } from '../../server/src/core/features/completion';
import { featureOptions } from '../../server/src/core/features/options';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { MAX_CUT_DOSSIER_BYTES, MAX_DOSSIER_BYTES } from '../../server/src/core/parse';
import { createLanguageService } from '../../server/src/core/service';
import { generateDossier } from '../../test/support/generate';

const now = new Date('2026-11-26T10:00:00Z');
const service = createLanguageService({ now: () => now });
const opts = featureOptions({ now });
const fit = (s: string) => s.slice(0, MAX_DOSSIER_BYTES - 2) + '\n';

function legit(): string {
  let n = 100;
  while (generateDossier({ realisations: n * 2, seed: 1 }).length < MAX_DOSSIER_BYTES) n *= 2;
  let lo = n, hi = n * 2;
  while (hi - lo > 10) {
    const mid = Math.floor((lo + hi) / 2);
    if (generateDossier({ realisations: mid, seed: 1 }).length < MAX_DOSSIER_BYTES) lo = mid;
    else hi = mid;
  }
  return generateDossier({ realisations: lo, seed: 1 });
}

const inputs: [string, string][] = [
  ['ligne de déchets « - - - » / garbage line', fit('candidat:\n  numero: ""' + '- '.repeat(MAX_DOSSIER_BYTES))],
  ['lignes de déchets / garbage lines', fit(('  numero: ""' + '- '.repeat(2000) + '"\n').repeat(MAX_DOSSIER_BYTES / 4000))],
  ['crochets / brackets', fit('candidat: ' + '[a, '.repeat(MAX_DOSSIER_BYTES))],
  ['dossier valide au plus grand / largest valid dossier', legit()],
  ['une longue ligne de texte / one long text line', fit('candidat:\n  nom: ' + 'x'.repeat(MAX_DOSSIER_BYTES))],
  // Past 250 kB: a piece over the limit is refused unread; pieces of garbage each cost one parse.
  ['ligne de déchets de 999 ko / 999 kB garbage line', ('candidat:\n  numero: ""' + '- '.repeat(MAX_CUT_DOSSIER_BYTES)).slice(0, MAX_CUT_DOSSIER_BYTES - 2) + '\n'],
  ['4 clés de déchets de 249 ko / 4 keys of 249 kB garbage', ['a', 'b', 'c', 'd'].map((k) => `${k}: ""` + '- '.repeat(MAX_DOSSIER_BYTES / 2 - 10) + '\n').join('')],
  ['2000 réalisations (même texte) / 2,000 réalisations (same text)', generateDossier({ realisations: 2000, seed: 2000 })]
];

function cpu(f: () => unknown): number {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`charge / load average: ${loadavg().map((x) => x.toFixed(2)).join(' ')} ; limite / limit ${MAX_DOSSIER_BYTES / 1000} ko`);
console.log('entrée / input | taille | première validation (ms CPU) | validation | complétion | symboles | actions');
for (const [name, text] of inputs) {
  const doc = TextDocument.create('file:///x.sio.yaml', 'sio-yaml', 1, text);
  const v: number[] = [], c: number[] = [], s: number[] = [], a: number[] = [];
  for (let i = 0; i < 3; i++) {
    let diags: ReturnType<typeof service.diagnostics> = [];
    // Cold: the first parse of the text (its pieces not read yet), then the same text again.
    let parsed = i === 0 ? (null as unknown as ReturnType<typeof service.parse>) : service.parse(text);
    v.push(cpu(() => {
      parsed = service.parse(text);
      diags = service.diagnostics(doc, parsed);
    }));
    c.push(cpu(() => completion(doc, parsed, doc.positionAt(Math.floor(text.length / 2)), opts)));
    s.push(cpu(() => documentSymbols(doc, parsed, opts)));
    a.push(cpu(() => codeActions(doc, parsed, diags.slice(0, 20), opts)));
  }
  console.log(`${name} | ${(text.length / 1000).toFixed(0)} ko | ${v[0].toFixed(0)} | ${median(v).toFixed(0)} | ${median(c).toFixed(0)} | ${median(s).toFixed(0)} | ${median(a).toFixed(0)}`);
}
