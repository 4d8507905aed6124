import {createProgram} from '../l10n/program';

/**
 * Runs one l10n command on a corpus, as `npm run l10n -- --json <command>` would, and reports on
 * stderr its time since the process started (Node and module loading included) and peak memory.
 */
const [root = '.', command = 'status', ...args] = process.argv.slice(2);
void createProgram()
  .parseAsync(['--root', root, '--json', command, ...args], {from: 'user'})
  .then(() => {
    process.stderr.write(`\n${JSON.stringify({ms: performance.now(), peakRssMb: process.resourceUsage().maxRSS / 1024})}\n`);
  });
