import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import ProvenanceNotice from '@site/src/components/Provenance';
import {provenanceOf} from '@site/src/components/Provenance/provenance';

type Props = WrapperProps<typeof ContentType>;

/** Adds the provenance line (or the not-translated notice) to every page of a non-default locale. */
export default function ContentWrapper(props: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {frontMatter} = useDoc();
  const locale = i18n.currentLocale;
  if (locale === i18n.defaultLocale) return <Content {...props} />;
  return (
    <>
      <ProvenanceNotice provenance={provenanceOf(frontMatter as Record<string, unknown>, locale)} locale={locale} />
      <Content {...props} />
    </>
  );
}
