import type {Paragraph, Parent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {
  ASPNETCORE_VERSIONS,
  looksLikeMonikerFence,
  MonikerRangeError,
  parseMonikerMarker,
  sameContentGroups,
  versionsInRange,
  versionsOfRanges,
  type MonikerMarker,
} from '../../core/docfx/moniker';
import {lineOfComment} from '../../core/docfx/tripleColon';

export interface MonikerOptions {
  /** Versions known besides those a page's ranges name (e.g. a product's full list); ASP.NET Core 1.0–2.2 by default. */
  versions?: readonly string[];
}

/** The range of each zone fence in a page's text, read before the tree is rewritten to learn the page's versions. */
const ZONE_RANGE = /^[ \t>]*:::[ \t]*moniker[ \t]+range[ \t]*=[ \t]*"([^"]*)"/gim;

const ANY_FENCE = /^[ \t>]*:::[ \t]*moniker/im;

interface Zone {
  range: string;
  start: RootContent;
  children: RootContent[];
}

function fail(file: VFile, node: RootContent, rule: string, message: string): never {
  return file.fail(`Moniker zone: ${message}`, node, `monikers:${rule}`);
}

/**
 * The fence line that ends a list or quote: written right after its last line, CommonMark reads it
 * as a lazy continuation of that line's paragraph, deep inside the container.
 */
function lastParagraph(node: RootContent): Paragraph | undefined {
  let at: RootContent | undefined = node;
  while (at && at.type !== 'paragraph' && 'children' in at && (at.type === 'list' || at.type === 'listItem' || at.type === 'blockquote')) {
    at = (at as Parent).children.at(-1) as RootContent | undefined;
  }
  return at?.type === 'paragraph' ? (at as Paragraph) : undefined;
}

/** Removes a fence line ending the paragraph and returns it. */
function takeTrailingFence(paragraph: Paragraph): {marker?: MonikerMarker; malformed?: string} {
  const last = paragraph.children[paragraph.children.length - 1];
  if (last?.type !== 'text') return {};
  const lines = (last as Text).value.split('\n');
  const line = lines.at(-1) ?? '';
  if (lines.length < 2 || !looksLikeMonikerFence(line)) return {};
  const marker = parseMonikerMarker(line);
  if (!marker) return {malformed: line};
  (last as Text).value = lines.slice(0, -1).join('\n');
  return {marker};
}

/** A paragraph's leading and trailing fence lines (CommonMark merges them with adjacent text). */
function splitFences(node: RootContent): {leading?: MonikerMarker; trailing?: MonikerMarker; rest?: RootContent; malformed?: string} {
  // A fence line the preprocessor kept as a block of its own (markTripleColon).
  const line = node.type === 'html' ? lineOfComment(node.value) : undefined;
  if (line !== undefined && looksLikeMonikerFence(line)) {
    const marker = parseMonikerMarker(line);
    return marker ? {leading: marker} : {malformed: line};
  }
  if (node.type !== 'paragraph') {
    const inner = lastParagraph(node);
    const {marker, malformed} = inner ? takeTrailingFence(inner) : {};
    return malformed ? {malformed} : {rest: node, ...(marker ? {trailing: marker} : {})};
  }
  const paragraph = node as Paragraph;
  const first = paragraph.children[0];
  const result: ReturnType<typeof splitFences> = {};
  if (first?.type === 'text') {
    const [line = ''] = first.value.split('\n');
    if (looksLikeMonikerFence(line)) {
      result.leading = parseMonikerMarker(line);
      if (!result.leading) return {malformed: line};
      first.value = first.value.slice(line.length + 1);
    }
  }
  const trailing = takeTrailingFence(paragraph);
  if (trailing.malformed) return {malformed: trailing.malformed};
  if (trailing.marker) result.trailing = trailing.marker;
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
  const known = options.versions ?? ASPNETCORE_VERSIONS;
  if (!Array.isArray(known) || known.some((v) => typeof v !== 'string')) {
    throw new TypeError(`versions must be a list of version names such as "aspnetcore-3.1", got ${JSON.stringify(options.versions)}`);
  }
  return (tree: Root, file: VFile) => {
    const pageRange = (file.data as {frontMatter?: {monikerRange?: string}}).frontMatter?.monikerRange;
    // The fences are in the page as written, or kept in comments by the preprocessor.
    const text = String(file.value).replace(/<!--docfx (\S*)-->/g, (comment) => lineOfComment(comment) ?? comment);
    if (!ANY_FENCE.test(text)) return;
    const ranges = [...text.matchAll(ZONE_RANGE)].map((m) => m[1] ?? '');
    const versions = versionsOfRanges(pageRange ? [pageRange, ...ranges] : ranges, known);
    if (!rewriteZones(file, tree, versions)) return;
    const offered = pageRange ? versionsInRange(pageRange, versions) : [...versions];
    const zones: string[][] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      const listed = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-versions')?.value;
      if (typeof listed === 'string') zones.push(listed.split(' ').filter(Boolean));
    });
    const picker: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'MonikerPicker',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'versions', value: offered.join(' ')},
        // Versions the page reads the same for, as "a b|c d e": the picker names them.
        {
          type: 'mdxJsxAttribute',
          name: 'same',
          value: sameContentGroups(offered, zones)
            .map((g) => g.join(' '))
            .join('|'),
        },
      ],
      children: [],
    };
    const h1 = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
    tree.children.splice(h1 + 1, 0, picker as RootContent);
  };
}
