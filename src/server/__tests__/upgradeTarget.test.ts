import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {upgradeTarget} from '../upgrade';

const parsed = (target: string) => {
  const url = upgradeTarget(target);
  return url && {pathname: url.pathname, query: [...url.searchParams]};
};

describe('the request target of an upgrade', () => {
  it('reads the common targets by hand and the rest with the WHATWG parser', () => {
    expect(parsed('/ws')).toEqual({pathname: '/ws', query: []});
    expect(parsed('/ws/events?trace=abc_123&x=a+b%20c')).toEqual({
      pathname: '/ws/events',
      query: [
        ['trace', 'abc_123'],
        ['x', 'a b c'],
      ],
    });
    // Dot segments and escapes normalize as a page request's would: these are the echo endpoint.
    expect(parsed('/a/../ws')?.pathname).toBe('/ws');
    expect(parsed('/%77s')?.pathname).toBe('/%77s');
    expect(parsed('http://other.example/ws?trace=t')).toEqual({pathname: '/ws', query: [['trace', 't']]});
    expect(parsed('/ws#frag?trace=t')).toEqual({pathname: '/ws', query: []});
    // Found by the property below: the parser keeps the second `?` as a name.
    expect(parsed('/ws??')).toEqual({pathname: '/ws', query: [['?', '']]});
    expect(parsed('/ws/events? ')).toEqual({pathname: '/ws/events', query: []});
  });

  it('gives what the WHATWG parser gives, on any target', () => {
    const target = fc
      .array(fc.constantFrom('/', 'ws', 'events', '.', '..', '?', '&', '=', '#', '%', '%2e', '+', ' ', '\\', 'trace', 'a', '字', '//', ':', '\t', '\u0000'), {
        maxLength: 16,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(target, (t) => {
        let reference: {pathname: string; query: string[][]} | undefined;
        try {
          const url = new URL(t, 'http://localhost');
          reference = {pathname: url.pathname, query: [...url.searchParams]};
        } catch {
          reference = undefined;
        }
        expect(parsed(t)).toEqual(reference);
      }),
      {numRuns: 20_000},
    );
  });
});
