import type {PropSidebarItem, PropVersionMetadata} from '@docusaurus/plugin-content-docs';
import type {RouteConfig} from '@docusaurus/types';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {setRootPaths, splitSidebarRoutes, withoutSetDocs} from '../sidebarRoutes';

const DOC_ROOT = '@theme/DocRoot';
type DocRoute = RouteConfig & {sidebar?: string};

const link = (path: string): PropSidebarItem => ({type: 'link', href: path, label: path, docId: path.slice(1)});
const category = (label: string, items: PropSidebarItem[], href?: string): PropSidebarItem => ({
  type: 'category',
  label,
  items,
  collapsed: true,
  collapsible: true,
  ...(href ? {href} : {}),
});
const docRoute = (path: string, sidebar = 'docs'): DocRoute => ({path, component: '@theme/DocItem', exact: true, sidebar});

/** The docs plugin's route tree for one version, as Docusaurus 3 builds it. */
function docsTree(items: PropSidebarItem[], routes: DocRoute[]): RouteConfig {
  const docs = Object.fromEntries(routes.map((r) => [r.path.slice(1), {id: r.path.slice(1), title: r.path, description: '', sidebar: r.sidebar}]));
  const version = {pluginId: 'default', version: 'current', label: 'Next', docsSidebars: {docs: items}, docs} as unknown as PropVersionMetadata;
  return {
    path: '/docs',
    component: '@theme/DocsRoot',
    routes: [
      {
        path: '/docs',
        component: '@theme/DocVersionRoot',
        props: {version},
        routes: [
          {path: '/docs', component: DOC_ROOT, routes},
          {path: '/docs/tags', component: '@theme/DocTagsListPage', exact: true},
        ],
      },
    ],
  };
}

const versionRoute = (tree: RouteConfig) => tree.routes![0]!;
const rootsOf = (tree: RouteConfig) => versionRoute(tree).routes!.filter((r) => r.component === DOC_ROOT);
const sidebarOf = (root: RouteConfig) => (root.props as {sidebars: Record<string, PropSidebarItem[]>}).sidebars.docs!;
/** The root react-router's Switch renders for a path: the first whose path is a prefix of it. */
const rootFor = (tree: RouteConfig, path: string) => versionRoute(tree).routes!.find((r) => path === r.path || path.startsWith(`${r.path}/`));

const setA = Array.from({length: 3}, (_, i) => `/docs/a/p${i}`);
const setB = Array.from({length: 3}, (_, i) => `/docs/b/q${i}`);
// A2 has a generated index page (its pages shown as cards); B's link is its first page.
const A2_INDEX = '/docs/a/category/a2';
const items = [
  link('/docs/intro'),
  category('A', [link(setA[0]!), category('A2', setA.slice(1).map(link), A2_INDEX)]),
  category('B', setB.map(link), '/docs/b/q0'),
];
const indexRoute: DocRoute = {
  path: A2_INDEX,
  component: '@theme/DocCategoryGeneratedIndexPage',
  exact: true,
  sidebar: 'docs',
  props: {categoryGeneratedIndex: {title: 'A2', permalink: A2_INDEX}},
};
const routes = [...['/docs/intro', ...setA].map((p) => docRoute(p)), indexRoute, ...setB.map((p) => docRoute(p))];
const docsOf = (root: RouteConfig) => Object.keys((root.props as {docs: object}).docs).sort();

