import type {PluginModule} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import docsPlugin, {DEFAULT_SET_ROOT_MIN_DOCS} from '../docsPlugin';

/** What Docusaurus hands a plugin's validateOptions: its schema applied, an error thrown. */
const validateWithSchema = (schema: {validate(value: unknown): {value?: unknown; error?: Error}}, options: unknown) => {
  const {value, error} = schema.validate(options);
  if (error) throw error;
  return value;
};
const validate = (options: Record<string, unknown>) =>
  (docsPlugin as Required<PluginModule>).validateOptions({validate: validateWithSchema as never, options}) as {setRootMinDocs: number; routeBasePath: string};

describe('docsPlugin options', () => {
  it("keeps ours beside the docs plugin's own, which its schema normalizes", () => {
    expect(validate({}).setRootMinDocs).toBe(DEFAULT_SET_ROOT_MIN_DOCS);
    const options = validate({setRootMinDocs: 3, routeBasePath: 'guides'});
    expect([options.setRootMinDocs, options.routeBasePath]).toEqual([3, '/guides']);
  });

  it('refuses a bad setRootMinDocs with a TypeError that quotes it', () => {
    for (const bad of [0, 2.5, '50', -1]) {
      expect(() => validate({setRootMinDocs: bad})).toThrow(TypeError);
      expect(() => validate({setRootMinDocs: bad})).toThrow(`got ${JSON.stringify(bad)}`);
    }
  });
});
