import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {missingTools, TOOLS} from '../systemTools';

const SCRIPT = join(__dirname, '../systemTools.ts');

describe('the system tools npm test needs', () => {
  it('stops a machine without them within seconds, naming each tool and the command that installs it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-tools-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
      encoding: 'utf8',
      env: {...process.env, SYSTEM_TOOLS_ROOT: empty, SYSTEM_TOOLS_INSTALL: 'false'},
      // A check that hangs is killed and fails (status null), rather than holding the test run.
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    for (const tool of TOOLS) expect(result.stderr).toContain(tool.what);
    expect(result.stderr).toContain('sudo apt-get install -y chromium nginx gettext libxml2-utils python3-websockets python3-autobahn time');
  });

  it('names only what is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'some-tools-'));
    mkdirSync(join(root, 'usr/bin'), {recursive: true});
    writeFileSync(join(root, 'usr/bin/chromium'), '');
    writeFileSync(join(root, 'usr/bin/xmllint'), '');
    expect(missingTools(root).map((t) => t.pkg)).toEqual(['nginx', 'gettext', 'python3-websockets', 'python3-autobahn', 'time']);
  });

  it('finds nothing missing on this machine, where the tests run', () => {
    expect(missingTools().map((t) => t.pkg)).toEqual([]);
  });
});
