import {spawn, spawnSync} from 'node:child_process';
import {Command, Option} from 'commander';
import {TRANSLATED_LOCALES} from '../src/core/i18n/locales';
import {freePort} from './freePort';
import {createEditServer} from './translate/editServer';

/** `npm run translate`: the site of the working tree in edit mode, the editor in every page. */
const program = new Command('translate')
  .addOption(new Option('--locale <locale>', 'the locale to translate').choices([...TRANSLATED_LOCALES]).default('zh-TW'))
  .addOption(new Option('--host <host>', 'address to listen on (off loopback, a token opens the session)').env('HOST').default('127.0.0.1'))
  .addOption(new Option('--port <port>', 'port to listen on').env('PORT').default('3100'))
  .addOption(new Option('--author <name>', 'who saves, for the edit journal and the commits ("Name <email>")').default(gitUser()))
  .addOption(new Option('--commit', 'make each save a git commit of the files it wrote, authored by the translator'))
  .addOption(new Option('--author-header <name>', "a reverse proxy's header naming the authenticated translator (e.g. x-forwarded-user)"))
  .addOption(new Option('--allowed-hosts <list>', 'comma-separated host names the server is reached as behind a proxy'));
program.parse();

function gitUser(): string {
  const name = spawnSync('git', ['config', 'user.name'], {encoding: 'utf8'}).stdout?.trim();
  return name || process.env.USER || 'translator';
}

async function main(): Promise<void> {
  const options = program.opts<{locale: string; host: string; port: string; author: string; authorHeader?: string; allowedHosts?: string; commit?: boolean}>();
  if (!/^\d+$/.test(options.port)) throw new TypeError(`--port must be a whole number, got ${JSON.stringify(options.port)}`);
  const devPort = await freePort();
  // The dev server with the editor in its pages (TRANSLATE_MODE), reachable only through the edit server's checks.
  const dev = spawn('npx', ['docusaurus', 'start', '--locale', options.locale, '--host', '127.0.0.1', '--port', String(devPort), '--no-open'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, TRANSLATE_MODE: '1', BROWSER: 'none'},
  });
  const edit = await createEditServer({
    root: process.cwd(),
    locale: options.locale,
    host: options.host,
    port: Number(options.port),
    upstream: `http://127.0.0.1:${devPort}`,
    author: options.author,
    commit: options.commit === true,
    ...(options.authorHeader ? {authorHeader: options.authorHeader.toLowerCase()} : {}),
    ...(options.allowedHosts ? {allowedHosts: options.allowedHosts.split(',').map((h) => h.trim())} : {}),
  });
  process.stdout.write(`Translate ${options.locale} in place at ${edit.entryUrl} (pages appear once the dev server has compiled)\n`);
  const stop = () => {
    dev.kill('SIGTERM');
    void edit.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  dev.once('exit', (code) => {
    void edit.close();
    process.exitCode = code ?? 0;
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof TypeError ? 2 : 1;
});
