import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Translate from '@docusaurus/Translate';
import DemoIsland, {DEMO_ANCHOR} from '@site/src/components/DemoIsland';
import {isDemoChoice} from '@site/src/core/demos/demoChoice';
import ProvenanceNotice from '@site/src/components/Provenance';
import {provenanceOf} from '@site/src/components/Provenance/provenance';
import EnglishIfUntranslated from '@site/src/components/Provenance/EnglishIfUntranslated';

type Props = WrapperProps<typeof ContentType>;

/** Every doc page: the provenance line in non-default locales, the content, then its live demo. */
export default function ContentWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {frontMatter} = useDoc();
  const locale = i18n.currentLocale;
  // Chosen at build time (pageFrontMatter): a page without a demo loads none of its code.
  const {demo} = frontMatter as {demo?: unknown};
  const kind = isDemoChoice(demo) && demo !== 'none' ? demo : undefined;
  const provenance = locale === i18n.defaultLocale ? undefined : provenanceOf(frontMatter as Record<string, unknown>, locale);
  return (
    <>
      {/* Each block of sentences is a Tab stop: the skip link takes a keyboard reader to the demo in two keys. */}
      {kind && (
        <a className="skip-to-demo" href={`#${DEMO_ANCHOR}`}>
          <Translate id="demo.skipToDemo" description="Skip link above a doc page's article, to its live demo">
            Skip to the live demo
          </Translate>
        </a>
      )}
      {provenance && <ProvenanceNotice provenance={provenance} locale={locale} />}
      {/* A page with no translation yet shows the English: marked as such for screen readers and search engines. */}
      <EnglishIfUntranslated>
        <Content {...props} />
      </EnglishIfUntranslated>
      {kind && <DemoIsland kind={kind} />}
    </>
  );
}
