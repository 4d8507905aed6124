import React, {lazy, Suspense, type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {demoForDoc} from '@site/src/components/EchoDemo/demoForDoc';
import ProvenanceNotice from '@site/src/components/Provenance';
import {provenanceOf} from '@site/src/components/Provenance/provenance';

type Props = WrapperProps<typeof ContentType>;

// Its own chunk, hydrated after the article: the server renders it in full (Docusaurus waits for
// every Suspense boundary), and the browser keeps that HTML until the demo's code has arrived.
const LiveDemo = lazy(() => import('@site/src/components/EchoDemo'));

/** Every doc page: the provenance line in non-default locales, the content, then its live demo. */
export default function ContentWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {frontMatter, metadata} = useDoc();
  const locale = i18n.currentLocale;
  return (
    <>
      {locale !== i18n.defaultLocale && <ProvenanceNotice provenance={provenanceOf(frontMatter as Record<string, unknown>, locale)} locale={locale} />}
      <Content {...props} />
      <Suspense fallback={null}>
        <LiveDemo kind={demoForDoc(metadata.id)} />
      </Suspense>
    </>
  );
}
