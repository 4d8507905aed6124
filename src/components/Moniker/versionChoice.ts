/** The reader's product version for moniker zones: `?view=` first, then the remembered choice. */
export const MONIKER_ATTRIBUTE = 'data-moniker';
export const MONIKER_STORAGE_KEY = 'moniker-view';

/** Runs before first paint so a chosen version never flashes the default content. */
export const MONIKER_INIT_SCRIPT = `(function(){try{var v=new URLSearchParams(location.search).get('view')||localStorage.getItem(${JSON.stringify(MONIKER_STORAGE_KEY)});if(v&&/^[\\w.-]+$/.test(v))document.documentElement.setAttribute(${JSON.stringify(MONIKER_ATTRIBUTE)},v)}catch(e){}})();`;

/** The version to show: the requested one if the page offers it, else the page's newest. */
export function effectiveVersion(requested: string | null, offered: readonly string[]): string {
  return requested && offered.includes(requested) ? requested : (offered.at(-1) ?? '');
}

/** CSS that hides every zone not written for the chosen version (the newest when none is chosen). */
export function monikerCss(offered: readonly string[]): string {
  // Version names are moniker ids; anything else could break out of the selector (or the style element).
  const bad = offered.find((v) => !/^[\w.-]+$/.test(v));
  if (bad !== undefined) throw new TypeError(`moniker version ${JSON.stringify(bad)} is not a moniker id (letters, digits, '.', '-', '_')`);
  const newest = offered.at(-1);
  const rules = offered.map((v) => `html[${MONIKER_ATTRIBUTE}="${v}"] .moniker-zone:not([data-versions~="${v}"])`);
  rules.push(`html:not([${MONIKER_ATTRIBUTE}]) .moniker-zone:not([data-versions~="${newest}"])`);
  return `${rules.join(',\n')} {display: none}`;
}
