import {readdirSync} from 'node:fs';
import {WebSocketServer} from 'ws';
import {createSiteServer} from '../../src/server/createSiteServer';

/**
 * A benchmark's server process: `ours` (the site server, default settings, log lines discarded) or
 * `bare` (a plain ws echo with the same payload limit). Reports its port, then on request its
 * memory, CPU time and open descriptors.
 */
async function main(kind: string): Promise<void> {
  let port: number;
  if (kind === 'bare') {
    const wss = new WebSocketServer({host: '127.0.0.1', port: 0, maxPayload: 2 * 1024 * 1024, perMessageDeflate: false});
    wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, {binary: isBinary})));
    await new Promise((resolve) => wss.once('listening', resolve));
    port = (wss.address() as {port: number}).port;
  } else {
    const site = await createSiteServer({
      host: '127.0.0.1',
      port: 0,
      root: __dirname,
      maxMessageSize: 2 * 1024 * 1024,
      maxConnections: 100_000,
      log: () => undefined,
      // Measured as operators run it: with the Prometheus metrics on.
      metricsPort: 0,
    });
    port = Number(new URL(site.url).port);
  }
  process.on('message', (message) => {
    if (message !== 'memory') return;
    (globalThis as {gc?: () => void}).gc?.();
    const usage = process.memoryUsage();
    const cpu = process.cpuUsage();
    process.send?.({
      rss: usage.rss,
      heap: usage.heapUsed,
      retained: usage.heapUsed + usage.external,
      cpuMicros: cpu.user + cpu.system,
      descriptors: readdirSync('/proc/self/fd').length,
    });
  });
  process.send?.({port});
}

void main(process.argv[2] ?? 'ours');
