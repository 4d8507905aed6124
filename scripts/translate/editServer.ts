import {randomBytes, timingSafeEqual} from 'node:crypto';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {createProxyMiddleware} from 'http-proxy-middleware';
import {docRouteOf} from '../../src/core/i18n/alternates';
import {CSRF_HEADER, EDIT_API, MAX_BODY_BYTES, NEEDS_WORK_STATES, SESSION_COOKIE} from '../../src/core/translate/editApi';
import {isTranslatedLocale} from '../../src/core/i18n/locales';
import {loadProject} from '../../src/project/project';
import {
  pageSentences,
  pageSentencesAsShown,
  saveSentence,
  sentenceFindings,
  SAVE_STATES,
  type SaveState,
  type SentenceVersion,
} from '../l10n/lib/sentenceEdits';
import {EXCHANGE_STATES} from '../l10n/lib/unitTypes';
import {commitSave} from './commitSave';
import {LocaleSuggestions} from './localeSuggestions';

export interface EditServerOptions {
  /** The site's working tree. */
  root: string;
  locale: string;
  host: string;
  port: number;
  /** The Docusaurus dev server the pages come from. */
  upstream: string;
  /** Who saves, for the journal (a proxy's header can name each translator instead: `authorHeader`). */
  author: string;
  /** A header set by a reverse proxy that authenticated the translator (e.g. x-forwarded-user). */
  authorHeader?: string;
  /** Host names besides loopback and `host` the server is reached as (behind a proxy). */
  allowedHosts?: readonly string[];
  /** Each save becomes a git commit of the files it wrote, authored by the translator. */
  commit?: boolean;
}

export interface EditServer {
  server: Server;
  url: string;
  /** On a host that is not loopback, the URL to open once: it carries the session token. */
  entryUrl: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const isLoopback = (host: string) => LOOPBACK.has(host);

function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** The request body as JSON, refusing what is not JSON or is larger than the cap (nothing is buffered past it). */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json(?:;|$)/i.test(req.headers['content-type'] ?? ''))
    throw new HttpError(415, 'ERR_NOT_JSON', 'the edit API accepts application/json only');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'ERR_TOO_LARGE', `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'ERR_TOO_LARGE', `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'ERR_BAD_JSON', 'the request body is not JSON');
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringField(body: Record<string, unknown>, key: string, max = 20_000): string {
  const value = body[key];
  if (typeof value !== 'string' || value.length > max) throw new HttpError(400, 'ERR_BAD_FIELD', `${key} must be a string of at most ${max} characters`);
  return value;
}

/**
 * `npm run translate`'s server: the editor's JSON API, and everything else passed to the dev server.
 * Safe by default: loopback unless `host` says otherwise (then a token opens the session), a
 * session cookie plus a CSRF header on every write, same-origin requests only, the Host header
 * checked (DNS rebinding), small JSON bodies, and writes only to the locale's doc pages.
 */
