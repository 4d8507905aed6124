import {parentPort} from 'node:worker_threads';
import {createCompressor, writeWithCopies} from './compressFiles';

/**
 * Files and directories to compress, and files to write with their compressed copies, as
 * compressWorkerClient sends them; the answer carries the same `id`.
 */
export interface CompressJob {
  id: number;
  paths: string[];
  skip: string[];
  files?: Array<{path: string; text: string}>;
}

/**
 * Compresses builds for `precompressPlugin` off the build's main thread: reading, hashing and
 * writing thousands of files there held up the next locale's bundling by about 0.3 s each.
 */
if (!parentPort) throw new Error('compressWorker.ts runs as a worker thread of compressWorkerClient, not on its own');
const port = parentPort;
const compress = createCompressor();
port.on('message', ({id, paths, skip, files}: CompressJob) => {
  try {
    port.postMessage({id, result: files ? writeWithCopies(files) : compress(paths, skip)});
  } catch (error) {
    port.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
