import {describe, expect, it} from 'vitest';
import {effectiveVersion, monikerCss} from '../versionChoice';

describe('monikerCss', () => {
  it('hides the zones of every other version, and of all but the newest before a choice', () => {
    expect(monikerCss(['aspnetcore-2.1', 'aspnetcore-2.2'])).toBe(
      [
        'html[data-moniker="aspnetcore-2.1"] .moniker-zone:not([data-versions~="aspnetcore-2.1"])',
        'html[data-moniker="aspnetcore-2.2"] .moniker-zone:not([data-versions~="aspnetcore-2.2"])',
        'html:not([data-moniker]) .moniker-zone:not([data-versions~="aspnetcore-2.2"]) {display: none}',
      ].join(',\n'),
    );
  });

  it('refuses a version that is not a moniker id, quoting it', () => {
    expect(() => monikerCss(['aspnetcore-2.2', 'x"]</style><script>'])).toThrow(
      new TypeError("moniker version \"x\\\"]</style><script>\" is not a moniker id (letters, digits, '.', '-', '_')"),
    );
  });
});

describe('effectiveVersion', () => {
  it('takes the requested version only when the page offers it', () => {
    expect(effectiveVersion('aspnetcore-2.1', ['aspnetcore-2.1', 'aspnetcore-2.2'])).toBe('aspnetcore-2.1');
    expect(effectiveVersion('aspnetcore-9.0', ['aspnetcore-2.1', 'aspnetcore-2.2'])).toBe('aspnetcore-2.2');
    expect(effectiveVersion(null, ['aspnetcore-2.1'])).toBe('aspnetcore-2.1');
  });
});
