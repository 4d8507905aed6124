import {mkdirSync, readFileSync, renameSync, writeFileSync, existsSync} from 'node:fs';
import {dirname, join} from 'node:path';

export function readIfExists(root: string, path: string): string | undefined {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

/**
 * Writes each file through a temporary sibling and a rename, so a reader or a crash never sees a
 * half-written page. Returns the paths whose content actually changed.
 */
export function writeFilesAtomically(root: string, files: Array<{path: string; content: string}>): string[] {
  const changed: string[] = [];
  for (const {path, content} of files) {
    const full = join(root, path);
    if (readIfExists(root, path) === content) continue;
    mkdirSync(dirname(full), {recursive: true});
    const temporary = `${full}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, full);
    changed.push(path);
  }
  return changed;
}
