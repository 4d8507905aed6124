import {existsSync} from 'node:fs';
import {relative} from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {localeOfPath, sharedFileCandidates} from '../../core/i18n/paths';

/** A URL that is not a path relative to the page. */
const NOT_RELATIVE = /^(?:[a-z][\w+.-]*:|\/|@site\/|#)/i;

/**
 * A localized page names its images relative to itself, but an imported set keeps one copy of the
 * media, beside the English pages (a localized screenshot, when there is one, beside the page).
 * Images the localized folder does not have are taken from the English folder, as `@site/…`.
 */
export default function remarkSharedAssets(options: {siteDir: string}) {
  if (typeof options?.siteDir !== 'string' || options.siteDir === '') {
    throw new TypeError(`siteDir must be the site's folder, got ${JSON.stringify(options?.siteDir)}`);
  }
  return (tree: Root, file: VFile) => {
    if (!localeOfPath(file.path)) return;
    visit(tree, 'image', (node) => {
      if (NOT_RELATIVE.test(node.url)) return;
      const [own, english] = sharedFileCandidates(file.path, decodeURI(node.url.replace(/[?#].*$/, '')));
      if (own === undefined || english === undefined || existsSync(own) || !existsSync(english)) return;
      node.url = `@site/${relative(options.siteDir, english).split('\\').join('/')}`;
    });
  };
}
