import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {Code, Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {parseCodeInclude, selectSnippet} from '../../core/docfx/codeInclude';
import {englishPathOf} from '../../core/i18n/paths';

/** Sample paths are relative to the article; a localized copy shares the English article's samples. */
export function sampleCandidates(articlePath: string, samplePath: string): string[] {
  const own = join(dirname(articlePath), samplePath);
  const english = englishPathOf(articlePath);
  return english === undefined ? [own] : [own, join(dirname(english), samplePath)];
}

/** Replaces each DocFX `[!code-…]` line with a code block holding the named region of the sample file. */
export default function remarkCodeIncludes() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    visit(tree, 'paragraph', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!parent || index === undefined || start === undefined || end === undefined) return undefined;
      const include = parseCodeInclude(text.slice(start, end));
      if (!include) return undefined;
      const candidates = sampleCandidates(file.path, include.path);
      const samplePath = candidates.find((p) => existsSync(p));
      if (!samplePath) {
        file.fail(
          `Code include: sample file "${include.path}" not found (looked for ${candidates.map((c) => relative(process.cwd(), c)).join(' and ')}). Add the file or fix the path.`,
          node,
          'code-includes:missing-sample',
        );
      }
      const snippet = selectSnippet(readFileSync(samplePath, 'utf8'), include);
      if ('missingRegion' in snippet) {
        file.fail(
          `Code include: region "${snippet.missingRegion}" not found in ${relative(process.cwd(), samplePath)}; its regions are: ${snippet.regions.join(', ') || '(none)'}. Mark the region with #region/#endregion or // <Name> … // </Name>.`,
          node,
          'code-includes:missing-region',
        );
      }
      const title = include.title || include.path.split('/').pop();
      const meta = [`title=${JSON.stringify(title)}`, include.highlight ? `{${include.highlight}}` : ''].filter(Boolean).join(' ');
      const code: Code = {type: 'code', lang: include.lang === 'csharp' ? 'csharp' : include.lang, meta, value: snippet.code, position: node.position};
      parent.children[index] = code;
      return SKIP;
    });
  };
}
