import {STATUS_CODES, type IncomingMessage} from 'node:http';
import {isIP} from 'node:net';
import type {Duplex} from 'node:stream';
import type {ConnectionInfo} from './connection';
import {parseServerCloseRequest, TRACE_TOKEN, type ServerCloseRequest} from './endpoints';
import type {SiteServerOptions} from './options';

const ECHO_PATH = '/ws';
const SERVER_CLOSE_PATH = '/ws/server-close';
const EVENTS_PATH = '/ws/events';
export const SOCKET_PATHS = new Set([ECHO_PATH, SERVER_CLOSE_PATH, EVENTS_PATH]);

/** What an upgrade request asks for, once it passed every check. */
export type AcceptedUpgrade =
  {endpoint: 'events'; trace: string; info: ConnectionInfo} | {endpoint: 'echo' | 'server-close'; info: ConnectionInfo; closeRequest?: ServerCloseRequest};

/** An upgrade refused before any WebSocket handshake, with the HTTP status it gets. */
export interface RefusedUpgrade {
  status: number;
  message: string;
}

/** The parts of a request target an upgrade is decided on. */
export type UpgradeTarget = Pick<URL, 'pathname' | 'searchParams'>;

/** A path of plain segments only: what the WHATWG parser would give back unchanged. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_-]+)+$/;
const PRINTABLE = /^[\x21-\x7e]*$/;

/**
 * The path and query of an upgrade's request target. Every connection pays for this, so the common
 * target (`/ws`, `/ws/events?trace=…`) is split by hand; anything else (dot segments, escapes, an
 * absolute URL) goes to the WHATWG parser, as a page request does. Undefined if it does not parse.
 */
export function upgradeTarget(target: string): UpgradeTarget | undefined {
  const query = target.indexOf('?');
  const pathname = query === -1 ? target : target.slice(0, query);
  // URLSearchParams drops a leading `?` of its input, which the parser keeps as a name (`/ws??`), and
  // the parser trims spaces and controls the split would keep: those targets go to the parser.
  if (PLAIN_PATH.test(pathname) && PRINTABLE.test(target) && !target.includes('#') && target[query + 1] !== '?') {
    return {pathname, searchParams: new URLSearchParams(query === -1 ? '' : target.slice(query + 1))};
  }
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return undefined;
  }
}

/**
 * Decides an upgrade request, in the order a client would want its mistakes reported: path,
 * origin, capacity, then the endpoint's own parameters.
 */
export function checkUpgrade(
  req: IncomingMessage,
  url: UpgradeTarget,
  remote: string,
  settings: Pick<SiteServerOptions, 'allowedOrigins' | 'allowedHosts' | 'host' | 'maxConnections' | 'maxSubscribersPerTrace'>,
  openSockets: number,
  subscribersOf: (trace: string) => number,
): AcceptedUpgrade | RefusedUpgrade {
  if (!SOCKET_PATHS.has(url.pathname)) return {status: 404, message: 'Not Found'};
  if (!isOriginAllowed(req, settings)) return {status: 403, message: 'Forbidden'};
  if (openSockets >= settings.maxConnections) return {status: 503, message: 'Service Unavailable'};
  const trace = url.searchParams.get('trace') ?? undefined;
  if (trace !== undefined && !TRACE_TOKEN.test(trace)) return {status: 400, message: 'Bad Request'};
  const closeRequest = url.pathname === SERVER_CLOSE_PATH ? parseServerCloseRequest(url.searchParams) : undefined;
  if (typeof closeRequest === 'string') return {status: 400, message: 'Bad Request'};
  const origin = req.headers.origin ?? null;
  if (url.pathname === EVENTS_PATH) {
    if (trace === undefined) return {status: 400, message: 'Bad Request'};
    if (subscribersOf(trace) >= settings.maxSubscribersPerTrace) return {status: 429, message: 'Too Many Requests'};
    // A stream's own events are logged, never streamed (to itself or its siblings).
    return {endpoint: 'events', trace, info: {remote, origin, endpoint: EVENTS_PATH}};
  }
  // The path's constant, not the request's copy of it: one string for every connection.
  const endpoint = url.pathname === SERVER_CLOSE_PATH ? SERVER_CLOSE_PATH : ECHO_PATH;
  const info: ConnectionInfo = {remote, origin, endpoint, trace};
  return closeRequest ? {endpoint: 'server-close', info, closeRequest} : {endpoint: 'echo', info};
}

/**
 * Refuses an upgrade with a plain HTTP status before any WebSocket handshake. The peer may reset the
 * connection while the answer is written: that error ends the socket, not the server.
 */
export function abortHandshake(socket: Duplex, {status, message}: RefusedUpgrade, headers: Record<string, string> = {}): void {
  socket.on('error', () => socket.destroy());
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n${extra.join('')}Content-Length: ${Buffer.byteLength(message) + 1}\r\n\r\n${message}\n`,
  );
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Like ASP.NET Core's AllowedOrigins: a request without Origin (not a browser) passes; a browser
 * origin must be listed, or, with no list, be this server's own origin: an http(s) origin whose host
 * is the Host header, under an IP address or a name this server answers as (loopback, `host`, `allowedHosts`).
 */
export function isOriginAllowed(req: IncomingMessage, settings: Pick<SiteServerOptions, 'allowedOrigins' | 'allowedHosts' | 'host'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (settings.allowedOrigins.length > 0) return settings.allowedOrigins.includes(origin);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const forwarded = req.headers['x-forwarded-proto'];
  const scheme = typeof forwarded === 'string' ? `${forwarded.split(',')[0]?.trim()}:` : undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (scheme !== undefined && url.protocol !== scheme) return false;
  const names = [...LOOPBACK_HOSTS, settings.host.includes(':') ? `[${settings.host}]` : settings.host, ...settings.allowedHosts].map((h) => h.toLowerCase());
  // An address cannot be rebound by DNS: any IP literal is this server's own (a LAN visitor, say).
  const literal = isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0;
  return url.host === req.headers.host && (literal || names.includes(url.hostname.toLowerCase()));
}
