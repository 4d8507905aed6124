import {join} from 'node:path';
import type {EnglishSentence} from '../core/l10n/englishSentences';
import {localizedDoc, type LocalizedDoc} from '../core/l10n/localizedDoc';
import {unpackPage, type PackedPage} from './packedAnalysis';
import {analyzePage, pageJobs, type PageAnalysis, type PageJob} from './pageAnalysis';
import type {Project} from './project';
import {startTsWorker} from './tsWorker';

export interface AnalyzedPage {
  /** Path under docs/. */
  page: string;
  english: string;
  sentences: EnglishSentence[];
  localized: Partial<Record<string, LocalizedDoc>>;
}

/**
 * Below this many files a worker costs more to start (about 0.4 s: tsx and the parsers load again)
 * than it saves: `status` on 300 generated pages × 4 files took as long either way, on 1,000 × 4
 * 20 % less with it, and on the 237 files of the real corpus 0.27 s more.
 */
const WORKER_FROM_FILES = 1500;
/** Pages the worker may parse ahead of the main thread: enough to never wait, few enough to hold little text. */
const WINDOW = 16;

function toPage(page: string, {english, sentences, localized}: PageAnalysis): AnalyzedPage {
  const docs: AnalyzedPage['localized'] = {};
  for (const {locale, path, text, analysis} of localized) docs[locale] = localizedDoc(path, text, analysis);
  return {page, english, sentences, localized: docs};
}

/** The worker's messages in order, with back-pressure: each page taken lets the worker parse one more. */
function startWorker(jobs: PageJob[]): {next(): Promise<PageAnalysis>; stop(): Promise<void>} {
  const worker = startTsWorker(join(__dirname, 'analysisWorker.ts'), {jobs, window: WINDOW});
  const received: PackedPage[] = [];
  let waiting: {resolve: (m: PackedPage) => void; reject: (e: unknown) => void} | undefined;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
  };
  worker.on('message', (message: PackedPage | {fatal: string}) => {
    if ('fatal' in message) return fail(new Error(`the l10n analysis worker failed: ${message.fatal}`));
    if (waiting) waiting.resolve(message);
    else received.push(message);
    waiting = undefined;
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('the l10n analysis worker stopped before sending every page')));
  return {
    async next() {
      let message = received.shift();
      if (!message) {
        if (failure) throw failure;
        message = await new Promise<PackedPage>((resolve, reject) => (waiting = {resolve, reject}));
      }
      worker.postMessage({credit: 1});
      return unpackPage(message);
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * Every page of the project with its English and each locale's copy read and parsed, in project
 * order. On a large project most of the parsing runs on a worker thread, a few pages ahead of the
 * caller, so on two cores parsing and the caller's own work (alignment, rendering, writing) overlap.
 */
export async function* analyzedPages(
  project: Project,
  {worker, locales = project.locales, pages}: {worker?: boolean; locales?: readonly string[]; pages?: ReadonlySet<string>} = {},
): AsyncGenerator<AnalyzedPage> {
  // `pages`: only these (paths under docs/), as a save of one sentence needs; else every page.
  const jobs = pages ? pageJobs(project, locales).filter((job) => pages.has(job.page)) : pageJobs(project, locales);
  const files = jobs.reduce((n, job) => n + 1 + job.localized.length, 0);
  if (!(worker ?? files >= WORKER_FROM_FILES)) {
    for (const job of jobs) yield toPage(job.page, analyzePage(job));
    return;
  }
  // The worker parses two pages of every three; this thread parses the third and does the caller's
  // work on all of them, which keeps both cores about equally busy for status and for sync.
  const onWorker = (i: number) => i % 3 !== 0;
  const thread = startWorker(jobs.filter((_, i) => onWorker(i)));
  try {
    for (const [i, job] of jobs.entries()) yield toPage(job.page, onWorker(i) ? await thread.next() : analyzePage(job));
  } finally {
    await thread.stop();
  }
}
