/**
 * GFM autolink literals stop at ASCII punctuation only, so "http://localhost:5000。" swallows the
 * CJK full stop and becomes a broken URL. Splits such trailing full-width punctuation off.
 */
const TRAILING = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+$/u;

export function splitTrailingCjkPunctuation(url: string): {url: string; trailing: string} {
  const match = TRAILING.exec(url);
  return match ? {url: url.slice(0, match.index), trailing: match[0]} : {url, trailing: ''};
}
