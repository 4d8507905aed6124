import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import contentDependenciesPlugin from '../contentDependenciesPlugin';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function site() {
  const siteDir = mkdtempSync(join(tmpdir(), 'content-deps-'));
  dirs.push(siteDir);
  const generatedFilesDir = join(siteDir, '.docusaurus');
  const dataDir = join(generatedFilesDir, 'docusaurus-plugin-content-docs/default');
  mkdirSync(dataDir, {recursive: true});
  const dependency = join(dataDir, '__mdx-loader-dependency.json');
  writeFileSync(dependency, '{"options":{"a":1}}');
  const plugin = contentDependenciesPlugin({siteDir, generatedFilesDir});
  return {plugin, dependency, copy: join(dataDir, '__mdx-loader-dependency.stable.json')};
}

describe('contentDependenciesPlugin', () => {
  it('gives MDX modules a copy of the docs plugin’s options file that changes only with its content', () => {
    const {plugin, dependency, copy} = site();
    const mdx = {loader: '/x/@docusaurus/mdx-loader/lib/index.js', options: {dependencies: [dependency, '/other.json']}};
    const config = {module: {rules: [{oneOf: [{test: /\.mdx?$/, use: [mdx]}]}]}};
    (plugin.configureWebpack as (c: unknown) => unknown)(config);
    expect(mdx.options.dependencies).toEqual([copy, '/other.json']);
    expect(readFileSync(copy, 'utf8')).toBe('{"options":{"a":1}}');

    // The dev server's full reload: Docusaurus writes the file again, the same.
    const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(copy, old, old);
    writeFileSync(dependency, '{"options":{"a":1}}');
    (plugin.loadContent as () => void)();
    expect(statSync(copy).mtimeMs).toBe(old.getTime());

    // Options that changed: the pages must compile again.
    writeFileSync(dependency, '{"options":{"a":2}}');
    (plugin.loadContent as () => void)();
    expect(readFileSync(copy, 'utf8')).toBe('{"options":{"a":2}}');
    expect(statSync(copy).mtimeMs).toBeGreaterThan(old.getTime());
  });
});
