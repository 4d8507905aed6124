import siteConfig from '@generated/docusaurus.config';
import type {Prism} from 'prism-react-renderer';
import {registerPrismLanguages} from '../prism/registerLanguages';

/** Docusaurus calls this once at start-up with prism-react-renderer's Prism instance. */
export default function prismIncludeLanguages(PrismObject: typeof Prism): void {
  registerPrismLanguages(PrismObject, (siteConfig.themeConfig.prism as {additionalLanguages: string[]}).additionalLanguages);
}