describe('splitSidebarRoutes', () => {
  it('moves the sidebars and the docs out of the version, into the docs roots that show them', () => {
    const tree = splitSidebarRoutes(docsTree(items, routes), {docRootComponent: DOC_ROOT, minDocs: 100});
    expect((versionRoute(tree).props as {version: PropVersionMetadata}).version).toMatchObject({docsSidebars: {}, docs: {}, label: 'Next'});
    const [root, ...more] = rootsOf(tree);
    expect(more).toEqual([]);
    expect(root!.path).toBe('/docs');
    expect(sidebarOf(root!)).toEqual(items);
    // The docs a card shows: the pages of A2's generated index.
    expect(docsOf(root!)).toEqual(['docs/a/p1', 'docs/a/p2']);
    // The version's other children (tags pages) are left as they were.
    expect(versionRoute(tree).routes!.map((r) => r.component)).toEqual([DOC_ROOT, '@theme/DocTagsListPage']);
  });

  it('gives each big top-level category a root of its own, the other sets shown as links to their first pages', () => {
    const tree = splitSidebarRoutes(docsTree(items, routes), {docRootComponent: DOC_ROOT, minDocs: 3});
    const roots = rootsOf(tree);
    expect(roots.map((r) => r.path)).toEqual(['/docs/a', '/docs/b', '/docs']);
    const [a, b, rest] = roots;
    expect(a!.routes!.map((r) => r.path)).toEqual([...setA, A2_INDEX]);
    expect(b!.routes!.map((r) => r.path)).toEqual(setB);
    expect(rest!.routes!.map((r) => r.path)).toEqual(['/docs/intro']);
    // A's pages: A whole, B as a link to its own page (its href); elsewhere both are links.
    expect(sidebarOf(a!)).toEqual([items[0], items[1], {...items[2], items: [], collapsed: true}]);
    expect(sidebarOf(b!)[1]).toEqual({...items[1], href: setA[0], items: [], collapsed: true});
    expect(sidebarOf(rest!).map((i) => (i.type === 'category' ? i.items.length : -1))).toEqual([-1, 0, 0]);
    // A root's docs are those its cards can show: A2's pages in A, none elsewhere.
    expect([docsOf(a!), docsOf(b!), docsOf(rest!)]).toEqual([['docs/a/p1', 'docs/a/p2'], [], []]);
  });

  it('keeps every doc of a root one of whose pages is MDX, where a page may list any of them as cards', () => {
    const withMdx = routes.map((r) => (r.path === setB[1] ? {...r, metadata: {sourceFilePath: 'docs/b/q1.mdx'}} : r));
    const [, b, rest] = rootsOf(splitSidebarRoutes(docsTree(items, withMdx), {docRootComponent: DOC_ROOT, minDocs: 3}));
    // A is a link there (a category card, looked up by nothing).
    expect(docsOf(b!)).toEqual(['docs/b/q0', 'docs/b/q1', 'docs/b/q2', 'docs/intro']);
    expect(docsOf(rest!)).toEqual([]);
  });

  it('keeps a set in the common root when one of its pages lies outside its folder, or another page inside', () => {
    const stray = [...routes.slice(0, -1), docRoute('/docs/elsewhere/q2')];
    const withStray = [items[0]!, items[1]!, category('B', [...setB.slice(0, 2), '/docs/elsewhere/q2'].map(link))];
    expect(rootsOf(splitSidebarRoutes(docsTree(withStray, stray), {docRootComponent: DOC_ROOT, minDocs: 3})).map((r) => r.path)).toEqual(['/docs/a', '/docs']);
    const intruder = [...routes, docRoute('/docs/b/extra')];
    const withIntruder = [...items, link('/docs/b/extra')];
    expect(rootsOf(splitSidebarRoutes(docsTree(withIntruder, intruder), {docRootComponent: DOC_ROOT, minDocs: 3})).map((r) => r.path)).toEqual([
      '/docs/a',
      '/docs',
    ]);
  });

  it('routes every page to the one root that holds it, and gives every page its own sidebar, whatever the tree', () => {
    // Random trees of folders and pages, sidebars laid out by folder; some pages in no sidebar.
    const segment = fc.constantFrom('a', 'b', 'c', 'a-b', 'ab');
    const pages = fc.uniqueArray(fc.array(segment, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 40, selector: (p) => p.join('/')});
    fc.assert(
      fc.property(pages, fc.integer({min: 1, max: 6}), fc.boolean(), (paths, minDocs, someOutside) => {
        const all = paths.map((p) => `/docs/${p.join('/')}`);
        // Prefixes of pages may be pages too (`/docs/a` and `/docs/a/b`): Docusaurus allows it.
        const top = new Map<string, string[]>();
        all.forEach((path, i) => {
          if (someOutside && i % 5 === 0) return;
          const key = path.split('/')[2]!;
          top.set(key, [...(top.get(key) ?? []), path]);
        });
        const sidebar = [...top].map(([key, list]) => category(key, list.map(link)));
        const pageRoutes = all.map((path) => (top.get(path.split('/')[2]!)?.includes(path) ? docRoute(path) : {...docRoute(path), sidebar: undefined}));
        const tree = splitSidebarRoutes(docsTree(sidebar, pageRoutes), {docRootComponent: DOC_ROOT, minDocs});
        for (const path of all) {
          const root = rootFor(tree, path)!;
          expect(root.component).toBe(DOC_ROOT);
          expect(root.routes!.filter((r) => r.path === path)).toHaveLength(1);
          const own = pageRoutes.find((r) => r.path === path)!;
          if (own.sidebar) {
            // The page's sidebar shows the page itself.
            const hrefs = JSON.stringify(sidebarOf(root));
            expect(hrefs).toContain(`"href":"${path}"`);
          }
        }
        expect(rootsOf(tree).reduce((n, r) => n + r.routes!.length, 0)).toBe(all.length);
      }),
      {numRuns: 300},
    );
  });

  it('names the set roots it made, and leaves their pages out of the global data', () => {
    const tree = splitSidebarRoutes(docsTree(items, routes), {docRootComponent: DOC_ROOT, minDocs: 3});
    const roots = setRootPaths(tree, DOC_ROOT);
    expect(roots).toEqual(['/docs/a', '/docs/b']);
    expect(setRootPaths(splitSidebarRoutes(docsTree(items, routes), {docRootComponent: DOC_ROOT, minDocs: 100}), DOC_ROOT)).toEqual([]);
    const data = {path: '/docs', versions: [{name: 'current', docs: [...routes, docRoute('/docs/ab')].map((r) => ({id: r.path.slice(1), path: r.path}))}]};
    // `/docs/ab` is not under `/docs/a`: whole segments only.
    expect(withoutSetDocs(data, roots).versions[0]!.docs.map((d) => d.path)).toEqual(['/docs/intro', '/docs/ab']);
  });
});
