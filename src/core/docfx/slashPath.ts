/**
 * `a/b/../c/./d` → `a/c/d`: DocFX paths are slash-separated in every file system, and core code
 * runs in the browser too (no node:path). A leading `/` stays; a `..` above the start is dropped.
 */
export function resolveDots(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') {
      if (out.length > 0 && out.at(-1) !== '') out.pop();
    } else if (part !== '.' && !(part === '' && out.length > 0)) out.push(part);
  }
  return out.join('/');
}
