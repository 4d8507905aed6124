import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';
import type {SiteServerOptions} from './options';

/** Refuses an upgrade with a plain HTTP status before any WebSocket handshake. */
export function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message) + 1}\r\n\r\n${message}\n`);
}

/**
 * Like ASP.NET Core's AllowedOrigins: a request without Origin (not a browser) passes; a browser
 * origin must be listed, or, with no list, be this server's own origin.
 */
export function isOriginAllowed(req: IncomingMessage, settings: Pick<SiteServerOptions, 'allowedOrigins'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (settings.allowedOrigins.length > 0) return settings.allowedOrigins.includes(origin);
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
