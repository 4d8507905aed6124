import {parentPort, workerData} from 'node:worker_threads';
import {analyzePage, type PageJob} from './pageAnalysis';
import {packPage} from './packedAnalysis';

/**
 * Parses its share of the pages for `analyzedPages` on a second core, in order, at most `window`
 * pages ahead of what the main thread has taken: the main thread aligns and writes while this one parses.
 */
const {jobs, window} = workerData as {jobs: PageJob[]; window: number};
if (!parentPort) throw new Error('analysisWorker.ts runs as a worker thread of analyzedPages, not on its own');
const port = parentPort;
let credits = window;
let wake: (() => void) | undefined;
port.on('message', (message: {credit: number}) => {
  credits += message.credit;
  wake?.();
});

async function run(): Promise<void> {
  for (const job of jobs) {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    const {page, transfer} = packPage(analyzePage(job));
    port.postMessage(page, transfer);
  }
  port.close();
}

run().catch((error: unknown) => port.postMessage({fatal: error instanceof Error ? (error.stack ?? error.message) : String(error)}));
