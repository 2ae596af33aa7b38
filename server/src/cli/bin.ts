/**
 * dist/cli.js, the `sio-dossier` command: a few lines that load the checks and the dispatcher
 * (main.ts, built as dist/cli-main.js) through the V8 code cache like the engines they load in
 * turn (scripts/build/cliBundles.mjs), run the one command, then save the caches — after the
 * command, so that they cover what it ran (bundles/codeCache.ts). From the sources
 * (`tsx server/src/cli/bin.ts`), `./main` is the TypeScript module itself.
 */
import { saveCodeCaches } from '../bundles/codeCache';
import { run, saveCodeCaches as saveLoadedCaches } from './main';

run(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), env: process.env, oneShot: true }).then(
  (code) => {
    process.exitCode = code;
    saveLoadedCaches();
    saveCodeCaches();
  },
  (err) => {
    process.stderr.write(`Erreur interne / internal error: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
  }
);
