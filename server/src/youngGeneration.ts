/**
 * The language server's young generation stays at 1 MB per semi-space (V8 grows it up to 16 MB
 * per semi-space on a 64-bit machine, 32 MB of new space, as soon as allocation is steady: a few
 * keystrokes). A keystroke's garbage is a few MB of short-lived yaml nodes that a small new
 * space collects just as well, while the large one stays resident: measured with
 * scripts/bench/run.mjs, peak RSS 99 → 77 MB for a typical dossier, 143 → 114 MB at 200
 * réalisations, with the same server CPU per edit (docs/PERFORMANCE.md, issue 16).
 *
 * The server is launched as `node dist/server.js --stdio` by any editor, so it cannot count on
 * node options: it stops the growth itself, before the bundle's modules allocate. V8 reads
 * `--semi-space-growth-factor` each time it would grow the new space, so setting it at run time
 * takes effect (whereas `--max-semi-space-size` is read once, when the heap is created). A
 * launcher that chose a semi-space size (`node --max-semi-space-size=…`) keeps its choice.
 * Imported first by main.ts for this side effect; nothing else.
 */
import { setFlagsFromString } from 'node:v8';

const chosen = process.execArgv.some((a) => /^--(max-semi-space-size|min-semi-space-size|semi-space-growth-factor)\b/.test(a));
if (!chosen) setFlagsFromString('--semi-space-growth-factor=1');
