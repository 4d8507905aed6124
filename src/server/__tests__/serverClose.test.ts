import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {SiteServer} from '../createSiteServer';
import {closed, frame, nextMessage, openClient, rawSend, rejectedStatus, startServer, wsUrl} from './helpers';

let site: SiteServer | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Sends five messages at once: the server closes after echoing the first. */
async function runCloseMode(mode: string) {
  const started = await startServer();
  site = started.site;
  const ws = await openClient(wsUrl(site, `/ws/server-close?mode=${mode}&code=4000&reason=server%20done`));
  const echoed = nextMessage(ws);
  const done = closed(ws);
  for (let i = 1; i <= 5; i++) ws.send(`message ${i}`);
  expect((await echoed).data.toString()).toBe('message 1');
  expect(await done).toEqual({code: 4000, reason: 'server done'});
  await vi.waitUntil(() => started.events().some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
  return started.events();
}

describe('server-initiated close', () => {
  it('CloseOutputAsync returns at once and still receives what the client sends after', async () => {
    const events = await runCloseMode('CloseOutputAsync');
    const kinds = events.map((e) => e.event);
    expect(kinds.slice(0, 6)).toEqual(['open', 'message-in', 'message-out', 'close-sent', 'WebSocketCloseOutputSent', 'message-in']);
    expect(events.filter((e) => e.event === 'message-in' && e.afterCloseSent)).toHaveLength(4);
    expect(events.find((e) => e.event === 'close-sent')).toMatchObject({mode: 'CloseOutputAsync', code: 4000});
    expect(kinds.slice(-2)).toEqual(['close-received', 'closed']);
  });

  it('CloseAsync waits for the answer and does not read data that arrives after its close frame', async () => {
    const events = await runCloseMode('CloseAsync');
    expect(events.filter((e) => e.event === 'message-ignored')).toHaveLength(4);
    expect(events.filter((e) => e.event === 'message-in')).toHaveLength(1);
    expect(events.find((e) => e.event === 'close-sent')).toMatchObject({mode: 'CloseAsync'});
  });

  it('CloseAsync terminates a client that never answers after the close timeout', async () => {
    const started = await startServer({closeTimeout: 150});
    site = started.site;
    // A raw client that sends one message and never answers the close frame.
    const socket = await rawSend(site, '/ws/server-close?mode=CloseAsync', frame(0x1, Buffer.from('go')));
    const start = Date.now();
    const closedEvent = await vi.waitUntil(() => started.events().find((e) => e.event === 'closed'), {timeout: 2000, interval: 10});
    expect(closedEvent).toMatchObject({code: 1006, clean: false});
    expect(Date.now() - start).toBeGreaterThanOrEqual(100);
    socket.destroy();
  });

  it('refuses a bad mode or code before the handshake', async () => {
    ({site} = await startServer());
    expect(await rejectedStatus(wsUrl(site, '/ws/server-close?mode=Abort'))).toBe(400);
    expect(await rejectedStatus(wsUrl(site, '/ws/server-close?mode=CloseAsync&code=1006'))).toBe(400);
  });
});

describe('the event stream', () => {
  it('streams the events of connections with the same trace token, 3427 included', async () => {
    ({site} = await startServer());
    const stream = await openClient(wsUrl(site, '/ws/events?trace=reader-1234'));
    const received: Array<{event: string}> = [];
    stream.on('message', (data) => received.push(JSON.parse(String(data))));
    const other = await openClient(wsUrl(site));
    const ws = await openClient(wsUrl(site, '/ws?trace=reader-1234'));
    ws.send('hi');
    await nextMessage(ws);
    ws.close(1000);
    other.close();
    await vi.waitUntil(() => received.some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
    expect(received.map((e) => e.event)).toEqual(['open', 'message-in', 'message-out', 'close-received', 'close-sent', 'WebSocketCloseOutputSent', 'closed']);
    stream.close();
  });
});

describe('shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s closes every client with 1001 and exits', async (signal) => {
    const root = join(__dirname, '../../..');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--host', '127.0.0.1', '--port', '0', '--close-timeout', '1000'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const url = await vi.waitUntil(() => /at (http:\/\/\S+) /.exec(output)?.[1], {timeout: 15000, interval: 10});
    const ws = await openClient(`${url.replace(/^http/, 'ws')}/ws`);
    const done = closed(ws);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const start = Date.now();
    child.kill(signal);
    expect(await done).toEqual({code: 1001, reason: 'Server shutting down'});
    expect(await exited).toBe(0);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
