import {describe, expect, it, vi} from 'vitest';
import {closed, frame, openClient, rawSend, rejectedStatus, wsUrl} from './helpers';
import {hostileServer} from './hostileClients';

const {start, events} = hostileServer();

describe('6. event streams', () => {
  it('close a subscriber that does not read with 1013', async () => {
    const server = await start({maxBufferedBytes: 64 * 1024});
    const subscriber = await rawSend(server, '/ws/events?trace=slow-reader', Buffer.alloc(0));
    subscriber.pause();
    const echo = await openClient(wsUrl(server, '/ws?trace=slow-reader'));
    // Each echo streams two events to the subscriber, which the kernel's buffers take first.
    const overloaded = () => events().some((e) => e.event === 'close-sent' && e.mode === 'overload');
    for (let round = 0; round < 400 && !overloaded(); round++) {
      for (let i = 0; i < 500; i++) echo.send('x');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(events().find((e) => e.event === 'close-sent' && e.mode === 'overload')).toMatchObject({code: 1013});
    subscriber.destroy();
    echo.close();
  });

  it('show the reader their connections’ events but never the peer address the log keeps', async () => {
    const server = await start();
    const stream = await openClient(wsUrl(server, '/ws/events?trace=own-events'));
    const streamed: string[] = [];
    stream.on('message', (data: Buffer) => streamed.push(data.toString()));
    const echo = await openClient(wsUrl(server, '/ws?trace=own-events'));
    echo.close(1000);
    await vi.waitUntil(() => streamed.some((e) => e.includes('"closed"')), {timeout: 3000, interval: 10});
    expect(streamed.some((e) => e.includes('"remote":"client"'))).toBe(true);
    expect(streamed.join('\n')).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(events().find((e) => e.event === 'open' && e.endpoint === '/ws')).toMatchObject({remote: expect.stringMatching(/^127\.0\.0\.1:\d+$/)});
    stream.close();
  });

  it('allow a few subscribers per trace token, then answer 429', async () => {
    const server = await start({maxSubscribersPerTrace: 2});
    const streams = [await openClient(wsUrl(server, '/ws/events?trace=many-eyes')), await openClient(wsUrl(server, '/ws/events?trace=many-eyes'))];
    expect(await rejectedStatus(wsUrl(server, '/ws/events?trace=many-eyes'))).toBe(429);
    (await openClient(wsUrl(server, '/ws/events?trace=other-eyes'))).close();
    for (const ws of streams) ws.close();
  });

  it('are pinged, aborted when they do not answer, and logged when they open and close', async () => {
    const server = await start({keepAliveInterval: 50, keepAliveTimeout: 100});
    const stream = await openClient(wsUrl(server, '/ws/events?trace=dead-subscriber'), {autoPong: false} as object);
    expect((await closed(stream)).code).toBe(1006);
    await vi.waitUntil(() => events().some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
    const kinds = events().map((e) => [e.event, 'endpoint' in e ? e.endpoint : undefined]);
    expect(kinds).toContainEqual(['open', '/ws/events']);
    expect(events().map((e) => e.event)).toEqual(expect.arrayContaining(['abort', 'closed']));
  });
});

describe('7. the server-wide buffer budget', () => {
  it('cuts the peers holding the most with 1013 once all together hold more than maxTotalBufferedBytes', async () => {
    const server = await start({maxTotalBufferedBytes: 2 * 1024 * 1024, maxBufferedBytes: 64 * 1024 * 1024, maxMessageSize: 64 * 1024, closeTimeout: 500});
    const chunk = frame(0x2, Buffer.alloc(60_000, 7));
    const peers = await Promise.all([0, 1, 2].map(() => rawSend(server, '/ws', Buffer.alloc(0))));
    for (const peer of peers) peer.pause();
    for (let i = 0; i < 400; i++) for (const peer of peers) peer.write(chunk);
    // Each peer is refused (its next message over the budget) or cut (holding the most), and ended.
    await vi.waitUntil(() => events().filter((e) => e.event === 'closed').length === 3, {timeout: 10_000, interval: 20});
    const closes = events().filter((e) => e.event === 'close-sent');
    expect(closes).toHaveLength(3);
    for (const close of closes) expect(close).toMatchObject({code: 1013, mode: 'overload', reason: expect.stringMatching(/buffer (budget|memory)/)});
    for (const peer of peers) peer.destroy();
  });
});
