/** Reading modes of a bilingual page, kept on <html data-reading-mode> and in localStorage. */
export const READING_MODES = ['translation', 'side', 'english'] as const;
export type ReadingMode = (typeof READING_MODES)[number];
export const DEFAULT_READING_MODE: ReadingMode = 'translation';
export const STORAGE_KEY = 'reading-mode';
export const ATTRIBUTE = 'data-reading-mode';

export function isReadingMode(value: unknown): value is ReadingMode {
  return typeof value === 'string' && (READING_MODES as readonly string[]).includes(value);
}

/**
 * Inline script run before first paint (like the theme's color mode), so a remembered mode never
 * flashes the default first. Kept tiny and dependency-free.
 */
export const INIT_SCRIPT = `(function(){try{var m=localStorage.getItem(${JSON.stringify(STORAGE_KEY)});if(${JSON.stringify(READING_MODES)}.indexOf(m)<0)m=${JSON.stringify(DEFAULT_READING_MODE)};document.documentElement.setAttribute(${JSON.stringify(ATTRIBUTE)},m)}catch(e){document.documentElement.setAttribute(${JSON.stringify(ATTRIBUTE)},${JSON.stringify(DEFAULT_READING_MODE)})}})();`;

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

export function currentReadingMode(doc: Document = document): ReadingMode {
  const value = doc.documentElement.getAttribute(ATTRIBUTE);
  return isReadingMode(value) ? value : DEFAULT_READING_MODE;
}
