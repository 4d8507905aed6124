import React, {useEffect, useId, useMemo, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {useHtmlAttribute} from '../useHtmlAttribute';
import {effectivePivot, ZONE_ATTRIBUTE, ZONE_STORAGE_KEY, zoneCss} from './zoneCss';

/** The picker of a page with DocFX `::: zone pivot="…"` zones: only the chosen pivot's zones show, and the choice is remembered. */
export default function ZonePicker({pivots}: {pivots: string}): ReactNode {
  const offered = useMemo(() => pivots.split(' ').filter(Boolean), [pivots]);
  const id = useId();
  const pivot = effectivePivot(useHtmlAttribute(ZONE_ATTRIBUTE), offered);
  useEffect(() => {
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(ZONE_STORAGE_KEY);
    } catch {
      // Storage may be refused: the page's first pivot shows.
    }
    document.documentElement.setAttribute(ZONE_ATTRIBUTE, effectivePivot(remembered, offered));
  }, [offered]);
  const choose = (next: string) => {
    document.documentElement.setAttribute(ZONE_ATTRIBUTE, next);
    try {
      localStorage.setItem(ZONE_STORAGE_KEY, next);
    } catch {
      // The choice holds for this page.
    }
  };
  return (
    <div className="docfx-zone-picker">
      <style dangerouslySetInnerHTML={{__html: zoneCss(offered)}} />
      <label htmlFor={id}>{translate({id: 'zonePicker.label', message: 'Show content for', description: 'Label of the picker of DocFX zone pivots'})} </label>
      <select id={id} value={pivot} onChange={(e) => choose(e.target.value)}>
        {offered.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  );
}
