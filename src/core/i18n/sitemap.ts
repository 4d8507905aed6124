export interface SitemapEntry {
  loc: string;
  /** The page in each language it exists in, as hreflang → URL. */
  alternates: Array<{hreflang: string; href: string}>;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&${{'<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot'}[c]};`);

/** A sitemap (sitemaps.org 0.9) whose URLs name their other-language versions with xhtml:link, as search engines read hreflang. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({loc, alternates}) => {
    const links = alternates.map(({hreflang, href}) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
    return `<url><loc>${escapeXml(loc)}</loc>${links.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
