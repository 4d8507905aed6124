import {spawnSync} from 'node:child_process';
import {Command, Option} from 'commander';
import {createSiteServer} from '../src/server/createSiteServer';
import {DEFAULT_OPTIONS, envName, flagName, TUNABLE_OPTIONS, type SiteServerOptions} from '../src/server/options';
import {isBuildStale} from './buildFreshness';

/** `npm start`: build the site when it is missing or older than its sources, then serve it with the echo server. */
const program = new Command('start')
  .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default(DEFAULT_OPTIONS.host))
  .addOption(new Option('--port <port>', 'port to listen on').env('PORT').default(String(DEFAULT_OPTIONS.port)))
  .addOption(new Option('--allowed-origins <list>', 'comma-separated origins allowed to open sockets (default: same origin)').env('ALLOWED_ORIGINS'))
  .addOption(
    new Option('--allowed-hosts <list>', 'comma-separated host names this server is reached as, for the same-origin rule (loopback and --host always)').env(
      'ALLOWED_HOSTS',
    ),
  )
  .addOption(
    new Option('--log-level <level>', 'info, or debug to log every message, ping and pong').env('LOG_LEVEL').choices(['info', 'debug']).default('info'),
  )
  .addOption(new Option('--root <dir>', 'the Docusaurus build to serve (implies --no-build)').env('SITE_ROOT'))
  .addOption(new Option('--metrics-port <port>', 'serve Prometheus metrics at /metrics on this port (never the site port; off by default)').env('METRICS_PORT'))
  .addOption(new Option('--metrics-host <host>', 'address of the metrics listener').env('METRICS_HOST').default(DEFAULT_OPTIONS.metricsHost))
  .option('--no-build', 'serve the existing build even if it is stale');
for (const name of TUNABLE_OPTIONS) {
  program.addOption(new Option(`--${flagName(name)} <n>`, `${name} (default ${DEFAULT_OPTIONS[name]})`).env(envName(name)));
}
program.parse();

/** Flags and environment into server options; numbers are checked by normalizeServerOptions. */
function serverOptions(raw: Record<string, string | boolean | undefined>): Partial<SiteServerOptions> {
  const whole = (flag: string, value: string): number => {
    if (!/^\d+$/.test(value.trim()))
      throw new TypeError(
        `--${flag} (or ${envName(flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))}) must be a whole number, got ${JSON.stringify(value)}`,
      );
    return Number(value);
  };
  const options: Partial<SiteServerOptions> = {host: String(raw.host), port: whole('port', String(raw.port))};
  for (const name of TUNABLE_OPTIONS) if (typeof raw[name] === 'string') options[name] = whole(flagName(name), raw[name] as string);
  options.logLevel = raw.logLevel === 'debug' ? 'debug' : 'info';
  if (typeof raw.root === 'string') options.root = raw.root;
  if (typeof raw.metricsPort === 'string') options.metricsPort = whole('metrics-port', raw.metricsPort);
  if (typeof raw.metricsHost === 'string') options.metricsHost = raw.metricsHost;
  const list = (value: string) =>
    value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  if (typeof raw.allowedOrigins === 'string') options.allowedOrigins = list(raw.allowedOrigins);
  if (typeof raw.allowedHosts === 'string') options.allowedHosts = list(raw.allowedHosts);
  return options;
}

async function main(): Promise<void> {
  const raw = program.opts<Record<string, string | boolean | undefined>>();
  const options = serverOptions(raw);
  if (raw.build !== false && raw.root === undefined && isBuildStale(process.cwd())) {
    process.stdout.write('The site build is missing or older than its sources: building all locales…\n');
    const result = spawnSync('npm', ['run', 'build'], {stdio: 'inherit'});
    if (result.status !== 0) {
      process.stderr.write('error: the site build failed; see the messages above\n');
      process.exitCode = 1;
      return;
    }
  }
  const site = await createSiteServer(options);
  process.stdout.write(`Serving the site and the WebSocket echo at ${site.url} (echo: ${site.url.replace(/^http/, 'ws')}/ws)\n`);
  if (site.metricsUrl) process.stdout.write(`Metrics at ${site.metricsUrl}/metrics; health at ${site.url}/healthz and ${site.url}/readyz\n`);
  const stop = (signal: string) => {
    process.stderr.write(`${signal}: closing every socket with 1001…\n`);
    void site.close();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof TypeError ? 2 : 1;
});
