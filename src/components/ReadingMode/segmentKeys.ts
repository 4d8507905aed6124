import {ATTRIBUTE} from './readingModes';
import {SENTENCE as SEGMENT, SENTENCE_BLOCKS} from './sentenceBlocks';

const blockOf = (segment: Element) => segment.parentElement?.closest(SENTENCE_BLOCKS) ?? segment.parentElement;
const siblingsOf = (segment: Element) => [...(blockOf(segment)?.querySelectorAll(SEGMENT) ?? [])].filter((s) => blockOf(s) === blockOf(segment));

/**
 * One Tab stop per block of sentences (a roving tabindex), set on each page and mode change to the
 * block's first sentence; the arrow keys then move it. In English mode a sentence reveals nothing,
 * so none is a Tab stop.
 */
function applyTabStops(): void {
  const english = document.documentElement.getAttribute(ATTRIBUTE) === 'english';
  const seen = new Set<Element | null>();
  for (const segment of document.querySelectorAll<HTMLElement>(SEGMENT)) {
    const block = blockOf(segment);
    const first = !seen.has(block);
    seen.add(block);
    segment.tabIndex = !english && first ? 0 : -1;
  }
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

function onKeyDown(event: KeyboardEvent): void {
  const move = MOVES[event.key];
  const segment = event.target instanceof Element ? event.target.closest(SEGMENT) : null;
  if (!move || !segment || event.altKey || event.ctrlKey || event.metaKey) return;
  const siblings = siblingsOf(segment) as HTMLElement[];
  const next = siblings[move(siblings.indexOf(segment as HTMLElement), siblings.length)];
  if (!next || next === segment) return;
  event.preventDefault();
  (segment as HTMLElement).tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

if (typeof document !== 'undefined') {
  document.addEventListener('keydown', onKeyDown);
  new MutationObserver(applyTabStops).observe(document.documentElement, {attributes: true, attributeFilter: [ATTRIBUTE]});
}

/** Docusaurus client module: each page's sentences get their Tab stops once it is on screen. */
export function onRouteDidUpdate(): void {
  applyTabStops();
}
