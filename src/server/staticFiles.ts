import {createReadStream, statSync, type Stats} from 'node:fs';
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
 * is not a file inside root: bad encoding, NUL bytes and `..` segments in any encoding.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return undefined;
  const relative = normalize(decoded).replace(/^[/\\]+/, '');
  const base = join(root, relative);
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  return undefined;
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

/** The 404 page of the locale the URL belongs to, else the default one. */
export function notFoundPage(root: string, urlPath: string, locales: readonly string[]): string | undefined {
  const first = urlPath.split('/')[1] ?? '';
  const localized = locales.includes(first) ? join(root, first, '404.html') : undefined;
  if (localized && isFile(localized)) return localized;
  const fallback = join(root, '404.html');
  return isFile(fallback) ? fallback : undefined;
}

export function serveStatic(root: string, locales: readonly string[], req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, {Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8'}).end('Method Not Allowed\n');
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = resolveStaticPath(root, urlPath);
  const status = file ? 200 : 404;
  const path = file ?? notFoundPage(root, urlPath, locales);
  if (!path) {
    res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not Found\n');
    return;
  }
  const hashed = /\/assets\/.*\.[0-9a-f]{8,}\./.test(path);
  const encoding = precompressed(path, String(req.headers['accept-encoding'] ?? ''));
  const body = encoding ? `${path}.${encoding === 'br' ? 'br' : 'gz'}` : path;
  res.writeHead(status, {
    'Content-Type': contentType(path),
    'Content-Length': statSync(body).size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(encoding ? {'Content-Encoding': encoding} : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body).pipe(res);
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
  const fresh = (copy: string) => isFile(copy) && statSync(copy).mtimeMs >= statSync(path).mtimeMs;
  if (accepted.has('br') && fresh(`${path}.br`)) return 'br';
  if (accepted.has('gzip') && fresh(`${path}.gz`)) return 'gzip';
  return undefined;
}
