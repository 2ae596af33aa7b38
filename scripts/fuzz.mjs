// The long (nightly) robustness run: the fuzz properties of test/unit/fuzz/ at FUZZ_RUNS cases
// each (20 000 by default), with a fresh seed printed first so that a failure can be replayed:
//   npm run fuzz                                  # fresh seed, 20 000 cases per property
//   FUZZ_SEED=20261126 FUZZ_RUNS=5000 npm run fuzz # replay a given run
// It takes a while (minutes to an hour on a shared machine): not part of `npm test`.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.FUZZ_SEED || String(randomInt(1, 2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS || '20000';
const files = process.argv.slice(2);
const targets = files.length ? files : ['test/unit/fuzz/**/*.test.ts'];
console.log(`[fuzz] graine / seed FUZZ_SEED=${seed}, FUZZ_RUNS=${runs} — rejouer / replay: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz`);
const child = spawn('npx', ['mocha', '--config', 'test/.mocharc.json', ...targets], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs }
});
child.on('close', (code) => {
  if (code !== 0) console.log(`[fuzz] échec : rejouez avec FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz / failed: replay with that seed`);
  process.exit(code ?? 1);
});
