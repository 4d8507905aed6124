import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Every `.md` file under a folder, depth first in directory order; none when the folder is missing. */
export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return entry.endsWith('.md') ? [path] : [];
  });
}
