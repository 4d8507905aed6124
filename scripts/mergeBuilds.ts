import {copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';

/** A merge that would lose or mix something: nothing is written. */
export class MergeError extends Error {
  constructor(
    readonly code: 'ERR_MERGE_CONFLICT' | 'ERR_MERGE_INPUT',
    message: string,
  ) {
    super(message);
  }
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((file) => {
    const stats = lstatSync(join(dir, file));
    if (stats.isSymbolicLink()) throw new MergeError('ERR_MERGE_INPUT', `${join(dir, file)}: a symbolic link; a build holds files only`);
    return stats.isFile();
  });
}

/**
 * Merges builds of single locales (`npm run build -- --locale zh-TW --out-dir parts/zh-TW`, each
 * under its own base URL) into one deployable folder, as the all-locale build writes it. A path two
 * inputs both hold must be the same bytes in both (else ERR_MERGE_CONFLICT, naming the file and the
 * two inputs). The result is staged beside `outDir` and swapped in whole: a failed merge leaves
 * `outDir` as it was.
 */
export function mergeBuilds(inputs: readonly string[], outDir: string): {files: number} {
  if (inputs.length === 0) throw new MergeError('ERR_MERGE_INPUT', 'no builds to merge: name each locale’s build folder');
  const target = resolve(outDir);
  mkdirSync(dirname(target), {recursive: true});
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-merging-`));
  try {
    const from = new Map<string, string>();
    for (const input of inputs) {
      if (!existsSync(input) || !lstatSync(input).isDirectory()) throw new MergeError('ERR_MERGE_INPUT', `${input}: not a folder`);
      const files = filesOf(input);
      if (files.length === 0) throw new MergeError('ERR_MERGE_INPUT', `${input}: an empty folder, not a build`);
      for (const file of files) {
        const source = join(input, file);
        const staged = join(staging, file);
        const earlier = from.get(file);
        if (earlier !== undefined) {
          if (!readFileSync(source).equals(readFileSync(staged)))
            throw new MergeError(
              'ERR_MERGE_CONFLICT',
              `${file}: ${earlier} and ${input} hold different files at this path; build each locale from the same commit`,
            );
          continue;
        }
        mkdirSync(dirname(staged), {recursive: true});
        copyFileSync(source, staged);
        from.set(file, input);
      }
    }
    const old = existsSync(target) ? `${staging}-old` : undefined;
    if (old) renameSync(target, old);
    renameSync(staging, target);
    if (old) rmSync(old, {recursive: true, force: true});
    return {files: from.size};
  } finally {
    rmSync(staging, {recursive: true, force: true});
  }
}

if (require.main === module) {
  const {values, positionals} = parseArgs({options: {'out-dir': {type: 'string', default: 'build'}}, allowPositionals: true});
  const outDir = values['out-dir'];
  try {
    const {files} = mergeBuilds(positionals, outDir);
    console.log(`Merged ${positionals.length} builds into ${relative(process.cwd(), resolve(outDir)) || '.'}: ${files} files`);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    console.error(`merge-builds: ${error.message} (${error.code}); ${outDir} is unchanged`);
    process.exitCode = 1;
  }
}
