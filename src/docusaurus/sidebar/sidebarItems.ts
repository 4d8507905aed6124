import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {PluginOptions} from '@docusaurus/plugin-content-docs';
import {parseToc, tocToSidebar, type TocItem} from '../../core/docfx/toc';
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

/** The locale's own table of contents for a folder of the docs, if an imported set brought one. */
function localizedToc(siteDir: string, locale: string, folder: string): string | undefined {
  return ['toc.yml', 'TOC.yml'].map((name) => join(siteDir, localizedDocDir(locale), folder, name)).find((path) => existsSync(path));
}

/** In a localized build, each folder with a toc.yml of the locale is laid out as that toc says, in its words; pages it omits follow. */
function withTocs(items: Item[], siteDir: string, locale: string, ids: ReadonlySet<string>): Item[] {
  return items.map((item) => {
    if (item.type !== 'category') return item;
    const inner = {...item, items: withTocs(item.items, siteDir, locale, ids)};
    const tocPath = item.key ? localizedToc(siteDir, locale, item.key) : undefined;
    if (!tocPath || !item.key) return inner;
    let toc: TocItem[];
    try {
      toc = tocToSidebar(parseToc(readFileSync(tocPath, 'utf8')), item.key, ids, locale);
    } catch (error) {
      process.stderr.write(
        `[WARNING] ${relative(process.cwd(), tocPath)}: not a table of contents (${(error as Error).message}); the folder's pages are listed instead\n`,
      );
      return inner;
    }
    const listed = new Set(toc.flatMap(docIds));
    const rest = docIds(inner).filter((id) => !listed.has(id) && id !== (inner.link?.type === 'doc' ? inner.link.id : undefined));
    return {...inner, items: [...(toc as Item[]), ...rest.map((id): Item => ({type: 'doc', id}))]};
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
  return withTocs(items, dirname(args.version.contentPath), locale, new Set(args.docs.map((d) => d.id)));
};
