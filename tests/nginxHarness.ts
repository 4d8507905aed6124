import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {freePort} from '../scripts/freePort';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_CONFIG = resolve(__dirname, '../scripts/deploy/nginx/websocket-docs.conf');

/**
 * The shipped site configuration with only what differs on a test machine changed: the listen
 * address, the build directory and the echo instances' ports. Everything else is tested as shipped.
 */
export function adaptShippedConfig(config: string, {port, root, upstreams, logs}: {port: number; root: string; upstreams: number[]; logs: string}): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;`).join('\n');
  const adapted = config
    .replace(/^ {4}listen 8080;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^ {4}listen \[::\]:8080;\n/m, '')
    .replace(/^ {4}root \/srv\/websocket-docs\/build;$/m, `    root ${root};`)
    .replace(/^( {4}access_log )\/var\/log\/nginx\/access\.log( websocket_docs_paths;)$/m, `$1${logs}/access.log$2`)
    .replace(/(upstream websocket_docs_echo \{\n)(?: {4}server .*\n)+/, `$1${servers}\n`);
  for (const expected of [`listen 127.0.0.1:${port};`, `root ${root};`, servers, `access_log ${logs}/access.log websocket_docs_paths;`]) {
    if (!adapted.includes(expected)) throw new Error(`${SHIPPED_CONFIG} no longer has the line the test adapts to "${expected.trim()}"`);
  }
  return adapted;
}

export interface Nginx {
  url: string;
  /** The site's access log. */
  accessLog: string;
  stop(): Promise<void>;
}

/** Runs Debian's nginx in the foreground with its own prefix, pid and temp directories. */
export async function startNginx(site: {root: string; upstreams: number[]}): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx is missing at ${NGINX}: install it with \`apt-get install -y nginx\` (NGINX_PATH overrides the path)`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), adaptShippedConfig(readFileSync(SHIPPED_CONFIG, 'utf8'), {port, ...site, logs: join(prefix, 'logs')}));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(prefix, kind)};`).join('\n');
  const main = [
    // As root, nginx would run its workers as nobody, who cannot write this private prefix.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'logs/error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${join(prefix, 'logs/access.log')};`,
    temp,
    `    include ${join(prefix, 'site.conf')};`,
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), main);
  const test = spawnSync(NGINX, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], {encoding: 'utf8'});
  if (test.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {stdio: ['ignore', 'ignore', 'pipe']});
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${stderr}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url} within 10 s: ${stderr}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url,
    accessLog: join(prefix, 'logs/access.log'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface EchoInstance {
  port: number;
  process: ChildProcess;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * One echo server instance as deployed: `npm start -- --no-build` on its own port (a free one, or
 * `port` to restart an instance where nginx expects it); optionally serving another build folder,
 * and with at most `descriptors` open files (`prlimit`).
 */
export async function startEchoInstance({
  root,
  descriptors,
  port: wanted = 0,
}: {root?: string; descriptors?: number; port?: number} = {}): Promise<EchoInstance> {
  const node = [process.execPath, '--import', 'tsx', resolve(__dirname, '../scripts/start.ts'), '--no-build', '--host', '127.0.0.1', '--port', String(wanted)];
  if (root) node.push('--root', root);
  const [command = 'node', ...args] = descriptors ? ['prlimit', `--nofile=${descriptors}:${descriptors}`, ...node] : node;
  const child = spawn(command, args, {
    cwd: resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`echo instance did not start within 20 s: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Serving .* at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => fail(new Error(`echo instance exited with ${code}: ${output}`)));
  });
  return {port, process: child, output: () => output, exited};
}
