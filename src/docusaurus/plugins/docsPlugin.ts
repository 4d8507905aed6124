import pluginContentDocs, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import type {LoadedContent, Options, PluginOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, OptionValidationContext, Plugin, PluginModule, RouteConfig} from '@docusaurus/types';
import type {GlobalPluginData} from '@docusaurus/plugin-content-docs/client';
import {setRootPaths, splitSidebarRoutes, withoutSetDocs} from '../sidebar/sidebarRoutes';

/** Ours, beside the docs plugin's own options. */
export interface SetRootOptions {
  /** Pages a top-level sidebar category (an imported doc set) needs to get a docs root and sidebar of its own. */
  setRootMinDocs: number;
}

export const DEFAULT_SET_ROOT_MIN_DOCS = 50;

function normalizeMinDocs(value: unknown): number {
  if (value === undefined) return DEFAULT_SET_ROOT_MIN_DOCS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new TypeError(`docsPlugin: setRootMinDocs must be a whole number of pages of 1 or more; got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Docusaurus' docs plugin, its routes given one sidebar per docs root (see sidebarRoutes.ts):
 * everything else is the plugin's own, under its own name, so localized files and translations
 * stay where Docusaurus keeps them.
 */
async function docsPlugin(context: LoadContext, options: unknown): Promise<Plugin<LoadedContent>> {
  // Options as validateOptions below left them.
  const {setRootMinDocs, ...docsOptions} = options as PluginOptions & SetRootOptions;
  const plugin = await pluginContentDocs(context, docsOptions);
  const {contentLoaded} = plugin;
  if (!contentLoaded) return plugin;
  const {docRootComponent} = docsOptions;
  return {
    ...plugin,
    contentLoaded: (args) => {
      // The plugin adds its routes, then its global data.
      const roots: string[] = [];
      return contentLoaded({
        ...args,
        actions: {
          ...args.actions,
          addRoute: (route: RouteConfig) => {
            const split = splitSidebarRoutes(route, {docRootComponent, minDocs: setRootMinDocs});
            roots.push(...setRootPaths(split, docRootComponent));
            args.actions.addRoute(split);
          },
          setGlobalData: (data: unknown) => args.actions.setGlobalData(withoutSetDocs(data as GlobalPluginData, roots)),
        },
      });
    },
  };
}

function validateOptions({validate, options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions & SetRootOptions {
  const {setRootMinDocs, ...docsOptions} = (options ?? {}) as Options & {setRootMinDocs?: unknown};
  return {...validateDocsOptions({validate, options: docsOptions}), setRootMinDocs: normalizeMinDocs(setRootMinDocs)};
}

// Docusaurus types a plugin module as generic in its options and content; this one knows its own.
export default Object.assign(docsPlugin, {validateOptions}) as unknown as PluginModule;
