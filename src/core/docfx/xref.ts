import {DEFAULT_LOCALE} from '../i18n/locales';
/** DocFX cross-references: `xref:uid#anchor` resolved through a map of uids to our pages or public URLs. */
export type XrefEntry = {name: string; doc: string} | {name: string; href: string};
export type XrefMap = Record<string, XrefEntry>;

export function parseXref(url: string): {uid: string; anchor: string} | undefined {
  const m = /^xref:([^#?\s]+)(?:\?[^#]*)?(#.*)?$/.exec(url);
  return m ? {uid: decodeURIComponent(m[1] ?? ''), anchor: m[2] ?? ''} : undefined;
}

/**
 * The .NET API reference page of a DocFX API uid (`System.DateTime`, ``…ValueComparer`1``,
 * `…ModelBuilder.Entity*`), as Microsoft Learn names it, with the name DocFX shows for it.
 */
export function apiReference(uid: string): {path: string; name: string} | undefined {
  if (!/^(?:System|Microsoft)\.[\w.`*(),[\]-]+$/.test(uid)) return undefined;
  const member = uid.replace(/\*$/, '').replace(/\(.*\)$/, '');
  return {path: `/dotnet/api/${member.replace(/`/g, '-').toLowerCase()}`, name: member.slice(member.lastIndexOf('.') + 1).replace(/`\d+$/, '')};
}

/** Microsoft Learn localizes by a lowercase locale in the path. */
export function learnUrl(path: string, locale: string): string {
  return `https://learn.microsoft.com/${locale === DEFAULT_LOCALE ? 'en-us' : locale.toLowerCase()}${path}`;
}

/** Site-relative links in Microsoft's content point into Microsoft Learn, except our own routes. */
export function isMicrosoftDocsPath(url: string, ownPrefixes: readonly string[]): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !ownPrefixes.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}#`));
}
