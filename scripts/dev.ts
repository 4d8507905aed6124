import {spawn} from 'node:child_process';
import {createSiteServer} from '../src/server/createSiteServer';

/**
 * `npm run dev`: the Docusaurus dev server with hot reload on :3000, and the echo server on :5001
 * (its /ws would clash with the dev server's own hot-reload socket), the demos pointed at it.
 */
const DEV_PORT = Number(process.env.PORT ?? 3000);
const ECHO_PORT = Number(process.env.ECHO_PORT ?? 5001);

async function main(): Promise<void> {
  const echo = await createSiteServer({
    host: 'localhost',
    port: ECHO_PORT,
    allowedOrigins: [`http://localhost:${DEV_PORT}`],
  });
  process.stdout.write(`Echo server at ${echo.url.replace(/^http/, 'ws')}/ws\n`);
  const docusaurus = spawn('npx', ['docusaurus', 'start', '--port', String(DEV_PORT), '--no-open', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {...process.env, ECHO_SERVER: echo.url.replace(/^http/, 'ws')},
  });
  const stop = () => {
    docusaurus.kill('SIGTERM');
    void echo.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  docusaurus.once('exit', (code) => {
    void echo.close();
    process.exitCode = code ?? 0;
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
