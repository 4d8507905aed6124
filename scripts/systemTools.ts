import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';

/**
 * The system tools `npm test` uses beyond Node: Debian's Chromium for the browser tests, nginx for
 * the scale-out test, gettext and xmllint to hold exports to their tools, python3-websockets and
 * python3-autobahn as independent WebSocket clients, GNU time for the build's peak memory. Runs
 * before the tests (`pretest`): installs what is missing where it can (root on Debian), else stops
 * within seconds naming each missing tool and the command that installs it.
 */
interface Tool {
  what: string;
  /** The Debian package that brings it. */
  pkg: string;
  present(root: string): boolean;
}

const file = (path: string) => (root: string) => existsSync(join(root, path));
const python = (module: string) => (root: string) =>
  existsSync(join(root, '/usr/bin/python3')) && spawnSync(join(root, '/usr/bin/python3'), ['-c', `import ${module}`], {stdio: 'ignore'}).status === 0;

export const TOOLS: readonly Tool[] = [
  {what: 'Chromium (/usr/bin/chromium)', pkg: 'chromium', present: file('/usr/bin/chromium')},
  {what: 'nginx (/usr/sbin/nginx)', pkg: 'nginx', present: file('/usr/sbin/nginx')},
  {what: 'gettext (/usr/bin/msgfmt)', pkg: 'gettext', present: file('/usr/bin/msgfmt')},
  {what: 'xmllint (/usr/bin/xmllint)', pkg: 'libxml2-utils', present: file('/usr/bin/xmllint')},
  {what: "Python's websockets (python3 -c 'import websockets')", pkg: 'python3-websockets', present: python('websockets')},
  {what: "Python's autobahn (python3 -c 'import autobahn')", pkg: 'python3-autobahn', present: python('autobahn')},
  {what: 'GNU time (/usr/bin/time)', pkg: 'time', present: file('/usr/bin/time')},
];

/** The tools missing under `root` (`/` on a real machine; tests point it elsewhere). */
export function missingTools(root = '/'): Tool[] {
  return TOOLS.filter((tool) => !tool.present(root));
}

function main(): void {
  const root = process.env.SYSTEM_TOOLS_ROOT ?? '/';
  let missing = missingTools(root);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.pkg))];
  const command = `apt-get install -y ${packages.join(' ')}`;
  const canInstall =
    process.env.SYSTEM_TOOLS_INSTALL !== 'false' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  if (canInstall) {
    console.log(`npm test: installing ${packages.join(', ')} (${command})`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', ...packages],
    ]) {
      const result = spawnSync('apt-get', args, {stdio: 'inherit', env});
      if (result.status !== 0) break;
    }
    missing = missingTools(root);
    if (missing.length === 0) return;
  }
  const list = missing.map((t) => `  - ${t.what}: Debian package ${t.pkg}`).join('\n');
  process.stderr.write(
    `npm test needs system tools that are missing:\n${list}\nInstall them with:\n  sudo ${command}\n(as root on Debian or Ubuntu, npm test installs them itself)\n`,
  );
  process.exitCode = 1;
}

if (require.main === module) main();
