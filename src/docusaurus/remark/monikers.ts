import type {Paragraph, Parent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {ASPNETCORE_VERSIONS, looksLikeMonikerFence, MonikerRangeError, parseMonikerMarker, versionsInRange, type MonikerMarker} from '../../core/docfx/moniker';

export interface MonikerOptions {
  /** The ordered versions ranges are evaluated against. */
  versions?: readonly string[];
}

interface Zone {
  range: string;
  start: RootContent;
  children: RootContent[];
}

function fail(file: VFile, node: RootContent, rule: string, message: string): never {
  return file.fail(`Moniker zone: ${message}`, node, `monikers:${rule}`);
}

/** A paragraph's leading and trailing fence lines (CommonMark merges them with adjacent text). */
function splitFences(node: RootContent): {leading?: MonikerMarker; trailing?: MonikerMarker; rest?: RootContent; malformed?: string} {
  if (node.type !== 'paragraph') return {rest: node};
  const paragraph = node as Paragraph;
  const first = paragraph.children[0];
  const last = paragraph.children[paragraph.children.length - 1];
  const result: ReturnType<typeof splitFences> = {};
  if (first?.type === 'text') {
    const [line = ''] = first.value.split('\n');
    if (looksLikeMonikerFence(line)) {
      result.leading = parseMonikerMarker(line);
      if (!result.leading) return {malformed: line};
      first.value = first.value.slice(line.length + 1);
    }
  }
  if (last?.type === 'text') {
    const lines = (last as Text).value.split('\n');
    const line = lines.at(-1) ?? '';
    if (lines.length > 1 && looksLikeMonikerFence(line)) {
      result.trailing = parseMonikerMarker(line);
      if (!result.trailing) return {malformed: line};
      (last as Text).value = lines.slice(0, -1).join('\n');
    }
  }
  const empty = paragraph.children.every((c) => c.type === 'text' && c.value.trim() === '');
  if (!empty) result.rest = paragraph;
  return result;
}

/** The `div.moniker-zone` of a closed zone, listing the versions its range covers. */
function zoneElement(file: VFile, zone: Zone, versions: readonly string[]): MdxJsxFlowElement {
  let included: string[];
  try {
    included = versionsInRange(zone.range, versions);
  } catch (error) {
    if (error instanceof MonikerRangeError) fail(file, zone.start, 'bad-range', `range "${zone.range}": ${error.message}`);
    throw error;
  }
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'className', value: 'moniker-zone'},
      {type: 'mdxJsxAttribute', name: 'data-moniker-range', value: zone.range},
      {type: 'mdxJsxAttribute', name: 'data-versions', value: included.join(' ')},
    ],
    children: zone.children as MdxJsxFlowElement['children'],
  };
}

/** Rewrites the zones among a parent's children (and, recursively, theirs); returns whether it found any. */
function rewriteZones(file: VFile, parent: Parent, versions: readonly string[]): boolean {
  const output: RootContent[] = [];
  let zone: Zone | undefined;
  let found = false;
  const mark = (marker: MonikerMarker, node: RootContent) => {
    if (marker.kind !== 'end') {
      if (zone)
        fail(
          file,
          node,
          'nested-zone',
          `a moniker zone cannot open inside another (opened at line ${zone.start.position?.start.line}); close it with "::: moniker-end" first`,
        );
      zone = {range: marker.range, start: node, children: []};
      return;
    }
    if (!zone) fail(file, node, 'stray-end', '"::: moniker-end" without an opening "::: moniker range=…"');
    output.push(zoneElement(file, zone, versions) as RootContent);
    zone = undefined;
    found = true;
  };
  for (const node of parent.children as RootContent[]) {
    const position = node.position;
    const {leading, trailing, rest, malformed} = splitFences(node);
    if (malformed) fail(file, node, 'malformed-fence', `malformed fence ${JSON.stringify(malformed)}; write ::: moniker range="<range>" or ::: moniker-end`);
    if (leading) mark(leading, {...node, position} as RootContent);
    if (rest) {
      if ('children' in rest && rest.type !== 'paragraph') found = rewriteZones(file, rest as Parent, versions) || found;
      (zone ? zone.children : output).push(rest);
    }
    if (trailing) mark(trailing, {...node, position} as RootContent);
  }
  if (zone) fail(file, zone.start, 'unclosed-zone', `"::: moniker range=\\"${zone.range}\\"" is never closed; add "::: moniker-end"`);
  parent.children = output as Parent['children'];
  return found;
}

/**
 * Wraps each `::: moniker range="…"` … `::: moniker-end` zone in a `div.moniker-zone` that lists
 * the versions it applies to, and puts a version picker at the top of pages that have zones.
 */
export default function remarkMonikers(options: MonikerOptions = {}) {
  const versions = options.versions ?? ASPNETCORE_VERSIONS;
  if (!Array.isArray(versions) || versions.length === 0 || versions.some((v) => typeof v !== 'string')) {
    throw new TypeError(`versions must be a non-empty list of version names, got ${JSON.stringify(options.versions)}`);
  }
  return (tree: Root, file: VFile) => {
    if (!rewriteZones(file, tree, versions)) return;
    const pageRange = (file.data as {frontMatter?: {monikerRange?: string}}).frontMatter?.monikerRange;
    const offered = pageRange ? versionsInRange(pageRange, versions) : [...versions];
    const picker: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'MonikerPicker',
      attributes: [{type: 'mdxJsxAttribute', name: 'versions', value: offered.join(' ')}],
      children: [],
    };
    const h1 = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    tree.children.splice(h1 + 1, 0, picker as RootContent);
  };
}
