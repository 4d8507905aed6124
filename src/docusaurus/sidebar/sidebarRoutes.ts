import type {PropSidebar, PropSidebarItem, PropSidebars, PropVersionMetadata} from '@docusaurus/plugin-content-docs';
import type {RouteConfig} from '@docusaurus/types';

/** The route attribute Docusaurus gives a doc (and a generated index) to name its sidebar. */
type DocRoute = RouteConfig & {sidebar?: string};

/** The hrefs a sidebar item leads to, its own included. */
function hrefsOf(item: PropSidebarItem): string[] {
  if (item.type === 'link') return [item.href];
  if (item.type === 'category') return [...(item.href ? [item.href] : []), ...item.items.flatMap(hrefsOf)];
  return [];
}

/** The doc ids a sidebar's items name: the docs its links and cards show. */
function docIdsOf(items: PropSidebar): string[] {
  return items.flatMap((item) => {
    if (item.type === 'link') return item.docId ? [item.docId] : [];
    if (item.type === 'category') return docIdsOf(item.items);
    return [];
  });
}

/**
 * The docs a root's pages can show as cards, which Docusaurus' DocCard looks up by id: the pages
 * of a generated category index, or any page of the sidebars where an MDX page could list cards.
 */
function cardDocIds(items: PropSidebar, routes: readonly DocRoute[]): string[] {
  if (routes.some((r) => /\.mdx$/.test(String(r.metadata?.sourceFilePath ?? '')))) return docIdsOf(items);
  const indexes = new Set(routes.filter((r) => (r.props as {categoryGeneratedIndex?: unknown} | undefined)?.categoryGeneratedIndex).map((r) => r.path));
  const shown = (list: PropSidebar): string[] =>
    list.flatMap((item) => {
      if (item.type !== 'category') return [];
      const own = item.href !== undefined && indexes.has(item.href) ? docIdsOf(item.items.filter((i) => i.type === 'link')) : [];
      return [...own, ...shown(item.items)];
    });
  return shown(items);
}

function firstHref(item: PropSidebarItem): string | undefined {
  return hrefsOf(item)[0];
}

/** A category of another set, as a page outside it shows it: a link to its first page, its tree left to its own pages. */
function pruned(item: PropSidebarItem): PropSidebarItem {
  if (item.type !== 'category') return item;
  const href = item.href ?? firstHref(item);
  // Docusaurus renders a category without items as a link to its href (and nothing without one).
  return href === undefined ? item : {...item, href, items: [], collapsed: true};
}

