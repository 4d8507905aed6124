import {createServer, ServerResponse, STATUS_CODES, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import type {Duplex} from 'node:stream';
import {WebSocketServer, type ServerOptions, type WebSocket} from 'ws';
import {CLOSE_GOING_AWAY} from './closeCodes';
import {BufferBudget, startBudget} from './bufferBudget';
import {startKeepAlive, trackConnection, type Connection, type SharedState} from './connection';
import {runEcho, runEventStream, runServerClose} from './endpoints';
import {EventHub} from './events';
import {ServerMetrics} from './metrics';
import {normalizeServerOptions, type SiteServerOptions} from './options';
import {requestUrl, serveStatic} from './staticFiles';
import {abortHandshake, checkUpgrade, SOCKET_PATHS, upgradeTarget, type AcceptedUpgrade, type RefusedUpgrade} from './upgrade';

export interface SiteServer {
  server: Server;
  url: string;
  /** The Prometheus metrics listener's address, when `metricsPort` asked for one. */
  metricsUrl?: string;
  hub: EventHub;
  /** Closes every socket with 1001, waits for them up to the close timeout, then stops listening. */
  close(): Promise<void>;
}

/** The WebSocket side of the server: what every upgrade shares, and (as SharedState) every open socket. */
interface Sockets extends SharedState {
  settings: SiteServerOptions;
  wss: WebSocketServer;
}

function createSockets(settings: SiteServerOptions): Sockets {
  const registry = new Set<Connection>();
  const budget = new BufferBudget(settings.maxTotalBufferedBytes);
  const metrics =
    settings.metricsPort === undefined
      ? undefined
      : new ServerMetrics({
          openByEndpoint: () => {
            const counts = new Map<string, number>();
            for (const connection of registry) counts.set(connection.info.endpoint, (counts.get(connection.info.endpoint) ?? 0) + 1);
            return counts;
          },
          bufferedBytes: () => [...registry].reduce((n, c) => n + c.ws.bufferedAmount, 0),
        });
  // closeTimeout and maxFragments are ws 8.23 options that @types/ws does not list yet.
  const wsOptions: ServerOptions & {closeTimeout: number; maxFragments: number} = {
    noServer: true,
    maxPayload: settings.maxMessageSize,
    maxFragments: settings.maxFragments,
    perMessageDeflate: false,
    closeTimeout: settings.closeTimeout,
    clientTracking: true,
    // The server speaks no subprotocol: it never agrees to one a client offers.
    handleProtocols: () => false,
  };
  return {
    settings,
    hub: new EventHub(settings.log, settings.logLevel, metrics && ((event) => metrics.observe(event))),
    wss: new WebSocketServer(wsOptions),
    registry,
    budget,
    ...(metrics ? {metrics} : {}),
  };
}

/** Runs the endpoint an upgrade asked for on its new socket. */
function completeUpgrade(sockets: Sockets, ws: WebSocket, accepted: AcceptedUpgrade): void {
  const {settings} = sockets;
  const connection = trackConnection(ws, accepted.info, sockets);
  if (accepted.endpoint === 'events') runEventStream(connection, accepted.trace, settings.maxBufferedBytes);
  else if (accepted.closeRequest) runServerClose(connection, settings.maxBufferedBytes, accepted.closeRequest);
  else runEcho(connection, settings.maxBufferedBytes);
}

/** Longest request path a log line quotes. */
const LOGGED_PATH = 200;

/** Checks an upgrade request, refuses it with its HTTP status or hands it to ws for the handshake. */
function handleUpgrade(sockets: Sockets, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const url = upgradeTarget(req.url ?? '/');
  const path = url?.pathname;
  if (path !== undefined && !SOCKET_PATHS.has(path) && req.headers.upgrade?.toLowerCase() !== 'websocket') {
    // `Upgrade: h2c` and the like on a page: an optional upgrade, so the page over HTTP/1.1.
    serveOverHttp1(sockets.settings, req, socket as Socket);
    return;
  }
  const remote = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const decision =
    url === undefined
      ? {status: 400, message: 'Bad Request'}
      : checkUpgrade(req, url, remote, sockets.settings, sockets.wss.clients.size, (trace) => sockets.hub.subscribers(trace));
  if ('status' in decision) {
    refuse(sockets, req, socket, decision);
    return;
  }
  // Without verifyClient, ws completes (or refuses, see wsClientError) the handshake before it
  // returns: no slot is ever held by a handshake under way.
  sockets.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => completeUpgrade(sockets, ws, decision));
}

/** Answers a refused upgrade with its status and writes its one log line, the path cut short. */
function refuse(sockets: Sockets, req: IncomingMessage, socket: Duplex, refusal: RefusedUpgrade, headers: Record<string, string> = {}): void {
  const remote = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
  const path = (requestUrl(req)?.pathname ?? req.url ?? '').slice(0, LOGGED_PATH);
  sockets.hub.emit({event: 'rejected', status: refusal.status, reason: refusal.message, remote, path});
  abortHandshake(socket, refusal, headers);
}

