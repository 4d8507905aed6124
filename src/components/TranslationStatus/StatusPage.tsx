import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import type {LocaleRows} from '../../core/l10n/statusTree';
import TranslationStatus from '.';

/**
 * `/translation-status` in every locale: the translation status plugin adds the route with the
 * status as this page's own data, so no other page carries it.
 */
export default function TranslationStatusPage({status}: {status: LocaleRows[]}): ReactNode {
  const title = translate({id: 'status.title', message: 'Translation status'});
  return (
    <Layout title={title} description={translate({id: 'status.description', message: 'How much of each page is translated, per language.'})}>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <TranslationStatus locales={status} />
      </main>
    </Layout>
  );
}