export async function createEditServer(options: EditServerOptions): Promise<EditServer> {
  const {root, locale, host, upstream, author, authorHeader} = options;
  if (!isTranslatedLocale(locale)) throw new TypeError(`locale must be a translated locale, got ${JSON.stringify(locale)}`);
  const session = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  const entryToken = randomBytes(24).toString('base64url');
  const localePrefix = `/${locale}`;
  let port = options.port;
  const names = () => [...LOOPBACK, host, ...(options.allowedHosts ?? [])].map((h) => `${h.includes(':') && !h.startsWith('[') ? `[${h}]` : h}:${port}`);
  const hosts = () => new Set(names());
  // The page's own origin, whichever of the server's names it was opened at.
  const isOwnOrigin = (value: string) => names().some((name) => value === `http://${name}`);
  // Saves one at a time: two saves of one file each read what the other wrote.
  let saving: Promise<unknown> = Promise.resolve();
  const suggestions = new LocaleSuggestions(locale);

  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: upstream,
    changeOrigin: true,
    ws: true,
    on: {
      // The page receives the session in a cookie its scripts cannot read.
      // Only requests past the gate below reach the dev server (off loopback: with the token or the session).
      proxyRes: (proxyRes) => {
        if (!String(proxyRes.headers['content-type'] ?? '').includes('text/html')) return;
        proxyRes.headers['set-cookie'] = [`${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`];
      },
    },
  });

  /** The page of the locale a route shows, among the project's pages; nothing else is ever written. */
  function pageOfRoute(route: string): string {
    const project = loadProject(root, {locales: [locale]});
    const path = route.startsWith(`${localePrefix}/`) ? route.slice(localePrefix.length) : route;
    const page = project.pages.find((p) => docRouteOf(p.page) === path.replace(/\/$/, ''))?.page;
    if (!page) throw new HttpError(404, 'ERR_NO_PAGE', `no doc page at ${JSON.stringify(route)}`);
    return page;
  }
  function knownPage(page: string): string {
    if (!loadProject(root, {locales: [locale]}).pages.some((p) => p.page === page))
      throw new HttpError(404, 'ERR_NO_PAGE', `no doc page ${JSON.stringify(page)}`);
    return page;
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store'}).end(JSON.stringify(body));
    };
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && !isOwnOrigin(requestOrigin)) throw new HttpError(403, 'ERR_ORIGIN', `requests from ${requestOrigin} are refused`);
    if (!sameSecret(cookieOf(req, SESSION_COOKIE), session))
      throw new HttpError(403, 'ERR_SESSION', 'no edit session: open the page from the address npm run translate printed');
    const name = url.pathname.slice(EDIT_API.length);
    if (req.method === 'GET' && name === '/session') {
      reply(200, {csrf, locale, author: (authorHeader && String(req.headers[authorHeader] ?? '')) || author});
      return;
    }
    if (req.method === 'GET' && name === '/page') {
      const page = pageOfRoute(url.searchParams.get('route') ?? '');
      // After the saves already asked for: a page read while one lands would hand the editor a base it has just replaced.
      await saving;
      const project = loadProject(root, {locales: [locale]});
      const index = suggestions.of(project);
      const sentences = (await pageSentencesAsShown(project, locale, page)).map((s) =>
        // What needs work gets suggestions from the memory and from every page of the locale (not itself).
        NEEDS_WORK_STATES.includes(s.state) ? {...s, suggestions: index.suggest(s.english, {self: {page, id: s.pageId ?? s.id}})} : s,
      );
      reply(200, {page, sentences});
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'ERR_METHOD', `${req.method} ${url.pathname} is not part of the edit API`);
    // Every write: the session cookie (above), the CSRF header and the same origin, stated.
    if (requestOrigin === undefined) throw new HttpError(403, 'ERR_ORIGIN', 'writes must say their Origin');
    if (!sameSecret(String(req.headers[CSRF_HEADER] ?? ''), csrf)) throw new HttpError(403, 'ERR_CSRF', `missing or wrong ${CSRF_HEADER} header`);
    const body = await jsonBody(req);
    if (!isRecord(body)) throw new HttpError(400, 'ERR_BAD_FIELD', 'the body must be a JSON object');
    const page = knownPage(stringField(body, 'page', 1000));
    const id = stringField(body, 'id', 200);
    const translation = stringField(body, 'translation');
    if (name === '/check') {
      const project = loadProject(root, {locales: [locale]});
      const sentence = (await pageSentences(project, locale, page)).find((u) => u.id === id);
      if (!sentence) throw new HttpError(404, 'ERR_NO_SENTENCE', `no sentence ${id} on ${page}`);
      reply(200, {findings: sentenceFindings(project, locale, sentence, translation)});
      return;
    }
    if (name !== '/save') throw new HttpError(404, 'ERR_NO_ENDPOINT', `${url.pathname} is not part of the edit API`);
    const state = body.state ?? 'translated';
    if (!(SAVE_STATES as readonly unknown[]).includes(state)) throw new HttpError(400, 'ERR_BAD_FIELD', `state must be one of ${SAVE_STATES.join(', ')}`);
    const base = isRecord(body.base) ? body.base : {};
    if (!(EXCHANGE_STATES as readonly unknown[]).includes(base.state))
      throw new HttpError(400, 'ERR_BAD_FIELD', `base.state must be one of ${EXCHANGE_STATES.join(', ')}`);
    const version: SentenceVersion = {
      english: stringField(base, 'english'),
      translation: stringField(base, 'translation'),
      state: base.state as SentenceVersion['state'],
    };
    const who = (authorHeader && String(req.headers[authorHeader] ?? '')) || author;
    const run = saving.then(async () => {
      const outcome = await saveSentence(root, {locale, page, id, base: version, translation, state: state as SaveState, author: who});
      if (!options.commit || outcome.status !== 'saved') return outcome;
      // The save has landed in the working tree either way: a commit that fails is a warning, not a lost edit.
      const commit = await commitSave(root, {
        locale,
        page,
        id,
        english: version.english,
        before: version.translation,
        after: outcome.sentence.translation,
        state: outcome.sentence.state,
        author: who,
        files: outcome.files,
      }).catch((error: unknown) => {
        process.stderr.write(`translate: ${page} ${id} saved but not committed: ${String(error)}\n`);
        outcome.warnings.push({code: 'L10N_NOT_COMMITTED', severity: 'warning', message: `saved, not committed: ${String(error).split('\n')[0]}`});
        return undefined;
      });
      return commit ? {...outcome, commit} : outcome;
    });
    saving = run.catch(() => undefined);
    const outcome = await run;
    if (outcome.status === 'conflict') reply(409, outcome);
    else if (outcome.status === 'refused') reply(422, outcome);
    else reply(200, outcome);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://edit.invalid');
    // DNS rebinding: a page of evil.example resolved to this address still says Host: evil.example.
    if (!hosts().has(req.headers.host ?? '')) {
      res.writeHead(403, {'Content-Type': 'text/plain; charset=utf-8'}).end(`Host ${JSON.stringify(req.headers.host ?? '')} is not this edit server\n`);
      return;
    }
    if (!url.pathname.startsWith(`${EDIT_API}/`)) {
      // Off loopback, the page (and its cookie) only for whoever has the token or the session.
      if (!isLoopback(host) && cookieOf(req, SESSION_COOKIE) !== session && url.searchParams.get('token') !== entryToken) {
        res.writeHead(403, {'Content-Type': 'text/plain; charset=utf-8'}).end('open the address npm run translate printed (it carries the token)\n');
        return;
      }
      void proxy(req, res, (error?: unknown) => {
        if (!res.headersSent) res.writeHead(502, {'Content-Type': 'text/plain; charset=utf-8'}).end(`dev server: ${String(error)}\n`);
      });
      return;
    }
    api(req, res, url).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const code = error instanceof HttpError ? error.code : 'ERR_UNEXPECTED';
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) res.writeHead(status, {'Content-Type': 'application/json; charset=utf-8'}).end(JSON.stringify({errors: [{code, message}]}));
      // A body the server stopped reading: the connection cannot be reused.
      if (status === 413) req.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (!hosts().has(req.headers.host ?? '') || (req.headers.origin !== undefined && !isOwnOrigin(req.headers.origin))) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    proxy.upgrade(req, socket as never, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${port}`;
  return {
    server,
    url,
    entryUrl: isLoopback(host) ? `${url}${localePrefix}/` : `${url}${localePrefix}/?token=${entryToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
