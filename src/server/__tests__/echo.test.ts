import {connect} from 'node:net';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {SiteServer} from '../createSiteServer';
import {closed, frame, nextMessage, openClient, rawCloseCode, rawSend, rejectedStatus, startServer, wsUrl} from './helpers';

let site: SiteServer | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('the /ws echo', () => {
  it('returns each message with the same type and bytes', async () => {
    ({site} = await startServer());
    const ws = await openClient(wsUrl(site));
    ws.send('héllo ✓');
    expect(await nextMessage(ws)).toEqual({data: Buffer.from('héllo ✓'), isBinary: false});
    const bytes = Buffer.from([0, 1, 0xfe, 0xff]);
    ws.send(bytes);
    expect(await nextMessage(ws)).toEqual({data: bytes, isBinary: true});
    ws.close();
  });

  it('answers the client close with the same code and reason, and reports it with event 3427', async () => {
    const started = await startServer();
    site = started.site;
    const ws = await openClient(wsUrl(site));
    const done = closed(ws);
    ws.close(4001, 'done here');
    expect(await done).toEqual({code: 4001, reason: 'done here'});
    const events = await vi.waitUntil(() => started.events().some((e) => e.event === 'closed') && started.events(), {timeout: 3000, interval: 10});
    const [open] = events;
    expect(events.map((e) => e.event)).toEqual(['open', 'close-received', 'close-sent', 'WebSocketCloseOutputSent', 'closed']);
    if (open?.event !== 'open') throw new Error('the first event is not open');
    expect(events[3]).toMatchObject({
      eventId: 3427,
      message: `WebSocketId:${open.id} sending close output message to '${open.remote}' with close status '4001'.`,
    });
  });

  it('logs sizes and types but never message contents', async () => {
    const started = await startServer();
    site = started.site;
    const ws = await openClient(wsUrl(site));
    ws.send('secret-payload-123');
    await nextMessage(ws);
    ws.close(1000);
    await vi.waitUntil(() => started.events().some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
    expect(started.lines.join('\n')).not.toContain('secret-payload');
    expect(started.events().filter((e) => e.event === 'message-in' || e.event === 'message-out')).toMatchObject([
      {event: 'message-in', type: 'text', size: 18},
      {event: 'message-out', type: 'text', size: 18},
    ]);
    expect(started.events().find((e) => e.event === 'WebSocketCloseOutputSent')).toMatchObject({
      message: expect.stringContaining("close status 'NormalClosure'"),
    });
  });
});

describe('handshake rules', () => {
  it('answers plain HTTP on /ws with 426 and the version it speaks (RFC 6455 §4.2.2), and unknown socket paths with 404', async () => {
    ({site} = await startServer());
    const plain = await fetch(`${site.url}/ws`);
    expect([plain.status, plain.headers.get('sec-websocket-version'), plain.headers.get('upgrade')]).toEqual([426, '13', 'websocket']);
    expect(await rejectedStatus(wsUrl(site, '/other'))).toBe(404);
  });

  it('refuses a foreign Origin with 403, lets same-origin and Origin-less requests through', async () => {
    ({site} = await startServer());
    expect(await rejectedStatus(wsUrl(site), {Origin: 'https://evil.example'})).toBe(403);
    (await openClient(wsUrl(site), {origin: site.url})).close();
    (await openClient(wsUrl(site))).close();
  });

  it('accepts only the configured origins when allowedOrigins is set', async () => {
    ({site} = await startServer({allowedOrigins: ['https://docs.example']}));
    (await openClient(wsUrl(site), {origin: 'https://docs.example'})).close();
    expect(await rejectedStatus(wsUrl(site), {Origin: site.url})).toBe(403);
  });

  it('drops a handshake that does not finish within handshakeTimeout', async () => {
    ({site} = await startServer({handshakeTimeout: 300}));
    const {port} = new URL(site.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 503 past maxConnections', async () => {
    ({site} = await startServer({maxConnections: 2}));
    const a = await openClient(wsUrl(site));
    const b = await openClient(wsUrl(site));
    expect(await rejectedStatus(wsUrl(site))).toBe(503);
    a.close();
    b.close();
  });

  it('rejects bad options with a TypeError naming them', async () => {
    await expect(startServer({maxMessageSize: 0})).rejects.toThrow(new TypeError('maxMessageSize must be an integer from 1 to 268435456, got 0'));
    await expect(startServer({allowedOrigins: ['docs.example']})).rejects.toThrow(/allowedOrigins entries must be origins/);
  });
});

describe('protocol faults end with the right close code and leave other clients alone', () => {
  it.each([
    ['invalid UTF-8 in a text frame', frame(0x1, Buffer.from([0xc3, 0x28])), 1007],
    ['a reserved opcode', frame(0x3, Buffer.from('x')), 1002],
    ['an unmasked client frame', frame(0x1, Buffer.from('x'), {mask: false}), 1002],
    ['a continuation with nothing to continue', frame(0x0, Buffer.from('x')), 1002],
    ['a fragmented ping', frame(0x9, Buffer.from('x'), {fin: false}), 1002],
  ])('%s → %i', async (_name, bytes, code) => {
    ({site} = await startServer());
    const bystander = await openClient(wsUrl(site));
    expect(await rawCloseCode(site, bytes)).toBe(code);
    bystander.send('still here');
    expect((await nextMessage(bystander)).data.toString()).toBe('still here');
    bystander.close();
  });

  it('closes a flood of fragments with 1008', async () => {
    ({site} = await startServer({maxFragments: 16}));
    const fragments = [frame(0x1, Buffer.from('a'), {fin: false}), ...Array.from({length: 20}, () => frame(0x0, Buffer.from('a'), {fin: false}))];
    expect(await rawCloseCode(site, Buffer.concat(fragments))).toBe(1008);
  });

  it('still echoes a message in a few fragments', async () => {
    ({site} = await startServer({maxFragments: 16}));
    const message = Buffer.concat([frame(0x1, Buffer.from('he'), {fin: false}), frame(0x0, Buffer.from('llo'))]);
    const echoed = await new Promise<string>((resolve, reject) => {
      rawSend(site!, '/ws', message, (buffer, socket) => {
        if (buffer.length >= 7 && buffer[0] === 0x81) {
          resolve(buffer.subarray(2, 7).toString());
          socket.destroy();
        }
      }).catch(reject);
    });
    expect(echoed).toBe('hello');
  });

  it('closes a message over maxMessageSize with 1009', async () => {
    ({site} = await startServer({maxMessageSize: 1024}));
    const ws = await openClient(wsUrl(site));
    const done = closed(ws);
    ws.send(Buffer.alloc(2048));
    expect((await done).code).toBe(1009);
  });
});

describe('keep-alive', () => {
  it('pings and reports the pong round trip', async () => {
    const started = await startServer({keepAliveInterval: 50});
    site = started.site;
    const ws = await openClient(wsUrl(site));
    const pong = await vi.waitUntil(() => started.events().find((e) => e.event === 'pong-received'), {timeout: 3000, interval: 10});
    expect(pong).toMatchObject({event: 'pong-received', rttMs: expect.any(Number)});
    ws.close();
  });

  it('aborts a peer that does not answer a ping in time', async () => {
    const started = await startServer({keepAliveInterval: 50, keepAliveTimeout: 100});
    site = started.site;
    const ws = await openClient(wsUrl(site), {autoPong: false} as object);
    expect((await closed(ws)).code).toBe(1006);
    expect(started.events().find((e) => e.event === 'abort')).toMatchObject({reason: 'no pong within 100 ms'});
  });
});

describe('log levels', () => {
  it('logs one line when a socket opens and one when it closes at info, and the close handshake and messages only at debug', async () => {
    const started = await startServer({logLevel: 'info'});
    site = started.site;
    const ws = await openClient(wsUrl(site));
    ws.send('x');
    await nextMessage(ws);
    ws.close(1000);
    await vi.waitUntil(() => started.events().some((e) => e.event === 'closed'), {timeout: 3000, interval: 10});
    expect(started.events().map((e) => e.event)).toEqual(['open', 'closed']);
    expect(started.events()[1]).toMatchObject({code: 1000, clean: true});
    // The 673 bytes a connection cost in log lines before, against what it costs now.
    expect(started.lines.join('\n').length).toBeLessThan(400);
  });
});

describe('overload', () => {
  it('closes with 1013 a peer that sends but never reads its echoes', async () => {
    const started = await startServer({maxBufferedBytes: 256 * 1024});
    site = started.site;
    const chunk = frame(0x2, Buffer.alloc(60_000, 7));
    const socket = await rawSend(site, '/ws', chunk);
    socket.pause();
    for (let i = 0; i < 200; i++) socket.write(chunk);
    const closeSent = await vi.waitUntil(() => started.events().find((e) => e.event === 'close-sent'), {timeout: 5000, interval: 10});
    expect(closeSent).toMatchObject({code: 1013, mode: 'overload'});
    socket.destroy();
  });
});
