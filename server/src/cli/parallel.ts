/**
 * `sio-dossier check` of a whole class over the machine's cores: when the work is large enough
 * (threadCount), the files are shared out between this thread and worker threads running the same bundle (each with
 * its own language service, dist/checkWorker.js), the largest files first so that the shares end together. Results
 * come back in the order of the files, identical to a one-thread run.
 * SIO_CHECK_THREADS=n sets the number of threads (1: this one only).
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/l10n';
import type { LanguageService } from '../core/service';
import { checkFile, FileResult } from './check';

/**
 * A thread costs ~0.27 s of CPU before its first file (loading dist/checkWorker.js, compiling the
 * schema, warming the parser): worth it only for a share of at least ~600 kB of dossiers
 * (~0.9 s of checks). A class of 35 typical dossiers (390 kB) stays on one thread.
 */
const BYTES_PER_THREAD = 600_000;
const PARALLEL_FROM = 12;
const MAX_THREADS = 8;

export interface CheckJob {
  files: { index: number; file: string }[];
  locale: Locale;
}

/** The worker bundle next to this one (esbuild.mjs); absent when running from the sources. */
const WORKER = path.join(__dirname, 'checkWorker.js');

/** SIO_CHECK_THREADS=n asks for n threads (1: none); otherwise the size of the work decides. */
export function threadCount(files: number, bytes: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.SIO_CHECK_THREADS);
  if (Number.isInteger(asked) && asked > 0) return Math.max(1, Math.min(asked, MAX_THREADS, files));
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(bytes / BYTES_PER_THREAD)));
}

function sizeOf(f: string): number {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
}

/** Largest first, each file to the lightest share. */
function shares(sized: { index: number; file: string; bytes: number }[], n: number): { index: number; file: string }[][] {
  const order = [...sized].sort((a, b) => b.bytes - a.bytes);
  const out = Array.from({ length: n }, () => ({ load: 0, files: [] as { index: number; file: string }[] }));
  for (const f of order) {
    const lightest = out.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.files.push({ index: f.index, file: f.file });
    lightest.load += f.bytes + 2000; // a small file still costs its fixed share
  }
  return out.map((s) => s.files);
}

function runInWorker(job: CheckJob): Promise<{ index: number; result: FileResult }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once('message', (m: { index: number; result: FileResult }[]) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

export async function checkFiles(service: LanguageService, files: string[], env: NodeJS.ProcessEnv): Promise<FileResult[]> {
  const sized = files.map((file, index) => ({ index, file, bytes: files.length >= PARALLEL_FROM || env.SIO_CHECK_THREADS ? sizeOf(file) : 0 }));
  const n = existsSync(WORKER) ? threadCount(files.length, sized.reduce((t, f) => t + f.bytes, 0), env) : 1;
  if (n === 1) return files.map((f) => checkFile(service, f));
  const [mine, ...theirs] = shares(sized, n);
  const results: FileResult[] = new Array(files.length);
  const pending = theirs.map((share) =>
    runInWorker({ files: share, locale: service.locale }).then(
      (done) => done.forEach((d) => (results[d.index] = d.result)),
      // A thread that cannot start (or dies) leaves its share to this one: slower, same result.
      () => share.forEach((s) => (results[s.index] = checkFile(service, s.file)))
    )
  );
  for (const s of mine) results[s.index] = checkFile(service, s.file);
  await Promise.all(pending);
  return results;
}
