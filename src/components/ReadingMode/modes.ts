import {ATTRIBUTE, STORAGE_KEY, type ReadingMode} from './readingModes';

/**
 * Switches the mode while keeping the reader's place: the first content element visible below
 * the navbar stays at the same height on screen after the layout changes.
 */
export function applyReadingMode(mode: ReadingMode, doc: Document = document): void {
  const anchor = firstVisibleBlock(doc);
  const before = anchor?.getBoundingClientRect().top;
  doc.documentElement.setAttribute(ATTRIBUTE, mode);
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Private browsing may refuse storage; the mode still applies to this page.
  }
  if (anchor && before !== undefined) {
    const after = anchor.getBoundingClientRect().top;
    // Instant: the theme's smooth scrolling would animate the jump the reader should not notice.
    doc.defaultView?.scrollBy({top: after - before, behavior: 'instant'});
  }
}

/** The first sentence, heading or code block whose top is on screen: small elements keep the place best. */
function firstVisibleBlock(doc: Document): Element | undefined {
  const navbar = doc.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
  const blocks = doc.querySelectorAll('.theme-doc-markdown :is(.bi-seg, h1, h2, h3, h4, pre, img)');
  for (const block of Array.from(blocks)) {
    const rect = block.getBoundingClientRect();
    if (rect.top >= navbar && rect.height > 0) return block;
  }
  return undefined;
}
