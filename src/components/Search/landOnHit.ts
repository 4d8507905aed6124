import type {SearchHit} from '@site/src/core/search/searchIndex';
import {SENTENCE_BLOCKS} from '../ReadingMode/sentenceBlocks';

const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The sentence's segment in the page (either language), its block, or else the section's heading. */
function target(hit: SearchHit): HTMLElement | null {
  const sentence = hit.sentence ? normal(hit.sentence.text) : undefined;
  if (sentence) {
    for (const side of document.querySelectorAll<HTMLElement>('article .bi-seg > span')) {
      if (normal(side.textContent) === sentence) return side.parentElement;
    }
    for (const block of document.querySelectorAll<HTMLElement>(`article :is(${SENTENCE_BLOCKS})`)) {
      if (normal(block.textContent).includes(sentence)) return block;
    }
  }
  return hit.anchor ? document.getElementById(hit.anchor) : document.querySelector('article h1');
}

/**
 * After the route changes: scrolls to the sentence that matched (its segment takes focus, showing
 * both languages), or to the heading when the sentence is not a segment. Waits for the new page to
 * render, for at most two seconds.
 */
export function landOnHit(hit: SearchHit): void {
  const until = performance.now() + 2000;
  const attempt = () => {
    const ready = window.location.pathname === hit.path;
    const element = ready ? target(hit) : null;
    if (!element) {
      if (performance.now() < until) requestAnimationFrame(attempt);
      return;
    }
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({block: 'center'});
    element.focus({preventScroll: true});
  };
  requestAnimationFrame(attempt);
}
