import React, {lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

// The dialog, the search engine and the index load when the reader first opens search, never with the page.
const SearchDialog = lazy(() => import('@site/src/components/Search/SearchDialog'));

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The navbar's search button: Ctrl+K (⌘K on a Mac) or / open it from anywhere on the page. */
export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  // The shortcut as this reader's keyboard names it, once hydrated (the server cannot know).
  const mac = useIsBrowser() && /Mac|iPhone|iPad/.test(navigator.platform);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (shortcut || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target))) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const close = useCallback((landed: boolean) => {
    setOpen(false);
    // Focus goes back where it came from, unless the reader went to a result.
    if (!landed) button.current?.focus();
  }, []);
  const label = translate({id: 'search.button', message: 'Search', description: 'The navbar button that opens search'});
  return (
    <>
      <button ref={button} type="button" className={styles.button} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K /" onClick={() => setOpen(true)}>
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true">
          <path d="M14.4 12.9a7 7 0 1 0-1.5 1.5l4.3 4.3 1.5-1.5-4.3-4.3zM8.6 13.6a5 5 0 1 1 0-10 5 5 0 0 1 0 10z" fill="currentColor" />
        </svg>
        <span className={styles.label}>{label}</span>
        {/* The shortcut is announced from aria-keyshortcuts; the button's name is its label. */}
        <kbd className={styles.keys} aria-hidden="true">
          {mac ? '⌘ K' : 'Ctrl K'}
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
