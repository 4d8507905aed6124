import {resolveDots} from './slashPath';

/**
 * DocFX includes: `[!INCLUDE [title](path)]`, on a line of its own (block) or inside a sentence
 * (inline). Pure: the caller reads files.
 */
const BLOCK_INCLUDE = /^\[!INCLUDE\s*\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)\]$/i;

/** The path of a block include line, or undefined. */
export function parseBlockInclude(line: string): string | undefined {
  return BLOCK_INCLUDE.exec(line.trim())?.[1];
}

/** Text that opens an inline include: the link that follows holds the path, and a `]` closes it. */
export const INLINE_INCLUDE_OPEN = /\[!INCLUDE\s*$/i;

/**
 * Where an include path may point. `~/` is the root of the DocFX project, which an imported set
 * does not mark: each folder from the docs root down to the page's own is tried, in that order.
 */
export function includeCandidates(pagePath: string, includePath: string, root: string): string[] {
  const dir = pagePath.slice(0, pagePath.lastIndexOf('/') + 1);
  if (!includePath.startsWith('~/')) return [resolveDots(dir + includePath)];
  const rest = includePath.slice(2);
  const candidates: string[] = [];
  for (let at = dir; at.startsWith(root); at = at.slice(0, at.slice(0, -1).lastIndexOf('/') + 1)) {
    candidates.push(at + rest);
    if (at === root) break;
  }
  return candidates.reverse();
}
