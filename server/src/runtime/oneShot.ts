/**
 * Whether this `sio-dossier` run is short enough to do without V8's optimizing compiler
 * (runtime/codeCache.ts, oneShotProcess), decided by dist/cli.js before it loads anything else
 * so that every cached bundle is compiled and cached under the same V8 flags.
 * Measured side by side (docs/PERFORMANCE.md): `pdf` of a typical dossier, and of 200
 * réalisations, takes about a third less CPU and no more wall time; `verifier` of a class of 35
 * typical dossiers (0.4 MB) a third less CPU, but of 210 dossiers a quarter more: TurboFan pays
 * once a run lasts a few seconds, hence the size limit.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLI_OPTIONS, resolveCommand } from '../cli/commands';
import { collect } from '../cli/walk';

export const SHORT_CHECK_BYTES = 1_000_000;

export function isShortRun(argv: string[]): boolean {
  try {
    const { positionals } = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: false });
    const [typed, ...rest] = positionals;
    const command = typed ? resolveCommand(typed) : null;
    if (command === 'pdf') return true;
    if (command !== 'verifier' || !rest.length) return false;
    let bytes = 0;
    for (const f of collect(rest, true)) {
      bytes += statSync(f, { throwIfNoEntry: false })?.size ?? 0;
      if (bytes >= SHORT_CHECK_BYTES) return false;
    }
    return true;
  } catch {
    // Whatever the arguments' fault, main.ts reports it; this choice only tunes speed.
    return false;
  }
}
