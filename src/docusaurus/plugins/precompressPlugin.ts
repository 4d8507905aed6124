import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {CompressedFiles} from '../build/compressFiles';
import {buildOutputPaths, buildOutputsWritten} from '../build/buildOutputs';
import {compressInWorker} from '../build/compressWorkerClient';

// The last locale waits for the other locales' jobs (see compressWorkerClient: one worker per build process).
const pending: Array<Promise<CompressedFiles>> = [];

/**
 * Brotli and gzip copies of the build, written while it is made: each locale's files are compressed
 * on a worker thread while the next locale is bundled, and the last locale waits for them all.
 */
export default function precompressPlugin(context: LoadContext): Plugin {
  const {locales, defaultLocale, currentLocale} = context.i18n;
  // Docusaurus builds the default locale first, then the others in their configured order.
  const order = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
  return {
    name: 'precompress',
    async postBuild({outDir}) {
      // The default locale's directory holds the other locales' directories.
      const skip = currentLocale === defaultLocale ? order.slice(1).map((locale) => join(outDir, locale)) : [];
      // The pages and assets while other plugins still write their files (the search index takes
      // tens of seconds on a big site), then those files.
      const early = compressInWorker([outDir], [...skip, ...buildOutputPaths(outDir)]);
      const job = Promise.all([early, buildOutputsWritten(outDir).then((late) => compressInWorker(late, []))]).then(([a, b]) => ({
        files: a.files + b.files,
        bytes: a.bytes + b.bytes,
        brotli: a.brotli + b.brotli,
      }));
      pending.push(job);
      if (currentLocale !== order.at(-1)) {
        // Awaited by the last locale; a build of only some locales ends once these settle.
        job.catch((error: unknown) => {
          console.error(`[precompress] compressing ${outDir} failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exitCode = 1;
        });
        return;
      }
      const results = await Promise.all(pending.splice(0));
      const total = results.reduce((sum, r) => ({files: sum.files + r.files, bytes: sum.bytes + r.bytes, brotli: sum.brotli + r.brotli}));
      console.log(`[precompress] ${total.files} files: ${(total.bytes / 1024).toFixed(0)} KiB → ${(total.brotli / 1024).toFixed(0)} KiB with brotli`);
    },
  };
}
