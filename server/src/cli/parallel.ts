/**
 * `sio-dossier check` of a whole class over the machine's cores: past PARALLEL_FROM files, the
 * files are shared out between this thread and worker threads running the same bundle (each with
 * its own language service), the largest files first so that the shares end together. Results
 * come back in the order of the files, identical to a one-thread run.
 * SIO_CHECK_THREADS=1 forces one thread (and any number caps them).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Locale } from '../core/l10n';
import { createLanguageService, LanguageService } from '../core/service';
import { checkFile, FileResult } from './check';

/** Below this many files, starting a thread (~60 ms to load the bundle) costs more than it saves. */
const PARALLEL_FROM = 12;
const MAX_THREADS = 8;

interface Job {
  sioCheckJob: true;
  files: { index: number; file: string }[];
  locale: Locale;
}

export function threadCount(files: number, env: NodeJS.ProcessEnv): number {
  const asked = Number(env.SIO_CHECK_THREADS);
  const cores = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  if (files < PARALLEL_FROM) return 1;
  return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(files / 4)));
}

/** Largest first, each file to the lightest share. */
function shares(files: string[], n: number): { index: number; file: string }[][] {
  const size = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  const order = files.map((file, index) => ({ index, file, bytes: size(file) })).sort((a, b) => b.bytes - a.bytes);
  const out = Array.from({ length: n }, () => ({ load: 0, files: [] as { index: number; file: string }[] }));
  for (const f of order) {
    const lightest = out.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.files.push({ index: f.index, file: f.file });
    lightest.load += f.bytes + 2000; // a small file still costs its fixed share
  }
  return out.map((s) => s.files);
}

function runInWorker(job: Job): Promise<{ index: number; result: FileResult }[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', (m: { index: number; result: FileResult }[]) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
  });
}

export async function checkFiles(service: LanguageService, files: string[], env: NodeJS.ProcessEnv): Promise<FileResult[]> {
  const n = threadCount(files.length, env);
  if (n === 1) return files.map((f) => checkFile(service, f));
  const [mine, ...theirs] = shares(files, n);
  const results: FileResult[] = new Array(files.length);
  const pending = theirs.map((share) =>
    runInWorker({ sioCheckJob: true, files: share, locale: service.locale }).then(
      (done) => done.forEach((d) => (results[d.index] = d.result)),
      // A thread that cannot start (or dies) leaves its share to this one: slower, same result.
      () => share.forEach((s) => (results[s.index] = checkFile(service, s.file)))
    )
  );
  for (const s of mine) results[s.index] = checkFile(service, s.file);
  await Promise.all(pending);
  return results;
}

// In a worker thread started by checkFiles: check the share, post the results, end.
if (!isMainThread && (workerData as Job | undefined)?.sioCheckJob) {
  const job = workerData as Job;
  const service = createLanguageService({ locale: job.locale, incremental: false });
  parentPort!.postMessage(job.files.map((f) => ({ index: f.index, result: checkFile(service, f.file) })));
}
