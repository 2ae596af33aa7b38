/**
 * dist/cli.js, the `sio-dossier` command: a few lines that load the checks and the dispatcher
 * (main.ts, built as dist/cli-main.js) through the V8 code cache like the engines they load in
 * turn (scripts/build/cliBundles.mjs), run the one command, then save the caches — after the
 * command, so that they cover what it ran (runtime/codeCache.ts). A short run turns V8's
 * optimizing compiler off first (oneShot.ts), before any bundle is compiled. From the sources
 * (`tsx server/src/cli/bin.ts`), `./main` is the TypeScript module itself.
 */
import { oneShotProcess, saveCodeCaches } from '../runtime/codeCache';
import { isShortRun } from '../runtime/oneShot';

async function main(argv: string[]): Promise<number> {
  if (isShortRun(argv)) oneShotProcess();
  const cli = await import('./main');
  try {
    return await cli.run(argv, { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), env: process.env });
  } finally {
    cli.saveCodeCaches();
    saveCodeCaches();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Erreur interne / internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
  }
);
