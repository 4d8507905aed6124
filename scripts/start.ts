import {spawnSync} from 'node:child_process';
import {Command, Option} from 'commander';
import {createSiteServer} from '../src/server/createSiteServer';
import {isBuildStale} from './buildFreshness';

/** `npm start`: build the site when it is missing or older than its sources, then serve it with the echo server. */
const program = new Command('start')
  .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('localhost'))
  .addOption(new Option('--port <port>', 'port to listen on').env('PORT').default('5000'))
  .option('--no-build', 'serve the existing build even if it is stale')
  .parse();

async function main(): Promise<void> {
  const options = program.opts<{host: string; port: string; build: boolean}>();
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: --port / PORT must be an integer from 0 to 65535, got ${JSON.stringify(options.port)}\n`);
    process.exitCode = 2;
    return;
  }
  if (options.build && isBuildStale(process.cwd())) {
    process.stdout.write('The site build is missing or older than its sources: building all locales…\n');
    const result = spawnSync('npx', ['docusaurus', 'build'], {stdio: 'inherit'});
    if (result.status !== 0) {
      process.stderr.write('error: the site build failed; see the messages above\n');
      process.exitCode = 1;
      return;
    }
  }
  const site = await createSiteServer({host: options.host, port});
  process.stdout.write(`Serving the site and the WebSocket echo at ${site.url} (echo: ${site.url.replace(/^http/, 'ws')}/ws)\n`);
  const stop = () => void site.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
