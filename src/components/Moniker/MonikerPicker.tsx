import React, {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHtmlAttribute} from '../useHtmlAttribute';
import {effectiveVersion, MONIKER_ATTRIBUTE, MONIKER_STORAGE_KEY, monikerCss} from './versionChoice';
import styles from './styles.module.css';

const label = (version: string) => version.replace(/^aspnetcore-/, 'ASP.NET Core ');

/** The product version picker of pages with moniker zones; the choice goes in `?view=` and is remembered. */
export default function MonikerPicker({versions, same = ''}: {versions: string; same?: string}): ReactNode {
  const offered = useMemo(() => versions.split(' ').filter(Boolean), [versions]);
  const id = useId();
  // The remembered or requested version, or the newest this page offers when it offers no such version.
  const version = effectiveVersion(useHtmlAttribute(MONIKER_ATTRIBUTE), offered);
  // The ?view= the page was opened with, shown only once hydrated (the server cannot know it).
  const [asked] = useState(() => (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('view')));
  // The versions the page reads the same for as the one shown.
  const sameAs =
    same
      .split('|')
      .map((group) => group.split(' '))
      .find((group) => group.includes(version)) ?? [];
  const unknown = useIsBrowser() && asked !== null && !offered.includes(asked) ? asked : undefined;
  useEffect(() => {
    // Read from the page, not from the render: hydration renders the server's choice (the newest).
    const html = document.documentElement;
    const requested = html.getAttribute(MONIKER_ATTRIBUTE);
    const chosen = effectiveVersion(requested, offered);
    html.setAttribute(MONIKER_ATTRIBUTE, chosen);
    // A requested or remembered version shows in the address, so a shared link opens the same content.
    const url = new URL(window.location.href);
    if (requested !== null && url.searchParams.get('view') !== chosen) {
      url.searchParams.set('view', chosen);
      window.history.replaceState(window.history.state, '', url);
    }
  }, [offered]);

  const choose = (next: string) => {
    document.documentElement.setAttribute(MONIKER_ATTRIBUTE, next);
    try {
      localStorage.setItem(MONIKER_STORAGE_KEY, next);
    } catch {
      // Storage may be refused; the URL still carries the choice.
    }
    const url = new URL(window.location.href);
    url.searchParams.set('view', next);
    window.history.replaceState(window.history.state, '', url);
  };

  return (
    // A control, not content: search leaves it out.
    <div className={styles.picker} data-search-ignore="">
      {/* As inner HTML: the HTML minifier rewrites the CSS of the built page, and React would take
          the differing text for a hydration mismatch and render the whole page again. */}
      <style dangerouslySetInnerHTML={{__html: monikerCss(offered)}} />
      <label htmlFor={id}>{translate({id: 'moniker.label', message: 'Version', description: 'Label of the product version picker'})}</label>
      <select id={id} value={version} onChange={(e) => choose(e.target.value)} data-moniker-picker>
        {offered.map((v) => (
          <option key={v} value={v}>
            {label(v)}
          </option>
        ))}
      </select>
      {sameAs.length > 1 && (
        <p className={styles.unknown} data-moniker-same="">
          {translate(
            {
              id: 'moniker.same',
              message: 'The same content for {versions}.',
              description: 'Under the version picker: the versions the page reads the same for',
            },
            {versions: sameAs.map(label).join(', ')},
          )}
        </p>
      )}
      {unknown && (
        <p className={styles.unknown} role="status" data-moniker-unknown="">
          {translate(
            {
              id: 'moniker.unknown',
              message: 'This page has no version “{requested}”: it shows {shown}.',
              description: 'Under the version picker when ?view= names a version the page does not cover',
            },
            {requested: unknown, shown: label(version)},
          )}
        </p>
      )}
    </div>
  );
}
