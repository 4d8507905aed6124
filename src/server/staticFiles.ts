import {realpathSync, statSync, type Stats} from 'node:fs';
import {open, type FileHandle} from 'node:fs/promises';
import {pipeline} from 'node:stream/promises';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.cs': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file under root, the way `docusaurus serve` does for trailingSlash: false
 * (`/docs/x` → `docs/x.html`, `/zh-TW/` → `zh-TW/index.html`). Returns undefined for anything that
 * is not a file inside root: bad encoding, NUL bytes, `..` segments in any encoding, dotfiles
 * (`.git`, `.env`) and symbolic links that lead out of root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.includes('..')) return undefined;
  if (segments.some((segment) => segment.startsWith('.') && segment !== '.well-known')) return undefined;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  const base = join(root, relative);
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  return [base, `${base}.html`, join(base, 'index.html')].find((candidate) => isFileInside(root, candidate));
}

function isFile(path: string): boolean {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return false;
  }
  return stats.isFile();
}

// The build folder's real path, resolved once per folder rather than on every request.
const realRoots = new Map<string, string>();

/** A file whose real path (links resolved) is still under root's real path. */
function isFileInside(root: string, path: string): boolean {
  if (!isFile(path)) return false;
  try {
    const realRoot = realRoots.get(root) ?? realpathSync(root);
    realRoots.set(root, realRoot);
    return realpathSync(path).startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

/** The 404 page of the locale the URL belongs to, else the default one. */
export function notFoundPage(root: string, urlPath: string, locales: readonly string[]): string | undefined {
  const first = urlPath.split('/')[1] ?? '';
  const localized = locales.includes(first) ? join(root, first, '404.html') : undefined;
  if (localized && isFile(localized)) return localized;
  const fallback = join(root, '404.html');
  return isFile(fallback) ? fallback : undefined;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {'Content-Type': 'text/plain; charset=utf-8', ...headers}).end(`${text}\n`);
}

/** A request's target as a URL, or undefined when it is not one at all (`GET http://[ HTTP/1.1`). */
export function requestUrl(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

/** `bytes=a-b` (one range) against a size: the range, 'unsatisfiable', or undefined to send it all. */
export function parseRange(header: string | undefined, size: number): {start: number; end: number} | 'unsatisfiable' | undefined {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const [, first = '', last = ''] = m;
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start > end || start >= size) return 'unsatisfiable';
  return {start, end};
}

/**
 * Serves a file of the build. The file is opened before anything is sent and streamed from that
 * handle with `pipeline`, so a client that goes away closes it, and a file replaced or removed by a
 * rebuild is either served whole or answered 404. Out of descriptors (EMFILE) is a 503, never a crash.
 */
export async function serveStatic(root: string, locales: readonly string[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'Method Not Allowed', {Allow: 'GET, HEAD'});
    return;
  }
  const urlPath = requestUrl(req)?.pathname;
  if (urlPath === undefined) {
    plain(res, 400, 'Bad Request');
    return;
  }
  const file = resolveStaticPath(root, urlPath);
  const path = file ?? notFoundPage(root, urlPath, locales);
  if (!path) {
    plain(res, 404, 'Not Found');
    return;
  }
  const encoding = precompressed(path, String(req.headers['accept-encoding'] ?? ''));
  const body = encoding ? `${path}.${encoding === 'br' ? 'br' : 'gz'}` : path;
  // Pipelined requests wait in Node's queue for their turn on the socket; when the client goes
  // away their responses never finish nor close, only their requests close: that ends the stream.
  const gone = new AbortController();
  req.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  if (req.destroyed) return;
  let handle: FileHandle;
  try {
    handle = await open(body, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EMFILE' || code === 'ENFILE') plain(res, 503, 'Service Unavailable', {'Retry-After': '1'});
    else plain(res, 404, 'Not Found');
    return;
  }
  try {
    await sendFile(handle, req, res, {status: file ? 200 : 404, path, encoding, signal: gone.signal});
  } catch {
    // The client went away or the read failed: pipeline has destroyed both streams.
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Files whose name changes with their content: hashed assets, and search shards under their version's folder. */
const IMMUTABLE = /\/(?:assets\/.*\.[0-9a-f]{8,}\.|search\/[0-9a-f]{12}\/)/;

async function sendFile(
  handle: FileHandle,
  req: IncomingMessage,
  res: ServerResponse,
  {status, path, encoding, signal}: {status: number; path: string; encoding: 'br' | 'gzip' | undefined; signal: AbortSignal},
): Promise<void> {
  const stats = await handle.stat();
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string | number> = {
    'Content-Type': contentType(path),
    'Cache-Control': IMMUTABLE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(encoding ? {'Content-Encoding': encoding} : {}),
  };
  if (status === 200) {
    Object.assign(headers, {ETag: etag, 'Last-Modified': stats.mtime.toUTCString(), 'Accept-Ranges': 'bytes'});
    if (isNotModified(req, etag, stats.mtime)) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  const range = status === 200 ? parseRange(req.headers.range, stats.size) : undefined;
  if (range === 'unsatisfiable') {
    res.writeHead(416, {...headers, 'Content-Range': `bytes */${stats.size}`, 'Content-Length': 0}).end();
    return;
  }
  const {start, end} = range ?? {start: 0, end: stats.size - 1};
  res.writeHead(range ? 206 : status, {
    ...headers,
    'Content-Length': Math.max(0, end - start + 1),
    ...(range ? {'Content-Range': `bytes ${start}-${end}/${stats.size}`} : {}),
  });
  if (req.method === 'HEAD' || stats.size === 0) {
    res.end();
    return;
  }
  await pipeline(handle.createReadStream({start, end, autoClose: false}), res, {signal});
}

function isNotModified(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) <= Math.floor(since / 1000);
}

/** The build's precompressed copy the client accepts (brotli first), if there is one. */
export function precompressed(path: string, acceptEncoding: string): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.split('=')[1]) > 0)
      .map(([name = '']) => name.toLowerCase()),
  );
  // A copy older than its file is left over from an earlier build: never serve it.
  const fresh = (copy: string) => {
    try {
      return statSync(copy).isFile() && statSync(copy).mtimeMs >= statSync(path).mtimeMs;
    } catch {
      return false;
    }
  };
  if (accepted.has('br') && fresh(`${path}.br`)) return 'br';
  if (accepted.has('gzip') && fresh(`${path}.gz`)) return 'gzip';
  return undefined;
}
