import {describe, expect, it} from 'vitest';
import {learnPageUrl, parseSetFile} from '../learnLocation';

describe("a doc set's place on Microsoft Learn", () => {
  const ef = parseSetFile('{"learnUrl": "https://learn.microsoft.com/ef/"}');

  it('gives each page of the set its Learn URL in the reader’s language', () => {
    expect([
      learnPageUrl(ef, 'core/modeling/keys.md', 'zh-TW'),
      learnPageUrl(ef, 'core/querying/related-data.md#lazy-loading', 'pt-BR'),
      learnPageUrl(ef, 'core/index.md', 'en'),
    ]).toEqual([
      'https://learn.microsoft.com/zh-tw/ef/core/modeling/keys',
      'https://learn.microsoft.com/pt-br/ef/core/querying/related-data#lazy-loading',
      'https://learn.microsoft.com/en-us/ef/core/',
    ]);
  });

  it('refuses a set file without an https URL ending in "/"', () => {
    expect(() => parseSetFile('{"learnUrl": "http://x/ef"}')).toThrow(new TypeError('learnUrl must be an https URL ending in "/", got "http://x/ef"'));
  });
});