/** Serves a page on a socket Node handed over as an upgrade, as a plain HTTP/1.1 answer. */
function serveOverHttp1(settings: SiteServerOptions, req: IncomingMessage, socket: Socket): void {
  socket.on('error', () => socket.destroy());
  const res = new ServerResponse(req);
  res.shouldKeepAlive = false;
  res.assignSocket(socket);
  res.once('finish', () => {
    res.detachSocket(socket);
    socket.end();
  });
  serveStatic(settings.root, settings.locales, req, res).catch(() => socket.destroy());
}

/** Closes every socket with 1001 and waits for them (ws ends a peer that does not answer within closeTimeout). */
async function closeSockets({wss, registry}: Sockets, server: Server): Promise<void> {
  const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
  for (const connection of registry) connection.sendClose(CLOSE_GOING_AWAY, 'Server shutting down', 'shutdown');
  for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.close(CLOSE_GOING_AWAY, 'Server shutting down');
  server.close();
  await Promise.all(closed);
}

/** Liveness and readiness, answered before anything else (readiness fails once shutdown begins). */
const HEALTH_PATH = '/healthz';
const READY_PATH = '/readyz';

/** The metrics on a listener of their own (loopback by default), never on the site's port. */
async function startMetricsServer(metrics: ServerMetrics, settings: SiteServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || requestUrl(req)?.pathname !== '/metrics') {
      res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not Found\n');
      return;
    }
    metrics.scrape().then(
      ({body, contentType}) => res.writeHead(200, {'Content-Type': contentType, 'Cache-Control': 'no-store'}).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.metricsPort, settings.metricsHost, () => resolve());
  });
  return server;
}

/** One origin: the static build, the echo on /ws, the server-close demo and the event stream. */
export async function createSiteServer(options: Partial<SiteServerOptions> = {}): Promise<SiteServer> {
  const settings = normalizeServerOptions(options);
  const sockets = createSockets(settings);
  const stopKeepAlive = startKeepAlive(sockets.registry, settings.keepAliveInterval, settings.keepAliveTimeout);
  const stopBudget = startBudget(sockets.registry, sockets.budget);

  // Node enforces the header timeout on a timer of this period; keep it well under the timeout.
  const checkEvery = Math.max(50, Math.min(1000, Math.floor(settings.handshakeTimeout / 2)));
  let draining = false;
  const server = createServer({connectionsCheckingInterval: checkEvery}, (req, res) => {
    const path = requestUrl(req)?.pathname ?? '';
    // For a proxy or an orchestrator: alive (no disk read), and ready until shutdown begins.
    if (path === HEALTH_PATH || path === READY_PATH) {
      const status = path === READY_PATH && draining ? 503 : 200;
      res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store'}).end(status === 200 ? 'ok\n' : 'shutting down\n');
      return;
    }
    if (SOCKET_PATHS.has(path)) {
      // RFC 6455 §4.2.2, as ws answers: this resource speaks WebSocket only.
      res
        .writeHead(426, {'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket', Connection: 'Upgrade', 'Sec-WebSocket-Version': '13'})
        .end('Expected a WebSocket upgrade request\n');
      return;
    }
    serveStatic(settings.root, settings.locales, req, res).catch(() => res.destroy());
  });
  // What Node answers a request it cannot parse, or whose headers come too slowly (slowloris),
  // with the log line every refusal gets.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const peer = socket as Socket;
    sockets.hub.emit({event: 'rejected', status, reason: error.code ?? 'ERR_UNKNOWN', remote: `${peer.remoteAddress}:${peer.remotePort}`, path: ''});
    if (socket.writable) socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });
  server.headersTimeout = settings.handshakeTimeout;
  server.requestTimeout = settings.handshakeTimeout;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => handleUpgrade(sockets, req, socket, head));
  // A handshake ws itself refuses (bad key, version or method): answered and logged like ours.
  sockets.wss.on('wsClientError', (error, socket, req) => {
    const version = /Version/.test(error.message) ? {'Sec-WebSocket-Version': '13, 8'} : undefined;
    refuse(sockets, req, socket, {status: req.method === 'GET' ? 400 : 405, message: error.message}, version);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  // Once listening, an error of the listening socket (accept failing, say) is logged, not thrown.
  server.on('error', (error: NodeJS.ErrnoException) => sockets.hub.emit({event: 'server-error', code: error.code ?? 'ERR_UNKNOWN', message: error.message}));
  const {port} = server.address() as AddressInfo;
  const urlOf = (name: string, at: number) => `http://${name.includes(':') ? `[${name}]` : name}:${at}`;
  const metricsServer = sockets.metrics && (await startMetricsServer(sockets.metrics, settings));

  return {
    server,
    url: urlOf(settings.host, port),
    ...(metricsServer ? {metricsUrl: urlOf(settings.metricsHost, (metricsServer.address() as AddressInfo).port)} : {}),
    hub: sockets.hub,
    close: async () => {
      draining = true;
      metricsServer?.close();
      await closeSockets(sockets, server);
      stopKeepAlive();
      stopBudget();
      sockets.wss.close();
      server.closeAllConnections();
    },
  };
}
