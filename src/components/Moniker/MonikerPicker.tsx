import React, {useEffect, useId, useMemo, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useHtmlAttribute} from '../useHtmlAttribute';
import {effectiveVersion, MONIKER_ATTRIBUTE, MONIKER_STORAGE_KEY, monikerCss} from './versionChoice';
import styles from './styles.module.css';

/** The product version picker of pages with moniker zones; the choice goes in `?view=` and is remembered. */
export default function MonikerPicker({versions}: {versions: string}): ReactNode {
  const offered = useMemo(() => versions.split(' ').filter(Boolean), [versions]);
  const id = useId();
  // The remembered or requested version, or the newest this page offers when it offers no such version.
  const version = effectiveVersion(useHtmlAttribute(MONIKER_ATTRIBUTE), offered);
  useEffect(() => {
    // Read from the page, not from the render: hydration renders the server's choice (the newest).
    const html = document.documentElement;
    html.setAttribute(MONIKER_ATTRIBUTE, effectiveVersion(html.getAttribute(MONIKER_ATTRIBUTE), offered));
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
    <div className={styles.picker}>
      {/* As inner HTML: the HTML minifier rewrites the CSS of the built page, and React would take
          the differing text for a hydration mismatch and render the whole page again. */}
      <style dangerouslySetInnerHTML={{__html: monikerCss(offered)}} />
      <label htmlFor={id}>{translate({id: 'moniker.label', message: 'Version', description: 'Label of the product version picker'})}</label>
      <select id={id} value={version} onChange={(e) => choose(e.target.value)} data-moniker-picker>
        {offered.map((v) => (
          <option key={v} value={v}>
            {v.replace(/^aspnetcore-/, 'ASP.NET Core ')}
          </option>
        ))}
      </select>
    </div>
  );
}