/** The path segments shared by every path: `/docs/a/b` and `/docs/a/c` share `/docs/a`. */
function commonPrefix(paths: readonly string[]): string {
  const [first, ...rest] = paths.map((p) => p.split('/'));
  if (!first) return '';
  let length = first.length - 1;
  for (const segments of rest) {
    let i = 0;
    while (i < length && i < segments.length - 1 && segments[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join('/');
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** One top-level category of a sidebar that gets a docs root (and so a sidebar) of its own. */
interface SplitSet {
  sidebar: string;
  index: number;
  prefix: string;
  routes: DocRoute[];
}

/** The sidebar as the pages of `own` show it: every split set but `own` pruned to a link. */
function sidebarFor(items: PropSidebar, sidebar: string, splits: readonly SplitSet[], own?: SplitSet): PropSidebar {
  const prunedHere = new Set(splits.filter((s) => s.sidebar === sidebar && s !== own).map((s) => s.index));
  return items.map((item, index) => (prunedHere.has(index) ? pruned(item) : item));
}

/**
 * The top-level categories of `minDocs` pages or more whose pages all lie under a path of their own
 * that no other page of the version shares: each becomes a docs root of its own.
 */
function splitSets(sidebars: PropSidebars, routes: readonly DocRoute[], versionPath: string, minDocs: number): SplitSet[] {
  const splits: SplitSet[] = [];
  for (const [sidebar, items] of Object.entries(sidebars)) {
    items.forEach((item, index) => {
      if (item.type !== 'category') return;
      const hrefs = new Set(hrefsOf(item));
      const own = routes.filter((r) => r.sidebar === sidebar && hrefs.has(r.path));
      if (own.length < minDocs) return;
      const prefix = commonPrefix(own.map((r) => r.path));
      if (prefix.length <= versionPath.replace(/\/$/, '').length) return;
      // A page of the set outside the prefix, or another page under it, would land on the wrong root.
      const owned = new Set(own);
      if (routes.some((r) => under(r.path, prefix) !== owned.has(r))) return;
      splits.push({sidebar, index, prefix, routes: own});
    });
  }
  return splits;
}

export interface SidebarRoutesOptions {
  /** The component of the docs plugin's sidebar route (its `docRootComponent` option). */
  docRootComponent: string;
  /** Pages a top-level category needs to get a docs root of its own. */
  minDocs: number;
}

/**
 * Docusaurus gives every doc page the version's props, every sidebar whole and every doc's title
 * and description, so a site of 2,000 pages ships all 2,000 with each page. This moves both out of
 * the version into the docs roots' own props, and gives each big top-level category (an imported
 * doc set) a docs root of its own: its pages load its tree, the other sets as links to their first
 * pages.
 */
export function splitSidebarRoutes(route: RouteConfig, options: SidebarRoutesOptions): RouteConfig {
  const props = route.props as {version?: PropVersionMetadata} | undefined;
  if (!props?.version) return {...route, ...(route.routes ? {routes: route.routes.map((r) => splitSidebarRoutes(r, options))} : {})};
  const {docsSidebars, docs, ...version} = props.version;
  const routes = (route.routes ?? []).flatMap((child): RouteConfig[] => {
    if (child.component !== options.docRootComponent) return [child];
    const docRoutes = (child.routes ?? []) as DocRoute[];
    const splits = splitSets(docsSidebars, docRoutes, child.path, options.minDocs);
    const inSplit = new Set(splits.flatMap((s) => s.routes));
    // A root carries the sidebars its own pages show, and no other.
    const rootOf = (path: string, own: DocRoute[], split?: SplitSet): RouteConfig => {
      const names = [...new Set(own.flatMap((r) => (r.sidebar !== undefined && r.sidebar in docsSidebars ? [r.sidebar] : [])))];
      const sidebars = Object.fromEntries(names.map((name) => [name, sidebarFor(docsSidebars[name] ?? [], name, splits, split)]));
      const ids = new Set(cardDocIds(Object.values(sidebars).flat(), own));
      const ownDocs = Object.fromEntries(Object.entries(docs).filter(([id]) => ids.has(id)));
      return {...child, path, routes: own, props: {...child.props, sidebars, docs: ownDocs}};
    };
    return [
      ...splits.map((split) => rootOf(split.prefix, split.routes, split)),
      rootOf(
        child.path,
        docRoutes.filter((r) => !inSplit.has(r)),
      ),
    ];
  });
  return {...route, routes, props: {...props, version: {...version, docsSidebars: {}, docs: {}}}};
}

/** The paths of the set roots splitSidebarRoutes made: the docs roots below their version's path. */
export function setRootPaths(route: RouteConfig, docRootComponent: string, parentPath = ''): string[] {
  const own = route.component === docRootComponent && route.path !== parentPath ? [route.path] : [];
  return [...own, ...(route.routes ?? []).flatMap((child) => setRootPaths(child, docRootComponent, route.path))];
}

/**
 * The docs plugin's global data (in every page's JavaScript) without the pages of the set roots:
 * only the navbar's doc items look pages up there, and they link to the site's own pages.
 */
export function withoutSetDocs<T extends {versions: Array<{docs: Array<{path: string}>}>}>(data: T, roots: readonly string[]): T {
  const inSet = (path: string) => roots.some((root) => under(path, root));
  return {...data, versions: data.versions.map((version) => ({...version, docs: version.docs.filter((doc) => !inSet(doc.path))}))};
}
