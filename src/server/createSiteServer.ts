import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {WebSocketServer, type ServerOptions, type WebSocket} from 'ws';
import {CLOSE_GOING_AWAY} from './closeCodes';
import {startKeepAlive, trackConnection, type Connection, type ConnectionInfo} from './connection';
import {parseServerCloseRequest, runEcho, runEventStream, runServerClose, TRACE_TOKEN, type ServerCloseRequest} from './endpoints';
import {EventHub} from './events';
import {normalizeServerOptions, type SiteServerOptions} from './options';
import {serveStatic} from './staticFiles';
import {isOriginAllowed, rejectUpgrade} from './upgrade';

export const ECHO_PATH = '/ws';
export const SERVER_CLOSE_PATH = '/ws/server-close';
export const EVENTS_PATH = '/ws/events';
const SOCKET_PATHS = new Set([ECHO_PATH, SERVER_CLOSE_PATH, EVENTS_PATH]);

export interface SiteServer {
  server: Server;
  url: string;
  hub: EventHub;
  /** Closes every socket with 1001, waits for them up to the close timeout, then stops listening. */
  close(): Promise<void>;
}

/** One origin: the static build, the echo on /ws, the server-close demo and the event stream. */
export async function createSiteServer(options: Partial<SiteServerOptions> = {}): Promise<SiteServer> {
  const settings = normalizeServerOptions(options);
  const hub = new EventHub(settings.log, settings.logLevel);
  // closeTimeout and maxFragments are ws 8.23 options that @types/ws does not list yet.
  const wsOptions: ServerOptions & {closeTimeout: number; maxFragments: number} = {
    noServer: true,
    maxPayload: settings.maxMessageSize,
    maxFragments: settings.maxFragments,
    perMessageDeflate: false,
    closeTimeout: settings.closeTimeout,
    clientTracking: true,
  };
  const wss = new WebSocketServer(wsOptions);
  const connections = new Set<Connection>();
  const stopKeepAlive = startKeepAlive(connections, settings.keepAliveInterval, settings.keepAliveTimeout);
  let pending = 0;

  const accept = (ws: WebSocket, info: ConnectionInfo, closeRequest: ServerCloseRequest | undefined) => {
    const connection = trackConnection(ws, info, hub, connections);
    if (closeRequest) runServerClose(connection, settings.maxBufferedBytes, closeRequest);
    else runEcho(connection, settings.maxBufferedBytes);
  };

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

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const remote = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
    const reject = (status: number, message: string) => {
      hub.emit({event: 'rejected', status, reason: message, remote, path: url.pathname});
      rejectUpgrade(socket, status, message);
    };
    if (!SOCKET_PATHS.has(url.pathname)) return reject(404, 'Not Found');
    if (!isOriginAllowed(req, settings)) return reject(403, 'Forbidden');
    if (wss.clients.size + pending >= settings.maxConnections) return reject(503, 'Service Unavailable');
    const trace = url.searchParams.get('trace') ?? undefined;
    if (trace !== undefined && !TRACE_TOKEN.test(trace)) return reject(400, 'Bad Request');
    const closeRequest = url.pathname === SERVER_CLOSE_PATH ? parseServerCloseRequest(url.searchParams) : undefined;
    if (typeof closeRequest === 'string') return reject(400, 'Bad Request');
    if (url.pathname === EVENTS_PATH && trace === undefined) return reject(400, 'Bad Request');
    pending++;
    const info: ConnectionInfo = {remote, origin: req.headers.origin ?? null, endpoint: url.pathname, trace};
    const isEventStream = url.pathname === EVENTS_PATH;
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      pending--;
      if (isEventStream) runEventStream(ws, hub, trace!);
      else accept(ws, info, closeRequest);
    });
    return undefined;
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
    hub,
    close: async () => {
      const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
      for (const connection of connections) connection.sendClose(CLOSE_GOING_AWAY, 'Server shutting down', 'shutdown');
      for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.close(CLOSE_GOING_AWAY, 'Server shutting down');
      server.close();
      // ws terminates a peer that does not answer within closeTimeout, so this ends in time.
      await Promise.all(closed);
      stopKeepAlive();
      wss.close();
      server.closeAllConnections();
    },
  };
}
