/**
 * The worker-thread side of `sio-dossier check` over several cores (parallel.ts): a bundle of
 * its own (dist/checkWorker.js, the core without the PDF engine) so that starting a thread
 * costs loading the checks only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLanguageService } from '../core/service';
import { diskFiles } from '../node/diskProbe';
import { checkFile } from './check';
import type { CheckJob } from './parallel';

const job = workerData as CheckJob;
const service = createLanguageService({ locale: job.locale, incremental: false, files: diskFiles });
parentPort!.postMessage(job.files.map((f) => ({ index: f.index, result: checkFile(service, f.file) })));
