import type {Nodes, Parent, PhrasingContent, Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import type {BlockSegments} from '../../core/markdown/blockSegments';
import type {TreeTextBlock} from '../../core/markdown/textBlocks';
import {localeOfPath} from '../../core/i18n/paths';
import {createLocator} from '../../core/markdown/position';
import {englishFallback, SpanPairError, STALE, UNTRANSLATED, type SpanSegment} from '../../core/markdown/spanPairs';
import {jsxSpan} from './jsx';
import {pageSegments} from './pageSegments';

const ORIGIN = 'bilingual-segments:malformed-span-pair';

export interface BilingualSegmentsOptions {
  /** 'error' fails the build on a malformed pair; 'warn' reports it and renders the block's English. */
  onMalformed?: 'error' | 'warn';
  /** Locale of files outside i18n/<locale>/ (the site's default locale). */
  defaultLocale?: string;
}

const defaults: Required<BilingualSegmentsOptions> = {onMalformed: 'error', defaultLocale: 'en'};

export function normalizeOptions(options: BilingualSegmentsOptions = {}): Required<BilingualSegmentsOptions> {
  const settings = {...defaults, ...options};
  if (settings.onMalformed !== 'error' && settings.onMalformed !== 'warn') {
    throw new TypeError(`onMalformed must be 'error' or 'warn', got ${JSON.stringify(settings.onMalformed)}`);
  }
  if (typeof settings.defaultLocale !== 'string' || settings.defaultLocale === '') {
    throw new TypeError(`defaultLocale must be a non-empty string, got ${JSON.stringify(settings.defaultLocale)}`);
  }
  return settings;
}

/**
 * Turns each Microsoft span pair into one bilingual segment:
 *   <span class="bi-seg" data-seg=ID tabindex=0><span class="bi-t" lang=LOCALE>…</span><span class="bi-s" lang="en">…</span></span>
 * Both sides keep their parsed inline Markdown; reading modes are pure CSS on top of this. Only a
 * block's first sentence is a Tab stop (the arrow keys move between its sentences: see
 * src/components/ReadingMode/segmentKeys.ts), so a page is not a hundred Tab stops long.
 */
export default function remarkBilingualSegments(options?: BilingualSegmentsOptions) {
  const settings = normalizeOptions(options);
  return (tree: Root, file: VFile) => {
    const text = String(file.value);
    const locale = localeOfPath(file.path) ?? settings.defaultLocale;
    const locate = createLocator(text);
    const blocks = pageSegments(tree, file);
    // The last plugin to need the analysis: a file kept after its compile should not keep its tree.
    delete file.data.blockSegments;
    for (const found of blocks) {
      const {node} = found.block;
      try {
        if (found.error) throw found.error;
        // An HTML block's pairs become segments when remarkHtmlBlocks renders its elements.
        if (node.type === 'html') continue;
        for (const segment of found.segments.filter((s) => s.recovered)) {
          file.message(`Malformed span pair "${segment.id}" (${segment.recovered}) read as meant`, locate(segment.start), 'bilingual-segments:recovered-pair');
        }
        found.segments.forEach((segment, i) => wireSegment(found as BlockSegments<TreeTextBlock & {node: Parent}>, segment, locale, i === 0));
      } catch (error) {
        if (!(error instanceof SpanPairError)) throw error;
        const reason = `Malformed span pair: ${error.message}`;
        const place = locate(error.offset);
        if (settings.onMalformed === 'error') {
          file.fail(`${reason}. To render such blocks in English instead, set the bilingual plugin option onMalformed: 'warn'.`, place, ORIGIN);
        }
        file.message(reason, place, ORIGIN);
        const fallback = englishFallback(text.slice(found.start, found.end));
        if (node.type === 'html') node.value = fallback;
        else node.children = [{type: 'text', value: fallback}];
      }
    }
  };
}

function wireSegment(found: BlockSegments<TreeTextBlock & {node: Parent}>, segment: SpanSegment, locale: string, tabStop: boolean): void {
  const located = findTag(found.block.node, segment.start);
  const endIndex = located ? located.parent.children.findIndex((c, i) => i >= located.index && c.position?.end.offset === segment.end) : -1;
  if (!located || endIndex < 0) {
    throw new SpanPairError('ERR_SPAN_STRUCTURE', `Span pair "${segment.id}" crosses Markdown emphasis or a link`, segment.start);
  }
  const {parent, index} = located;
  const inside = parent.children.slice(index, endIndex + 1) as PhrasingContent[];
  const within = (n: PhrasingContent, from: number, to: number) => (n.position?.start.offset ?? -1) >= from && (n.position?.end.offset ?? Infinity) <= to;
  const side = (from: number, to: number) => inside.filter((n) => within(n, from, to));
  const misplaced = inside.find(
    (n) => n.type !== 'html' && !within(n, segment.targetStart, segment.targetEnd) && !within(n, segment.sourceStart, segment.sourceEnd),
  );
  if (misplaced) {
    throw new SpanPairError(
      'ERR_SPAN_STRUCTURE',
      `Span pair "${segment.id}" crosses Markdown ${misplaced.type}`,
      misplaced.position?.start.offset ?? segment.start,
    );
  }
  // Untranslated sentences show the English in the translation's place; a stale pair holds the current English.
  const english = side(segment.sourceStart, segment.sourceEnd);
  const marked = segment.state === STALE || segment.state === UNTRANSLATED ? segment.state : undefined;
  const element: MdxJsxTextElement = jsxSpan({className: marked ? `bi-seg bi-${marked}` : 'bi-seg', 'data-seg': segment.id, tabIndex: tabStop ? '0' : '-1'}, [
    jsxSpan({className: 'bi-t', lang: marked === UNTRANSLATED ? 'en' : locale}, side(segment.targetStart, segment.targetEnd)),
    jsxSpan({className: 'bi-s', lang: 'en'}, english),
  ]);
  parent.children.splice(index, endIndex - index + 1, element);
}

function findTag(node: Parent, offset: number): {parent: Parent; index: number} | undefined {
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index] as Nodes;
    if (child.type === 'html' && child.position?.start.offset === offset) return {parent: node, index};
    if ('children' in child) {
      const inner = findTag(child as Parent, offset);
      if (inner) return inner;
    }
  }
  return undefined;
}
