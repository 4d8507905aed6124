import type {Plugin} from '@docusaurus/types';
import {MONIKER_INIT_SCRIPT} from '../../components/Moniker/versionChoice';
import {INIT_SCRIPT} from '../../components/ReadingMode/readingModes';

/** Sets the remembered reading mode and product version on <html> before the first paint. */
export default function beforePaintPlugin(): Plugin {
  return {
    name: 'before-paint',
    injectHtmlTags() {
      return {headTags: [{tagName: 'script', innerHTML: INIT_SCRIPT + MONIKER_INIT_SCRIPT}]};
    },
  };
}
