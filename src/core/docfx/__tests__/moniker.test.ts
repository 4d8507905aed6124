import {describe, expect, it} from 'vitest';
import {MonikerRangeError, parseMonikerMarker, versionsInRange} from '../moniker';

describe('moniker ranges', () => {
  it.each([
    ['>= aspnetcore-2.0', ['aspnetcore-2.0', 'aspnetcore-2.1', 'aspnetcore-2.2']],
    ['< aspnetcore-2.0', ['aspnetcore-1.0', 'aspnetcore-1.1']],
    ['<= aspnetcore-1.1', ['aspnetcore-1.0', 'aspnetcore-1.1']],
    ['> aspnetcore-2.1', ['aspnetcore-2.2']],
    ['= aspnetcore-2.1', ['aspnetcore-2.1']],
    ['aspnetcore-1.0', ['aspnetcore-1.0']],
    ['>= aspnetcore-1.1 < aspnetcore-2.1', ['aspnetcore-1.1', 'aspnetcore-2.0']],
    ['aspnetcore-1.0 || >=aspnetcore-2.2', ['aspnetcore-1.0', 'aspnetcore-2.2']],
    ['> aspnetcore-2.2', []],
  ])('%s', (range, expected) => {
    expect(versionsInRange(range)).toEqual(expected);
  });

  it('refuses unknown versions and bad syntax with what is allowed', () => {
    expect(() => versionsInRange('>= aspnetcore-9.0')).toThrow(
      new MonikerRangeError('unknown version "aspnetcore-9.0"; known versions: aspnetcore-1.0, aspnetcore-1.1, aspnetcore-2.0, aspnetcore-2.1, aspnetcore-2.2'),
    );
    expect(() => versionsInRange('=> aspnetcore-2.0')).toThrow(MonikerRangeError);
    expect(() => versionsInRange('aspnetcore-1.0 ||')).toThrow('empty alternative');
  });

  it('reads fence lines', () => {
    expect(parseMonikerMarker('::: moniker range=">= aspnetcore-2.0"')).toEqual({kind: 'start', range: '>= aspnetcore-2.0'});
    expect(parseMonikerMarker('::: moniker-end')).toEqual({kind: 'end'});
    expect(parseMonikerMarker('::: moniker range=>= x')).toBeUndefined();
    expect(parseMonikerMarker('text')).toBeUndefined();
  });
});
