import {analyzedPages} from '../../src/project/analyzedPages';
import {loadProject} from '../../src/project/project';

// The baseline of the l10n tools at scale: every page's English and localized files read and
// parsed as the commands read them (the same worker choice), and nothing else, in a process of its own.
async function main(root: string | undefined): Promise<void> {
  if (!root) throw new TypeError('usage: readAndParse.ts <site root>');
  let pages = 0;
  for await (const _page of analyzedPages(loadProject(root))) pages++;
  process.stdout.write(`${JSON.stringify({pages})}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
