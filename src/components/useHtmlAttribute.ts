import {useCallback, useSyncExternalStore} from 'react';

/**
 * An attribute of <html>, kept current. The before-paint script sets it from what the reader chose
 * on an earlier page, and controls change it; the server (and hydration) see null.
 */
export function useHtmlAttribute(name: string): string | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, {attributes: true, attributeFilter: [name]});
      return () => observer.disconnect();
    },
    [name],
  );
  return useSyncExternalStore(
    subscribe,
    () => document.documentElement.getAttribute(name),
    () => null,
  );
}
