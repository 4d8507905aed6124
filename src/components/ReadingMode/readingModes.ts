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
