import {writeFileSync} from 'node:fs';
import {parentPort} from 'node:worker_threads';
import {createCompressor, writeCompressedCopies, type CompressedFiles} from './compressFiles';

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

/** Writes files a plugin made in memory, each with its compressed copies. */
function writeFiles(files: ReadonlyArray<{path: string; text: string}>): CompressedFiles {
  const result: CompressedFiles = {files: 0, bytes: 0, brotli: 0};
  for (const {path, text} of files) {
    const data = Buffer.from(text);
    writeFileSync(path, data);
    const written = writeCompressedCopies(path, data);
    if (!written) continue;
    result.files++;
    result.bytes += written.bytes;
    result.brotli += written.brotli;
  }
  return result;
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
    port.postMessage({id, result: files ? writeFiles(files) : compress(paths, skip)});
  } catch (error) {
    port.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
});
