/**
 * The language server's young generation stays at SERVER_SEMI_SPACE_MB per semi-space
 * (shared/serverProcess.ts): V8 grows it up to 16 MB per semi-space on a 64-bit machine, 32 MB of
 * new space, as soon as allocation is steady (a few keystrokes), and that memory stays resident.
 * Measured with scripts/bench/run.mjs at the same load: peak RSS 90 → 75 MB for a typical
 * dossier, 140 → 111 MB at 200 réalisations, the same server CPU per edit (docs/PERFORMANCE.md).
 *
 * VS Code's client launches the server with `--max-semi-space-size` (SERVER_EXEC_ARGV). Any
 * other editor runs `node dist/server.js --stdio` without our node options: the server then stops
 * the growth itself, before the bundle's modules allocate, with Node's `v8.setFlagsFromString`.
 * V8 reads `--semi-space-growth-factor` each time it would grow the new space (whereas the maximum
 * size is read once, when the heap is created), and the new space starts at 1 MB per semi-space
 * on 64 bits: a factor of 1 keeps it there. A launcher that chose its own size keeps its choice.
 * Imported first by main.ts for this side effect; nothing else.
 */
import { setFlagsFromString } from 'node:v8';
import { SERVER_SEMI_SPACE_MB } from '../../../shared/serverProcess';

const chosen = process.execArgv.some((a) => /^--(max-semi-space-size|min-semi-space-size|semi-space-growth-factor)\b/.test(a));
// The growth factor keeps the initial size, 1 MB on 64 bits: only right while that is the size wanted.
if (!chosen && SERVER_SEMI_SPACE_MB === 1) setFlagsFromString('--semi-space-growth-factor=1');
