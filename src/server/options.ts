import {totalmem} from 'node:os';
import {resolve} from 'node:path';
import {LOCALES} from '../core/i18n/locales';

/** Server settings, named after ASP.NET Core's WebSocketOptions where one exists. */
export interface SiteServerOptions {
  host: string;
  port: number;
  /** The Docusaurus build to serve. */
  root: string;
  locales: readonly string[];
  /** Server ping interval in ms; 0 disables pings. */
  keepAliveInterval: number;
  /** A peer that has not answered a ping within this many ms is aborted; 0 waits forever. */
  keepAliveTimeout: number;
  /** Origins allowed to open sockets; empty means same origin only. Requests without Origin pass. */
  allowedOrigins: string[];
  /**
   * Host names (no port) this server answers as, for the same-origin rule: a page whose origin
   * merely matches the Host header it sent (DNS rebinding: `evil.example` resolved to 127.0.0.1)
   * is refused. Loopback names and `host` are always in.
   */
  allowedHosts: string[];
  /** Largest message accepted, in bytes; bigger ones close with 1009. */
  maxMessageSize: number;
  /** Frames one message may be split into; a flood of fragments closes with 1008. */
  maxFragments: number;
  /** Open sockets at most; upgrades beyond get 503. */
  maxConnections: number;
  /** Time allowed for a request's headers (and so a WebSocket handshake), in ms. */
  handshakeTimeout: number;
  /** Time to wait for the peer's close frame before terminating, in ms. */
  closeTimeout: number;
  /** Unsent bytes a socket may queue before it is closed with 1013 (the peer is not reading). */
  maxBufferedBytes: number;
  /**
   * Unsent bytes all sockets together may queue: past it new messages are refused with 1013 and
   * the sockets holding the most are closed with 1013 until the total is back under it.
   */
  maxTotalBufferedBytes: number;
  /** Event streams one trace token may have open at once; more get 429. */
  maxSubscribersPerTrace: number;
  /** Where JSON event lines go. */
  log: (line: string) => void;
  /** 'info' logs connection lifecycle events; 'debug' adds every message, ping and pong. */
  logLevel: 'info' | 'debug';
  /** Port of the Prometheus metrics listener (`GET /metrics`), never the site's; none: no metrics. 0 picks a free port. */
  metricsPort?: number;
  /** Address the metrics listener binds: loopback unless told otherwise. */
  metricsHost: string;
}

export const DEFAULT_OPTIONS: SiteServerOptions = {
  host: 'localhost',
  port: 5000,
  root: 'build',
  locales: LOCALES,
  keepAliveInterval: 30_000,
  keepAliveTimeout: 10_000,
  allowedOrigins: [],
  allowedHosts: [],
  maxMessageSize: 1024 * 1024,
  maxFragments: 1024,
  maxConnections: 10_000,
  handshakeTimeout: 10_000,
  closeTimeout: 5_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  // An eighth of the machine's memory, at most 1 GiB: a few slow readers cannot take the rest.
  maxTotalBufferedBytes: Math.min(2 ** 30, Math.floor(totalmem() / 8)),
  maxSubscribersPerTrace: 4,
  log: (line) => process.stdout.write(`${line}\n`),
  logLevel: 'info',
  metricsHost: '127.0.0.1',
};

const INTEGER_LIMITS: Array<[keyof SiteServerOptions, number, number]> = [
  ['port', 0, 65535],
  ['keepAliveInterval', 0, 86_400_000],
  ['keepAliveTimeout', 0, 86_400_000],
  ['maxMessageSize', 1, 256 * 1024 * 1024],
  ['maxFragments', 1, 1_000_000],
  ['maxConnections', 1, 1_000_000],
  ['handshakeTimeout', 1, 600_000],
  ['closeTimeout', 1, 600_000],
  ['maxBufferedBytes', 1, 1024 * 1024 * 1024],
  ['maxTotalBufferedBytes', 1, 64 * 1024 * 1024 * 1024],
  ['maxSubscribersPerTrace', 1, 1000],
];

/** Defaults first, then the caller's options; anything out of range is a TypeError naming it. */
export function normalizeServerOptions(options: Partial<SiteServerOptions> = {}): SiteServerOptions {
  const settings = {...DEFAULT_OPTIONS, ...options};
  for (const [name, min, max] of INTEGER_LIMITS) {
    const value = settings[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new TypeError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
  }
  if (settings.logLevel !== 'info' && settings.logLevel !== 'debug') {
    throw new TypeError(`logLevel must be 'info' or 'debug', got ${JSON.stringify(settings.logLevel)}`);
  }
  if (typeof settings.host !== 'string' || settings.host === '') {
    throw new TypeError(`host must be a non-empty string, got ${JSON.stringify(settings.host)}`);
  }
  if (settings.metricsPort !== undefined && !(Number.isInteger(settings.metricsPort) && settings.metricsPort >= 0 && settings.metricsPort <= 65535)) {
    throw new TypeError(`metricsPort must be an integer from 0 to 65535, got ${JSON.stringify(settings.metricsPort)}`);
  }
  if (typeof settings.metricsHost !== 'string' || settings.metricsHost === '') {
    throw new TypeError(`metricsHost must be a non-empty string, got ${JSON.stringify(settings.metricsHost)}`);
  }
  for (const origin of settings.allowedOrigins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new TypeError(`allowedOrigins entries must be origins like "https://example.com:8443", got ${JSON.stringify(origin)}`);
    }
  }
  for (const host of settings.allowedHosts) {
    if (typeof host !== 'string' || !/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/i.test(host)) {
      throw new TypeError(`allowedHosts entries must be host names without a port like "docs.example.com", got ${JSON.stringify(host)}`);
    }
  }
  return {...settings, root: resolve(settings.root)};
}

/** Option names as flags (`--keep-alive-interval`) and environment variables (`KEEP_ALIVE_INTERVAL`). */
export const TUNABLE_OPTIONS = [
  'keepAliveInterval',
  'keepAliveTimeout',
  'maxMessageSize',
  'maxFragments',
  'maxConnections',
  'handshakeTimeout',
  'closeTimeout',
  'maxBufferedBytes',
  'maxTotalBufferedBytes',
  'maxSubscribersPerTrace',
] as const;

export function flagName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function envName(option: string): string {
  return option.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}
