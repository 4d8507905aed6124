import type {PluginOptions} from '@docusaurus/plugin-content-docs';

type SidebarItemsGenerator = NonNullable<PluginOptions['sidebarItemsGenerator']>;
type CategoriesMetadata = Parameters<SidebarItemsGenerator>[0]['categoriesMetadata'];

/**
 * The folder tree as Docusaurus generates it, each category keyed by its folder's path: imported
 * sets repeat folder names (`docs/`, `includes/`, `aspnetcore/`), and Docusaurus refuses two
 * categories with the same translation key.
 */
export const sidebarItems: SidebarItemsGenerator = async ({defaultSidebarItemsGenerator, ...args}) => {
  const keyed = new Proxy(args.categoriesMetadata, {
    get: (metadata, path) => (typeof path === 'string' ? {key: path, ...metadata[path]} : undefined),
  }) as CategoriesMetadata;
  return defaultSidebarItemsGenerator({...args, categoriesMetadata: keyed});
};
