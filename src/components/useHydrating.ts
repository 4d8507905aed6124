import {useState, useSyncExternalStore} from 'react';

const never = () => () => undefined;

/**
 * True while the component is being hydrated (its server HTML is on the page), false when it was
 * first rendered in the browser; latched for the component's lifetime. True on the server too.
 */
export function useHydrating(): boolean {
  const hydrating = useSyncExternalStore(
    never,
    () => false,
    () => true,
  );
  return useState(hydrating)[0];
}

/** Props for an element whose content React must leave as the server wrote it: no children to hydrate, no check in production. */
export const KEEP_SERVER_MARKUP = {dangerouslySetInnerHTML: {__html: ''}, suppressHydrationWarning: true} as const;
