import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {WHOLE_SETS, type WholeSet} from './wholeSets';

/** Where the sets are kept: `WHOLE_SETS_DIR`, else `.cache/whole-sets` in the project (ignored by git). */
export const wholeSetsDir = (root = process.cwd()): string => resolve(process.env.WHOLE_SETS_DIR ?? join(root, '.cache/whole-sets'));

/** A set's folder: `<dir>/<product>/<locale>`, holding the repository's tree at the commit. */
export const setDir = (set: WholeSet, dir = wholeSetsDir()): string => join(dir, set.product, set.locale);

function git(args: string[], cwd?: string): string {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8', maxBuffer: 1 << 30});
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * A git directory holding the commit: a local mirror (`WHOLE_SETS_MIRROR/<owner>+<name>/repo`, as
 * this workplace's fetch leaves them) or a bare clone from GitHub kept beside the sets.
 */
function repositoryOf(set: WholeSet, dir: string): string {
  const mirror = join(process.env.WHOLE_SETS_MIRROR ?? '/work/.mirror', set.repo.replace('/', '+'), 'repo');
  if (existsSync(mirror)) return mirror;
  const clone = join(dir, '.git-cache', set.repo.replace('/', '+'));
  if (!existsSync(clone)) git(['clone', '--bare', '--single-branch', '--branch', set.branch, `https://github.com/${set.repo}.git`, clone]);
  return clone;
}

/** Brings every set to its folder at its commit; a set already there (its COMMIT file says so) is kept. */
export function fetchWholeSets(dir = wholeSetsDir()): Array<{set: WholeSet; dir: string; files: number}> {
  return WHOLE_SETS.map((set) => {
    const target = setDir(set, dir);
    const marker = join(target, '.whole-set-commit');
    if (!existsSync(marker)) {
      const repository = repositoryOf(set, dir);
      const partial = `${target}.part`;
      rmSync(partial, {recursive: true, force: true});
      mkdirSync(partial, {recursive: true});
      const archive = spawnSync('git', ['archive', '--format=tar', set.commit], {cwd: repository, maxBuffer: 1 << 30});
      if (archive.status !== 0) throw new Error(`${set.repo} has no commit ${set.commit}: ${archive.stderr.toString().trim()}`);
      const untar = spawnSync('tar', ['-x', '-C', partial], {input: archive.stdout});
      if (untar.status !== 0) throw new Error(`unpacking ${set.repo} failed: ${untar.stderr.toString().trim()}`);
      writeFileSync(join(partial, '.whole-set-commit'), `${set.repo} ${set.commit}\n`);
      rmSync(target, {recursive: true, force: true});
      renameSync(partial, target);
    }
    const files = readdirSync(target, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.md')).length;
    return {set, dir: target, files};
  });
}

if (require.main === module) {
  const fetched = fetchWholeSets();
  for (const {set, dir, files} of fetched)
    console.log(`${set.product}/${set.locale}: ${files} .md files at ${set.repo}@${set.commit.slice(0, 10)} (${set.licence}) in ${dir}`);
  console.log(`${fetched.reduce((n, f) => n + f.files, 0)} .md files in ${fetched.length} sets`);
}
