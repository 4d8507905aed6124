import {describe, expect, it} from 'vitest';
import {checkIncoming, textSegment} from '../lib/checks';

const segment = (source: string, target: string, state?: string) => ({...textSegment(source, target, state), id: 'a-101'});

describe('checkIncoming', () => {
  const english = 'See [the guide](https://learn.microsoft.com/aspnet/core/) for `UseWebSockets`.';

  it('refuses what the translator changed: a URL, code', () => {
    expect(
      checkIncoming(segment(english, '請參閱[指南](https://learn.microsoft.com/aspnet/core/)。'), '請參閱[指南](https://example.org/)的 `UseWebSockets`。'),
    ).toEqual([
      {
        code: 'L10N_LINK',
        severity: 'error',
        message: 'link URLs and xref uids differ: English has ["https://learn.microsoft.com/aspnet/core/"], translation has ["https://example.org/"]',
      },
    ]);
  });

  it('warns, not refuses, where the page’s translation already differs the same way (a localized URL)', () => {
    const localized = '請參閱[指南](https://learn.microsoft.com/zh-tw/aspnet/core/)的 `UseWebSockets`。';
    expect(checkIncoming(segment(english, localized), '請參閱[這份指南](https://learn.microsoft.com/zh-tw/aspnet/core/)的 `UseWebSockets`。')).toEqual([
      {
        code: 'L10N_LINK',
        severity: 'warning',
        message:
          'link URLs and xref uids differ: English has ["https://learn.microsoft.com/aspnet/core/"], translation has ["https://learn.microsoft.com/zh-tw/aspnet/core/"] (as in the page already)',
      },
    ]);
  });

  it('holds a sentence that was untranslated (its English in its place) to every rule', () => {
    expect(checkIncoming(segment(english, english, 'untranslated'), '請參閱指南的 `UseWebSockets`。').map((f) => [f.code, f.severity])).toEqual([
      ['L10N_LINK', 'error'],
    ]);
  });
});
