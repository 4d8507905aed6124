import {describe, expect, it} from 'vitest';
import {ASPNETCORE_VERSIONS, MonikerRangeError, parseMonikerMarker, sameContentGroups, versionsInRange, versionsOfRanges} from '../moniker';

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

describe('the versions of a page', () => {
  it('adds every version its ranges name to the known ones, in version order per product', () => {
    expect(versionsOfRanges(['>= aspnetcore-3.0', '< aspnetcore-3.0', 'aspnetcore-2.10'])).toEqual([
      'aspnetcore-1.0',
      'aspnetcore-1.1',
      'aspnetcore-2.0',
      'aspnetcore-2.1',
      'aspnetcore-2.2',
      'aspnetcore-2.10',
      'aspnetcore-3.0',
    ]);
    expect(versionsOfRanges(['sql-server-ver15 || >= sql-server-2016', 'azure-sqldw-latest'], [])).toEqual([
      'azure-sqldw-latest',
      'sql-server-2016',
      'sql-server-ver15',
    ]);
  });

  it('compares versions only within their product', () => {
    const versions = versionsOfRanges(['>= vs-2017', 'sql-server-2016'], ['vs-2019']);
    expect(versionsInRange('>= vs-2017', versions)).toEqual(['vs-2017', 'vs-2019']);
    expect(versionsInRange('< aspnetcore-3.0', versionsOfRanges(['>= aspnetcore-3.0']))).toEqual([...ASPNETCORE_VERSIONS]);
  });
});

describe('sameContentGroups', () => {
  it('groups the versions every zone shows for alike', () => {
    const offered = ['aspnetcore-1.1', 'aspnetcore-2.0', 'aspnetcore-2.1', 'aspnetcore-2.2'];
    const zones = [['aspnetcore-1.0', 'aspnetcore-1.1'], ['aspnetcore-2.0', 'aspnetcore-2.1', 'aspnetcore-2.2'], ['aspnetcore-2.2']];
    expect(sameContentGroups(offered, zones)).toEqual([['aspnetcore-1.1'], ['aspnetcore-2.0', 'aspnetcore-2.1'], ['aspnetcore-2.2']]);
    expect(sameContentGroups(offered, [])).toEqual([offered]);
  });
});
