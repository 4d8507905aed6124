import React, {lazy, startTransition, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import Translate from '@docusaurus/Translate';
import type {DemoKind} from '../../core/demos/demoChoice';
import {KEEP_SERVER_MARKUP, useHydrating} from '../useHydrating';

type Demo = ComponentType<{kind: DemoKind}>;
const load = () => import('../EchoDemo');
// The server waits for it (no Suspense boundary), so the demo's HTML is written in place.
const ServerDemo = lazy(load);

/** What can hold keyboard focus in a demo. */
const CONTROLS = 'button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** How far below the viewport a demo starts to load, so it is live before the reader reaches it. */
const AHEAD = '600px';

/** Where the skip link above the article leads (focusable, so focus lands there and stays when the demo goes live). */
export const DEMO_ANCHOR = 'live-demo';

/**
 * A page's live demo as an island. The server renders it in full. In the browser, the page keeps
 * that HTML and loads the demo's code (React component, i18next, UI strings) only when the demo
 * comes near the viewport or is pointed at or focused, then renders it over the same markup in a
 * transition. Hydrating it with the article cost a phone about 200 ms of blocking time.
 * `data-demo-slot` marks its place, and `data-live` the demo once it works.
 */
export default function DemoIsland({kind}: {kind: DemoKind}): ReactNode {
  const hydrating = useHydrating();
  const [Live, setLive] = useState<Demo | null>(null);
  const slot = useRef<HTMLDivElement>(null);
  // Whether keyboard focus was in the server's markup when the live demo replaced it, and on which of its controls.
  const focusInside = useRef(false);
  const focusIndex = useRef(-1);
  useEffect(() => {
    const element = slot.current;
    if (!element) return undefined;
    const enter = (event: FocusEvent) => {
      focusInside.current = true;
      focusIndex.current = [...element.querySelectorAll(CONTROLS)].indexOf(event.target as Element);
    };
    // Focus that leaves for another element; an element removed by the swap has no relatedTarget.
    const leave = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget)) focusInside.current = false;
    };
    element.addEventListener('focusin', enter);
    element.addEventListener('focusout', leave);
    return () => {
      element.removeEventListener('focusin', enter);
      element.removeEventListener('focusout', leave);
    };
  }, []);
  // A layout effect: focus moves in the same commit that removed the focused element, before a key
  // press could start from <body> (a plain effect left a frame for that).
  useLayoutEffect(() => {
    // Focus never falls to <body> when the demo goes live: it goes to the same control in the live
    // demo (the markup is the same component's), else to the demo itself.
    const element = slot.current;
    if (!Live || !element || !focusInside.current || element.contains(document.activeElement)) return;
    const control = element.querySelectorAll<HTMLElement>(CONTROLS)[focusIndex.current];
    (control ?? element).focus();
  }, [Live]);
  useEffect(() => {
    const element = slot.current;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      load().then(
        (module) => startTransition(() => setLive(() => module.default)),
        () => {
          // The code could not be fetched (offline, "Loading chunk … failed"): the server's markup
          // stays, and loading is tried again when the network returns.
          started = false;
          window.addEventListener('online', start, {once: true});
        },
      );
    };
    // A demo rendered in the browser (client-side navigation) has no server HTML to show meanwhile.
    if (!hydrating || !element) {
      start();
      return () => window.removeEventListener('online', start);
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {rootMargin: AHEAD});
    observer.observe(element);
    element.addEventListener('pointerover', start, {once: true});
    element.addEventListener('focusin', start, {once: true});
    return () => {
      observer.disconnect();
      window.removeEventListener('online', start);
      element.removeEventListener('pointerover', start);
      element.removeEventListener('focusin', start);
    };
  }, [hydrating]);
  if (!ExecutionEnvironment.canUseDOM) {
    return (
      <div ref={slot} id={DEMO_ANCHOR} tabIndex={-1} data-demo-slot="">
        {/* Shown instead of the demo only when no script ran (bilingual.css). */}
        <p className="demo-needs-js">
          <Translate id="demo.needsJavaScript" description="Shown in place of a doc page's live demo when JavaScript is off">
            This live demo needs JavaScript, which is turned off in this browser.
          </Translate>
        </p>
        <ServerDemo kind={kind} />
      </div>
    );
  }
  if (Live) {
    return (
      <div ref={slot} id={DEMO_ANCHOR} tabIndex={-1} data-demo-slot="" data-live="">
        <Live kind={kind} />
      </div>
    );
  }
  return hydrating ? (
    <div ref={slot} id={DEMO_ANCHOR} tabIndex={-1} data-demo-slot="" {...KEEP_SERVER_MARKUP} />
  ) : (
    <div ref={slot} id={DEMO_ANCHOR} tabIndex={-1} data-demo-slot="" />
  );
}
