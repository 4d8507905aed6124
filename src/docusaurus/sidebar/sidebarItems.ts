import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {PluginOptions} from '@docusaurus/plugin-content-docs';
import {parseTocFile, tocToSidebar, type TocDocs, type TocItem} from '../../core/docfx/toc';
import {isTranslatedLocale} from '../../core/i18n/locales';
import {localizedDocDir} from '../../core/i18n/paths';

type SidebarItemsGenerator = NonNullable<PluginOptions['sidebarItemsGenerator']>;
type GeneratorArgs = Parameters<SidebarItemsGenerator>[0];
type CategoriesMetadata = GeneratorArgs['categoriesMetadata'];
type Item = Awaited<ReturnType<SidebarItemsGenerator>>[number];

/** The doc ids an item holds, itself included. */
function docIds(item: Item | TocItem): string[] {
  if (item.type === 'doc') return [item.id];
  if (item.type === 'category')
    return [...('link' in item && item.link?.type === 'doc' ? [item.link.id] : []), ...item.items.flatMap((i) => docIds(i as Item))];
  return [];
}

/** The file names DocFX reads a folder's table of contents from, in its order of preference. */
const TOC_FILES = ['toc.yml', 'TOC.yml', 'toc.md', 'TOC.md'];

/** The locale's own table of contents for a folder of the docs, if an imported set brought one. */
function localizedToc(siteDir: string, locale: string, folder: string): string | undefined {
  return TOC_FILES.map((name) => join(siteDir, localizedDocDir(locale), folder, name)).find((path) => existsSync(path));
}

/**
 * The pages a toc in `dir` may name by uid: uids are unique within a DocFX build, which is an
 * imported set (the first folder under docs/), so a page of the toc's own folder wins, then one of its set.
 */
function setUids(byUid: ReadonlyMap<string, readonly string[]>, dir: string): Map<string, string> {
  const set = `${dir.split('/')[0] ?? dir}/`;
  const uids = new Map<string, string>();
  for (const [uid, ids] of byUid) {
    const id = ids.find((i) => i.startsWith(`${dir}/`)) ?? ids.find((i) => i.startsWith(set));
    if (id !== undefined) uids.set(uid, id);
  }
  return uids;
}

/**
 * The folder tree without the pages a toc lists: what is left keeps its folders, collapsed as
 * Docusaurus collapses them, so a set's unlisted pages cost each page a few folders, not a link each.
 */
function unlisted(items: readonly Item[], listed: ReadonlySet<string>): Item[] {
  return items.flatMap((item): Item[] => {
    if (item.type === 'doc') return listed.has(item.id) ? [] : [item];
    if (item.type !== 'category') return [item];
    const rest = unlisted(item.items, listed);
    const link = item.link?.type === 'doc' && listed.has(item.link.id) ? undefined : item.link;
    if (rest.length === 0 && link?.type !== 'doc') return [];
    const {link: _, ...category} = item;
    return [{...category, items: rest, ...(link ? {link} : {})}];
  });
}

/** In a localized build, each folder with a toc.yml of the locale is laid out as that toc says, in its words; pages it omits follow in their folders. */
function withTocs(items: Item[], siteDir: string, locale: string, ids: ReadonlySet<string>, byUid: ReadonlyMap<string, readonly string[]>): Item[] {
  return items.map((item) => {
    if (item.type !== 'category') return item;
    const inner = {...item, items: withTocs(item.items, siteDir, locale, ids, byUid)};
    const tocPath = item.key ? localizedToc(siteDir, locale, item.key) : undefined;
    if (!tocPath || !item.key) return inner;
    let toc: TocItem[];
    try {
      const docs: TocDocs = {ids, uids: setUids(byUid, item.key)};
      toc = tocToSidebar(parseTocFile(tocPath, readFileSync(tocPath, 'utf8')), item.key, docs, locale);
    } catch (error) {
      process.stderr.write(
        `[WARNING] ${relative(process.cwd(), tocPath)}: not a table of contents (${(error as Error).message}); the folder's pages are listed instead\n`,
      );
      return inner;
    }
    const listed = new Set(toc.flatMap(docIds));
    if (inner.link?.type === 'doc') listed.add(inner.link.id);
    return {...inner, items: [...(toc as Item[]), ...unlisted(inner.items, listed)]};
  });
}

/**
 * The folder tree as Docusaurus generates it, each category keyed by its folder's path: imported
 * sets repeat folder names (`docs/`, `includes/`, `aspnetcore/`), and Docusaurus refuses two
 * categories with the same translation key. In a localized build, an imported set's toc.yml lays
 * out its folder.
 */
export const sidebarItems: SidebarItemsGenerator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const keyed = new Proxy(args.categoriesMetadata, {
    get: (metadata, path) => (typeof path === 'string' ? {key: path, ...metadata[path]} : undefined),
  }) as CategoriesMetadata;
  const items = await defaultSidebarItemsGenerator({...args, categoriesMetadata: keyed});
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE;
  if (!isTranslatedLocale(locale)) return items;
  const byUid = new Map<string, string[]>();
  for (const {id, frontMatter} of args.docs) {
    const uid = (frontMatter as {uid?: unknown}).uid;
    if (typeof uid !== 'string' || uid === '') continue;
    const ids = byUid.get(uid);
    if (ids) ids.push(id);
    else byUid.set(uid, [id]);
  }
  return withTocs(items, dirname(args.version.contentPath), locale, new Set(args.docs.map((d) => d.id)), byUid);
};
