import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {SiteServer} from '../createSiteServer';
import {startServer, wsUrl} from './helpers';

let site: SiteServer | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

function runPython(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/python3', [join(__dirname, '__fixtures__/python_client.py'), url]);
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`python client failed (${code}): ${err}`))));
  });
}

describe('an independent client (python3-websockets)', () => {
  it('gets text and binary echoed and its close answered with the same code and reason', async () => {
    ({site} = await startServer());
    expect(JSON.parse(await runPython(wsUrl(site)))).toEqual({
      text: 'bonjour ✓',
      binary: [0, 255, 16],
      close_code: 4002,
      close_reason: 'python done',
    });
  });
});
