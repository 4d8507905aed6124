import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {WebSocketServer} from 'ws';
import {runEcho} from './echoSocket';
import {normalizeServerOptions, type SiteServerOptions} from './options';
import {serveStatic} from './staticFiles';

export const ECHO_PATH = '/ws';

export interface SiteServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** One origin: the static build, and the WebSocket echo on /ws (plain HTTP there gets 400). */
export async function createSiteServer(options: Partial<SiteServerOptions> = {}): Promise<SiteServer> {
  const settings = normalizeServerOptions(options);
  const wss = new WebSocketServer({noServer: true, maxPayload: settings.maxMessageSize, perMessageDeflate: false});
  wss.on('connection', runEcho);
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === ECHO_PATH) {
      res.writeHead(400, {'Content-Type': 'text/plain; charset=utf-8'}).end('Expected a WebSocket upgrade request\n');
      return;
    }
    serveStatic(settings.root, settings.locales, req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== ECHO_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.close(1001, 'Server shutting down');
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
