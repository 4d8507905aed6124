/** Characters XML 1.0 cannot hold: written as `<cp hex>` where XLIFF allows it, dropped elsewhere. */
// eslint-disable-next-line no-control-regex -- matching those characters is the point
export const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;').replace(NOT_XML, '');

/** Text for an XLIFF element that allows `<cp>`: the characters XML cannot hold as `<cp hex>`. */
export const xmlContent = (text: string) =>
  escapeText(text).replace(NOT_XML, (c) => `<cp hex="${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`);
