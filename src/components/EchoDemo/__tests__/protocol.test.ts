import {describe, expect, it} from 'vitest';
import {DEMO_RESOURCES} from '../../../core/i18n/demoResources';
import {backoffMs, closeCodeKey, localTime, parseHex, preview, PREVIEW_CHARS, RoundTrips, socketUrl, toHex, validateClose} from '../protocol';

describe('demo rules', () => {
  it('accepts only the close codes and reasons a browser may send', () => {
    expect(validateClose('1000', '')).toBeUndefined();
    expect(validateClose('4999', 'x'.repeat(123))).toBeUndefined();
    expect(validateClose('1001', '')).toEqual({key: 'invalid.code'});
    expect(validateClose('2999', '')).toEqual({key: 'invalid.code'});
    expect(validateClose('10a0', '')).toEqual({key: 'invalid.code'});
    expect(validateClose('3000', '閉'.repeat(42))).toEqual({key: 'invalid.reason', bytes: 126});
  });

  it('reads and writes hex bytes', () => {
    expect(parseHex('01 ff 7A')).toEqual(Uint8Array.from([1, 255, 122]));
    expect(parseHex('0x01,0x02')).toEqual(Uint8Array.from([1, 2]));
    expect(parseHex('abc')).toBeUndefined();
    expect(parseHex('zz')).toBeUndefined();
    expect(toHex(Uint8Array.from([0, 15, 255]))).toBe('00 0f ff');
  });

  it('derives the socket URL from the page, or from a configured echo server', () => {
    expect(socketUrl({protocol: 'http:', host: 'localhost:5000'})).toBe('ws://localhost:5000/ws');
    expect(socketUrl({protocol: 'https:', host: 'docs.example'})).toBe('wss://docs.example/ws');
    expect(socketUrl({protocol: 'http:', host: 'localhost:3000'}, 'ws://localhost:5001/')).toBe('ws://localhost:5001/ws');
  });

  it('names close codes and backs off up to 10 s', () => {
    expect([1000, 1006, 4000, 1004].map(closeCodeKey)).toEqual(['codes.1000', 'codes.1006', 'codes.app', 'codes.other']);
    expect([0, 1, 2, 5, 9].map(backoffMs)).toEqual([500, 1000, 2000, 10000, 10000]);
  });

  it('matches echoes to sends in order for round trips', () => {
    const trips = new RoundTrips();
    trips.sent(100);
    trips.sent(105);
    expect([trips.received(112.34), trips.received(120), trips.received(130)]).toEqual([12.3, 15, undefined]);
  });
});

describe('the log', () => {
  it('shows a long message by its start, never cutting a character in two', () => {
    expect(preview('short')).toEqual({text: 'short', cut: false});
    expect(preview('x'.repeat(PREVIEW_CHARS))).toEqual({text: 'x'.repeat(PREVIEW_CHARS), cut: false});
    expect(preview('x'.repeat(PREVIEW_CHARS + 1))).toEqual({text: `${'x'.repeat(PREVIEW_CHARS)}…`, cut: true});
    const emoji = `${'x'.repeat(PREVIEW_CHARS - 1)}😀😀`;
    expect(preview(emoji)).toEqual({text: `${'x'.repeat(PREVIEW_CHARS - 1)}…`, cut: true});
  });

  it('writes times as the reader’s clock shows them, to the millisecond', () => {
    expect(localTime(new Date(2026, 10, 27, 9, 5, 7, 42))).toBe('09:05:07.042');
  });
});

describe('demo UI strings', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  const english = keys(DEMO_RESOURCES.en).sort();

  it.each(Object.keys(DEMO_RESOURCES).filter((l) => l !== 'en'))('%s has exactly the English keys, all translated', (locale) => {
    const resource = DEMO_RESOURCES[locale as keyof typeof DEMO_RESOURCES];
    expect(keys(resource).sort()).toEqual(english);
    const same = english.filter((k) => {
      const get = (r: unknown) => k.split('.').reduce((o, p) => (o as Record<string, unknown>)[p], r) as string;
      return get(resource) === get(DEMO_RESOURCES.en) && /[a-z]{3}/i.test(get(DEMO_RESOURCES.en)) && !/\{\{|^[A-Z][\w ]*$/.test(get(DEMO_RESOURCES.en));
    });
    expect(same).toEqual([]);
  });
});
