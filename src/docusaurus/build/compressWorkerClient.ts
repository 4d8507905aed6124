import {join} from 'node:path';
import type {Worker} from 'node:worker_threads';
import {startTsWorker} from '../../project/tsWorker';
import type {CompressedFiles} from './compressFiles';
import type {CompressJob} from './compressWorker';

interface Answer {
  id: number;
  result?: CompressedFiles;
  error?: string;
}

// One per build process: docusaurus.config.ts loads our plugins once per production build (see
// src/siteModules.ts), while Docusaurus builds the locales one after another. Their builds share
// many files, each compressed once by the one worker, and the last locale waits for the others' jobs.
let worker: Worker | undefined;
const waiting = new Map<number, {resolve: (r: CompressedFiles) => void; reject: (e: Error) => void}>();
let nextId = 0;

/** Hands a job to the compression worker, started on first use; jobs run one after another, in order. */
function inWorker(job: Omit<CompressJob, 'id'>): Promise<CompressedFiles> {
  if (!worker) {
    worker = startTsWorker(join(__dirname, 'compressWorker.ts'), undefined);
    worker.on('message', ({id, result, error}: Answer) => {
      const job = waiting.get(id);
      waiting.delete(id);
      if (result) job?.resolve(result);
      else job?.reject(new Error(error ?? 'the compression worker sent no result'));
      // An idle worker does not keep a build of only some locales from ending.
      if (waiting.size === 0) worker?.unref();
    });
    worker.on('error', (error) => {
      for (const job of waiting.values()) job.reject(error);
      waiting.clear();
    });
  }
  const id = nextId++;
  worker.ref();
  worker.postMessage({id, ...job} satisfies CompressJob);
  return new Promise((resolve, reject) => waiting.set(id, {resolve, reject}));
}

/** Compresses the files under `paths`, but those under `skip`. */
export function compressInWorker(paths: string[], skip: string[]): Promise<CompressedFiles> {
  return inWorker({paths, skip});
}

/** Writes each file with its compressed copies. */
export function writeInWorker(files: Array<{path: string; text: string}>): Promise<CompressedFiles> {
  return inWorker({paths: [], skip: [], files});
}
