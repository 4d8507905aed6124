import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildInvocation} from '../build';

describe('npm run build', () => {
  it('makes content problems fatal only with --strict (or L10N_STRICT), and passes every other argument to Docusaurus', () => {
    expect(buildInvocation(['--strict', '--locale', 'zh-TW'], {CI: 'true'})).toEqual({
      args: ['build', '--locale', 'zh-TW'],
      env: {CI: 'true', L10N_STRICT: 'true'},
    });
    expect(buildInvocation(['--out-dir', 'out'], {CI: 'true'})).toEqual({args: ['build', '--out-dir', 'out'], env: {CI: 'true'}});
  });

  it('runs Docusaurus with --strict taken off (it would refuse an option it does not know)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../build.ts'), '--strict', '--help'], {encoding: 'utf8', timeout: 120_000});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: docusaurus build');
  });
});
