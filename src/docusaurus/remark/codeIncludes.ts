import {existsSync, readFileSync} from 'node:fs';
import {relative} from 'node:path';
import type {Code, Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {codeIncludeOfMarker, parseCodeInclude, selectSnippet, type CodeInclude} from '../../core/docfx/codeInclude';
import {markerOfComment} from '../../core/docfx/tripleColon';
import {docsRootOf, englishPathOf, sharedFileCandidates} from '../../core/i18n/paths';
import {includeCandidates} from '../../core/docfx/include';

export interface CodeIncludesOptions {
  /**
   * A sample file that does not exist: 'fail' stops the build at its file:line:column; 'warn' reports
   * it and shows a notice in its place (imported doc sets rarely bring their samples along).
   */
  onMissingSample?: 'fail' | 'warn';
}

const defaults: Required<CodeIncludesOptions> = {onMissingSample: 'fail'};

export function normalizeCodeIncludesOptions(options: CodeIncludesOptions = {}): Required<CodeIncludesOptions> {
  const settings = {...defaults, ...options};
  if (settings.onMissingSample !== 'fail' && settings.onMissingSample !== 'warn') {
    throw new TypeError(`onMissingSample must be 'fail' or 'warn', got ${JSON.stringify(settings.onMissingSample)}`);
  }
  return settings;
}

/**
 * Where a sample may be: beside the page, then beside its English page; a `~/` path (the DocFX
 * project's root, which an imported set does not mark) in each folder from the docs root down.
 */
function samplePathCandidates(pagePath: string, samplePath: string): string[] {
  if (!samplePath.startsWith('~/')) return sharedFileCandidates(pagePath, samplePath);
  const pages = [pagePath, englishPathOf(pagePath)].filter((p): p is string => p !== undefined);
  return pages.flatMap((page) => {
    const root = docsRootOf(page);
    return root ? includeCandidates(page, samplePath, `${root}/`) : [];
  });
}

/** The notice that stands in for a sample the site does not have. */
function missingSample(path: string, position: Code['position']): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name: 'MissingContent', attributes: [{type: 'mdxJsxAttribute', name: 'path', value: path}], children: [], position};
}

/** Replaces each DocFX `[!code-…]` line, and each `:::code …:::` marker, with a code block holding the named region of the sample file. */
export default function remarkCodeIncludes(options?: CodeIncludesOptions) {
  const settings = normalizeCodeIncludesOptions(options);
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const replace = (node: RootContent, index: number, parent: Parent, include: CodeInclude): void => {
      const candidates = samplePathCandidates(file.path, include.path);
      const samplePath = candidates.find((p) => existsSync(p));
      if (!samplePath) {
        const reason = `Code include: sample file "${include.path}" not found (looked for ${candidates.map((c) => relative(process.cwd(), c)).join(' and ')}). Add the file or fix the path.`;
        if (settings.onMissingSample === 'fail') file.fail(reason, node, 'code-includes:missing-sample');
        file.message(reason, node, 'code-includes:missing-sample');
        parent.children[index] = missingSample(include.path, node.position) as RootContent;
        return;
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
    };
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      let include: CodeInclude | undefined;
      if (node.type === 'paragraph') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        include = start === undefined || end === undefined ? undefined : parseCodeInclude(text.slice(start, end));
      } else if (node.type === 'html') {
        const marker = markerOfComment(node.value);
        include = marker?.name === 'code' ? codeIncludeOfMarker(marker.attributes) : undefined;
      }
      if (!include) return undefined;
      replace(node as RootContent, index, parent as Parent, include);
      return SKIP;
    });
  };
}
