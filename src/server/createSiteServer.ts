import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type ServerOptions, type WebSocket} from 'ws';
import {CLOSE_GOING_AWAY} from './closeCodes';
import {startKeepAlive, trackConnection, type Connection} from './connection';
import {runEcho, runEventStream, runServerClose} from './endpoints';
import {EventHub} from './events';
import {normalizeServerOptions, type SiteServerOptions} from './options';
import {serveStatic} from './staticFiles';
import {abortHandshake, checkUpgrade, SOCKET_PATHS, type AcceptedUpgrade} from './upgrade';

export interface SiteServer {
  server: Server;
  url: string;
  hub: EventHub;
  /** Closes every socket with 1001, waits for them up to the close timeout, then stops listening. */
  close(): Promise<void>;
}

/** The WebSocket side of the server: what every upgrade and every open socket shares. */
interface Sockets {
  settings: SiteServerOptions;
  hub: EventHub;
  wss: WebSocketServer;
  connections: Set<Connection>;
  /** Upgrades accepted but not yet through the WebSocket handshake: they count against maxConnections. */
  pending: number;
}

function createSockets(settings: SiteServerOptions): Sockets {
  // closeTimeout and maxFragments are ws 8.23 options that @types/ws does not list yet.
  const wsOptions: ServerOptions & {closeTimeout: number; maxFragments: number} = {
    noServer: true,
    maxPayload: settings.maxMessageSize,
    maxFragments: settings.maxFragments,
    perMessageDeflate: false,
    closeTimeout: settings.closeTimeout,
    clientTracking: true,
  };
  return {settings, hub: new EventHub(settings.log, settings.logLevel), wss: new WebSocketServer(wsOptions), connections: new Set(), pending: 0};
}

/** Runs the endpoint an upgrade asked for on its new socket. */
function completeUpgrade(sockets: Sockets, ws: WebSocket, accepted: AcceptedUpgrade): void {
  const {settings, hub, connections} = sockets;
  if (accepted.endpoint === 'events') {
    runEventStream(ws, hub, accepted.trace);
    return;
  }
  const connection = trackConnection(ws, accepted.info, hub, connections);
  if (accepted.closeRequest) runServerClose(connection, settings.maxBufferedBytes, accepted.closeRequest);
  else runEcho(connection, settings.maxBufferedBytes);
}

/** Checks an upgrade request, refuses it with its HTTP status or hands it to ws for the handshake. */
function handleUpgrade(sockets: Sockets, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const remote = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const decision = checkUpgrade(req, url, remote, sockets.settings, sockets.wss.clients.size + sockets.pending);
  if ('status' in decision) {
    sockets.hub.emit({event: 'rejected', status: decision.status, reason: decision.message, remote, path: url.pathname});
    abortHandshake(socket, decision);
    return;
  }
  sockets.pending++;
  sockets.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
    sockets.pending--;
    completeUpgrade(sockets, ws, decision);
  });
}

/** Closes every socket with 1001 and waits for them (ws ends a peer that does not answer within closeTimeout). */
async function closeSockets({wss, connections}: Sockets, server: Server): Promise<void> {
  const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
  for (const connection of connections) connection.sendClose(CLOSE_GOING_AWAY, 'Server shutting down', 'shutdown');
  for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.close(CLOSE_GOING_AWAY, 'Server shutting down');
  server.close();
  await Promise.all(closed);
}

/** One origin: the static build, the echo on /ws, the server-close demo and the event stream. */
export async function createSiteServer(options: Partial<SiteServerOptions> = {}): Promise<SiteServer> {
  const settings = normalizeServerOptions(options);
  const sockets = createSockets(settings);
  const stopKeepAlive = startKeepAlive(sockets.connections, settings.keepAliveInterval, settings.keepAliveTimeout);

  // Node enforces the header timeout on a timer of this period; keep it well under the timeout.
  const checkEvery = Math.max(50, Math.min(1000, Math.floor(settings.handshakeTimeout / 2)));
  const server = createServer({connectionsCheckingInterval: checkEvery}, (req, res) => {
    if (SOCKET_PATHS.has(new URL(req.url ?? '/', 'http://localhost').pathname)) {
      res.writeHead(400, {'Content-Type': 'text/plain; charset=utf-8'}).end('Expected a WebSocket upgrade request\n');
      return;
    }
    serveStatic(settings.root, settings.locales, req, res);
  });
  server.headersTimeout = settings.handshakeTimeout;
  server.requestTimeout = settings.handshakeTimeout;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handleUpgrade(sockets, req, socket, head));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;

  return {
    server,
    url: `http://${host}:${port}`,
    hub: sockets.hub,
    close: async () => {
      await closeSockets(sockets, server);
      stopKeepAlive();
      sockets.wss.close();
      server.closeAllConnections();
    },
  };
}
