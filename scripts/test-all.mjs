// Runs every test suite in turn (type check, unit + protocol + browser, end-to-end in
// code-server), shows their output, and ends with one plain total line that CI reads:
// "N passed, N failed, N skipped". A suite that crashes without a summary counts as failed.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';

// A fresh fuzz seed per run (test/unit/fuzz/harness.ts reads FUZZ_SEED), printed so that a
// failure can be replayed: each CI run explores new cases instead of the same fixed ones.
const fuzzSeed = process.env.FUZZ_SEED || String(randomInt(1, 2 ** 31 - 1));
console.log(`[test-all] graine du fuzz / fuzz seed: FUZZ_SEED=${fuzzSeed} (rejouer / replay: FUZZ_SEED=${fuzzSeed} npm test)`);

const suites = [
  ['npm', ['test']],
  ['npm', ['run', 'test:e2e']],
  // VS Code for the Web (issue 26): the package test:e2e just built, without its Node entry.
  ['npm', ['run', 'test:e2e:web'], { SIO_E2E_SKIP_PACKAGE: '1' }]
];

let passed = 0, failed = 0, skipped = 0, broken = 0;
for (const [cmd, args, extraEnv = {}] of suites) {
  const code = await new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...extraEnv, FUZZ_SEED: fuzzSeed } });
    let last = null;
    let buf = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const l of lines) {
        const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(l.trim());
        if (m) last = m;
      }
    });
    child.on('close', (c) => {
      const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(buf.trim());
      if (m) last = m;
      resolve({ c, last });
    });
  });
  const { c, last } = code;
  if (last) {
    passed += +last[1];
    failed += +last[2];
    skipped += +(last[3] ?? 0);
  }
  // A suite that exits non-zero without reporting a failed test (build or type error, crash).
  if (c !== 0 && (!last || +last[2] === 0)) broken++;
  if (c !== 0) console.log(`[test-all] ${cmd} ${args.join(' ')} → code ${c}`);
}
console.log(`\n${passed} passed, ${failed + broken} failed, ${skipped} skipped`);
process.exit(failed + broken > 0 ? 1 : 0);
