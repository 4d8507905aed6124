import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {provenanceOf} from './provenance';

/** Whether this doc page shows the English because its locale has no translation of it yet. */
export function useUntranslated(): boolean {
  const {i18n} = useDocusaurusContext();
  const {frontMatter} = useDoc();
  return i18n.currentLocale !== i18n.defaultLocale && provenanceOf(frontMatter as Record<string, unknown>, i18n.currentLocale).kind === 'untranslated';
}
