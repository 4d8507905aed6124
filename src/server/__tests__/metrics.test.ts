import {afterEach, describe, expect, it} from 'vitest';
import type {SiteServer} from '../createSiteServer';
import {closed, nextMessage, openClient, startServer, wsUrl} from './helpers';

/** One sample of a Prometheus text exposition: `name{labels} value`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('health and metrics', () => {
  let site: SiteServer | undefined;
  afterEach(async () => {
    await site?.close();
    site = undefined;
  });

  it('answers liveness, and readiness until shutdown begins', async () => {
    ({site} = await startServer());
    expect((await fetch(`${site.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${site.url}/readyz`)).status).toBe(200);
    const client = await openClient(wsUrl(site));
    // The close waits for the client's close frame: readiness is already refused meanwhile.
    const closing = site.close();
    const ready = await fetch(`${site.url}/readyz`)
      .then((r) => r.status)
      .catch(() => 'refused');
    expect([503, 'refused']).toContain(ready);
    await closed(client);
    await closing;
    site = undefined;
  });

  it('serves Prometheus metrics on a loopback port of their own, fed by the server’s events', async () => {
    ({site} = await startServer({metricsPort: 0, allowedOrigins: []}));
    expect(site.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = await openClient(wsUrl(site));
    client.send('hello');
    await nextMessage(client);
    client.send(Buffer.from([1, 2, 3]));
    await nextMessage(client);
    // A foreign origin is refused with 403.
    await expect(openClient(wsUrl(site), {origin: 'https://evil.example'})).rejects.toThrow(/403/);
    const during = await (await fetch(`${site.metricsUrl}/metrics`)).text();
    expect(sample(during, 'websocket_connections_open', 'endpoint="/ws"')).toBe(1);
    expect(sample(during, 'websocket_messages_total', 'direction="in"')).toBe(2);
    expect(sample(during, 'websocket_message_bytes_total', 'direction="out"')).toBe(8);
    expect(sample(during, 'websocket_refusals_total', 'status="403"')).toBe(1);
    expect(sample(during, 'websocket_buffered_bytes')).toBe(0);
    // Node's process defaults, the event-loop delay among them.
    expect(sample(during, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(during, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    for (const name of ['process_resident_memory_bytes', 'process_open_fds', 'nodejs_active_handles_total', 'nodejs_heap_size_used_bytes'])
      expect(sample(during, name), name).toBeGreaterThan(0);
    expect(during).toMatch(/^nodejs_version_info\{/m);
    // Not the GC histogram: its observer costs a busy echo server a quarter of its throughput.
    expect(during).not.toContain('nodejs_gc_duration_seconds');
    client.close(1000);
    await closed(client);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await (await fetch(`${site.metricsUrl}/metrics`)).text();
    expect(sample(after, 'websocket_closes_total', 'code="1000"')).toBe(1);
    expect(sample(after, 'websocket_connections_open', 'endpoint="/ws"')).toBeUndefined();
    // Never on the site's port.
    expect((await fetch(`${site.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${site.metricsUrl}/`)).status).toBe(404);
  });

  it('has no metrics listener unless asked, and refuses a bad metrics port naming it', async () => {
    ({site} = await startServer());
    expect(site.metricsUrl).toBeUndefined();
    await expect(startServer({metricsPort: 70000})).rejects.toThrow(new TypeError('metricsPort must be an integer from 0 to 65535, got 70000'));
  });
});
