import type {Plugin} from '@docusaurus/types';
import {INIT_SCRIPT} from '../components/ReadingMode/modes';

/** Sets the remembered reading mode on <html> before the first paint. */
export default function readingModePlugin(): Plugin {
  return {
    name: 'reading-mode',
    injectHtmlTags() {
      return {headTags: [{tagName: 'script', innerHTML: INIT_SCRIPT}]};
    },
  };
}
