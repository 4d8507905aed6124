import {planSync} from '../l10n/commands/sync';
import {loadProject} from '../l10n/lib/project';
import {computeStatus} from '../l10n/lib/status';

/** Runs one l10n computation on a corpus in a fresh process, so its time and peak memory are its own. */
const [root, command] = process.argv.slice(2);
const start = performance.now();
const project = loadProject(root);
if (command === 'status') computeStatus(project);
else planSync(project);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ms, peakRssMb: process.resourceUsage().maxRSS / 1024}));
