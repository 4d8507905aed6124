import {Worker} from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module: tsx is registered inside the worker, since the
 * caller may run under tsx, vitest, Docusaurus' jiti or plain Node.
 */
export function startTsWorker(file: string, workerData: unknown): Worker {
  const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(file)});`;
  return new Worker(bootstrap, {eval: true, workerData});
}
