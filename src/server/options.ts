import {resolve} from 'node:path';
import {LOCALES} from '../i18n/locales';

export interface SiteServerOptions {
  host: string;
  port: number;
  /** The Docusaurus build to serve. */
  root: string;
  locales: readonly string[];
  /** Largest WebSocket message accepted, in bytes; bigger ones close with 1009. */
  maxMessageSize: number;
}

export const DEFAULT_OPTIONS: SiteServerOptions = {
  host: '127.0.0.1',
  port: 5000,
  root: resolve('build'),
  locales: LOCALES,
  maxMessageSize: 1024 * 1024,
};

/** Defaults first, then the caller's options; anything out of range is a TypeError naming it. */
export function normalizeServerOptions(options: Partial<SiteServerOptions> = {}): SiteServerOptions {
  const settings = {...DEFAULT_OPTIONS, ...options};
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535) {
    throw new TypeError(`port must be an integer from 0 to 65535, got ${JSON.stringify(options.port)}`);
  }
  if (typeof settings.host !== 'string' || settings.host === '') {
    throw new TypeError(`host must be a non-empty string, got ${JSON.stringify(options.host)}`);
  }
  if (!Number.isInteger(settings.maxMessageSize) || settings.maxMessageSize < 1) {
    throw new TypeError(`maxMessageSize must be a positive integer (bytes), got ${JSON.stringify(options.maxMessageSize)}`);
  }
  return {...settings, root: resolve(settings.root)};
}
